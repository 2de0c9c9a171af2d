"""Reading CSV files that people make in spreadsheets: decoding, sanity checks, and dates.

Files are read as UTF-8 (with or without the byte-order mark Excel adds). A file that
is not UTF-8 is read as Windows-1252, which is what Excel's plain "CSV (Comma
delimited)" writes on a UK computer. Files that are plainly something else (an Excel
workbook, a PDF, a binary file) are refused with a message that says what to do.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefing_app.domain.errors import ImportFileError

MAX_BYTES = 20 * 1024 * 1024
_SAVE_AS_CSV = "Save it from your spreadsheet as 'CSV UTF-8 (Comma delimited)' and try again."

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_UK = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_WORDS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
DATE_FORMATS = "2025-03-04, 04/03/2025 or 4 March 2025"


def parse_day(text: str) -> date | None:
    """A date written as YYYY-MM-DD, DD/MM/YYYY (UK order) or "4 March 2025"; else None."""
    value = text.strip()
    if match := _ISO.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _UK.fullmatch(value):
        day, month, year = (int(g) for g in match.groups())
    elif match := _WORDS.fullmatch(value):
        month_number = _MONTHS.get(match.group(2).casefold())
        if month_number is None:
            return None
        day, month, year = int(match.group(1)), month_number, int(match.group(3))
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]


def header_key(name: str) -> str:
    """ "Completed On " -> "completed_on"."""
    return "_".join(name.strip().casefold().replace("-", " ").split())


def read_text(path: Path) -> str:
    """The file's text, or an ImportFileError saying why it cannot be read as CSV."""
    try:
        if path.is_dir():
            raise ImportFileError(path, "this is a folder, not a file.", "Choose a CSV file.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFileError(
                path,
                f"the file is too large for a list of attendance ({size // 1024 // 1024} MB).",
                "Check that you chose the right file.",
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error
    if not data.strip():
        raise ImportFileError(path, "the file is empty.", "Fill in the template and try again.")
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(path, "this is an Excel workbook, not a CSV file.", _SAVE_AS_CSV)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(path, "this is an old Excel or Word file, not CSV.", _SAVE_AS_CSV)
    if data.startswith(b"%PDF"):
        raise ImportFileError(path, "this is a PDF, not a CSV file.", _SAVE_AS_CSV)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(path, "this file is saved as UTF-16.", _SAVE_AS_CSV)
    if b"\x00" in data:
        raise ImportFileError(path, "this is not a text file.", _SAVE_AS_CSV)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            path, "the file has characters this app cannot read.", _SAVE_AS_CSV, line=line
        ) from error


def read_rows(
    path: Path, required: Sequence[str], optional: Sequence[str] = ()
) -> Iterator[CsvRow]:
    """The rows of a CSV file with a header line, by header key; blank rows are skipped.

    Raises ImportFileError for a missing column, or a row with more cells than the header.
    """
    text = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(path, "the file is empty.") from None
    except csv.Error as error:
        raise ImportFileError(path, f"the header cannot be read ({error}).", line=1) from error
    keys = [header_key(h) for h in header]
    expected = ", ".join([*required, *optional])
    for column in required:
        if column not in keys:
            raise ImportFileError(
                path,
                f"the column {column!r} is missing.",
                f"The first line must name the columns: {expected}.",
                line=1,
            )
    wanted = {k: i for i, k in enumerate(keys) if k in (*required, *optional)}
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFileError(
                path,
                f"this line cannot be read ({error}).",
                "Check the quotes on this line: text with commas goes inside double quotes.",
                line=line,
            ) from error
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            raise ImportFileError(
                path,
                f"this line has {len(cells)} cells but the header names {len(header)} columns.",
                "Put text that contains commas inside double quotes.",
                line=line,
            )
        values = {k: (cells[i].strip() if i < len(cells) else "") for k, i in wanted.items()}
        yield CsvRow(line, values)
