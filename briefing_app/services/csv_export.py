"""Writing a CSV file people will open in a spreadsheet: whole or not at all, and safe.

Every cell is neutralised so a spreadsheet never runs it as a formula, and the UTF-8 byte
order mark makes spreadsheet programs read accented names correctly. The file is saved
with ``file_saving.save_whole``, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing_app.domain.errors import ExportFileError
from briefing_app.domain.spreadsheet_cells import neutralise_row
from briefing_app.services.file_saving import save_whole


def write_safe_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], *, replace: bool = True
) -> None:
    """Write the file; with ``replace=False`` a file already at ``path`` is refused."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    for row in rows:
        writer.writerow(neutralise_row(row))
    save_whole(
        path, text.getvalue().encode("utf-8-sig"), ExportFileError, "a spreadsheet", replace=replace
    )
