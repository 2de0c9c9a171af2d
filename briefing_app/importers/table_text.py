"""Reading a CSV file an officer has saved, whatever program saved it.

Spreadsheet programs save CSV in UTF-8 (with or without a byte-order mark) or, on older
Windows set-ups, in Windows-1252. A workbook or a PDF given by mistake is named as such.
Rows come with the line they start on, so every message can point at it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.errors import ImportFileError

_SAVE_AS = "Save it from your spreadsheet program with “Save as”, choosing “CSV UTF-8”."


@dataclass(frozen=True)
class Row:
    line: int
    fields: dict[str, str]
    extra: bool


def read_csv_text(path: Path) -> str:
    """The file's text, or an ImportFileError that says what the file is instead."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError as error:
        raise ImportFileError(path, "this is a folder, not a file.") from error
    except OSError as error:
        raise ImportFileError(
            path, f"the file could not be read ({error.strerror}).", "Check the file is there."
        ) from error
    if raw.startswith(b"PK\x03\x04"):
        raise ImportFileError(path, "this is a spreadsheet workbook, not a CSV file.", _SAVE_AS)
    if raw.startswith(b"%PDF"):
        raise ImportFileError(path, "this is a PDF, not a CSV file.", _SAVE_AS)
    if b"\x00" in raw[:4096]:
        raise ImportFileError(path, "this is not a text file.", _SAVE_AS)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if not text.strip():
        raise ImportFileError(path, "the file is empty.", _SAVE_AS)
    return text


def csv_rows(path: Path, text: str) -> tuple[list[str], Iterator[Row]]:
    """The header (lower-cased, trimmed) and the rows, each with the line it starts on.

    Blank rows are skipped. ``Row.extra`` is True when a row has more cells than the header.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except csv.Error as error:
        raise ImportFileError(path, f"the first line cannot be read ({error}).", line=1) from error
    names = [name.strip().lower() for name in header]

    def rows() -> Iterator[Row]:
        previous_end = reader.line_num
        while True:
            start = previous_end + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise ImportFileError(
                    path,
                    f"the line cannot be read as CSV ({error}).",
                    "Check the quotation marks on this line.",
                    line=start,
                ) from error
            previous_end = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            fields = {
                name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(names)
            }
            extra = len(cells) > len(names) and any(c.strip() for c in cells[len(names) :])
            yield Row(start, fields, extra)

    return names, rows()
