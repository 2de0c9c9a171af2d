"""Writing a CSV file people will open in a spreadsheet: whole or not at all, and safe.

The file is written beside its final name and renamed into place, so a failed export never
leaves half a file. Every cell is neutralised so a spreadsheet never runs it as a formula,
and the UTF-8 byte order mark makes spreadsheet programs read accented names correctly.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing_app.domain.errors import ExportFileError
from briefing_app.domain.spreadsheet_cells import neutralise_row


def write_safe_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise ExportFileError(
            path, f"the folder {folder} does not exist.", "Choose a folder that exists."
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportFileError(
            path,
            f"the file could not be written in {folder} ({error.strerror}).",
            "Choose a folder you can write to.",
        ) from error
    try:
        Path(temporary).chmod(0o644)  # mkstemp makes it private; an export is an ordinary file
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            for row in rows:
                writer.writerow(neutralise_row(row))
        Path(temporary).replace(path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportFileError(
            path,
            f"the file could not be written ({error.strerror}).",
            "If it is open in a spreadsheet, close it and try again, or choose another name.",
        ) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
