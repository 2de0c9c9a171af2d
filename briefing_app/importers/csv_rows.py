"""Reading the CSV files people give the app, with errors that name the file and the line.

Every CSV importer reads through here. Whatever the file holds (a workbook, a PDF, UTF-16,
a NUL byte, an encoding it cannot read, a quote left open, a row longer than the header,
a missing column), the reader either yields rows or raises ImportFileError saying what
is wrong and where. Nothing else escapes.

- Text is UTF-8, with or without the byte-order mark Excel adds. Files people make in a
  spreadsheet may also be Windows-1252, which is what Excel's plain "CSV (Comma
  delimited)" writes on a UK computer: a reader allows that with ``windows_1252=True``.
- The first line names the columns, in any order and any case: "Completed On " is the
  column ``completed_on``.
- Each row comes with the line it starts on (a quoted cell may run over several lines).
  Blank rows are skipped, cells are trimmed, and a short row reads as empty cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.errors import ImportFileError

MAX_BYTES = 20 * 1024 * 1024
SAVE_AS_CSV = "Save it from your spreadsheet as 'CSV UTF-8 (Comma delimited)' and try again."
QUOTES = "Put text that contains commas inside double quotes."
_OPEN_QUOTE = (
    "Check the quotes on this line: text with commas goes inside double quotes, "
    "and every quote that opens must close."
)
_RIGHT_FILE = "Check that you chose the right file."
_UTF8_BOM = b"\xef\xbb\xbf"
# Characters a spreadsheet set to another country's settings may put between cells.
_OTHER_SEPARATORS = {";": "semicolons", "\t": "tabs"}


def header_key(name: str) -> str:
    """ "Completed On " -> "completed_on"."""
    return "_".join(name.strip().casefold().replace("-", " ").split())


def read_text(path: Path, *, windows_1252: bool = False) -> str:
    """The file's text, or an ImportFileError saying why it cannot be read as CSV."""
    try:
        if path.is_dir():
            raise ImportFileError(path, "this is a folder, not a file.", "Choose a CSV file.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFileError(
                path,
                f"the file is too large to be a CSV file the app reads ({size // 2**20} MB).",
                _RIGHT_FILE,
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error
    return text_of(path, data, windows_1252=windows_1252)


def text_of(path: Path, data: bytes, *, windows_1252: bool = False) -> str:
    """The text of a file's bytes, or an ImportFileError (naming ``path``) saying why they
    are not CSV: empty, a workbook, a PDF, UTF-16, binary, or not UTF-8 (nor, if
    ``windows_1252``, Windows-1252)."""
    if not data.removeprefix(_UTF8_BOM).strip():
        raise ImportFileError(path, "the file is empty.", _RIGHT_FILE)
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(path, "this is an Excel workbook, not a CSV file.", SAVE_AS_CSV)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(path, "this is an old Excel or Word file, not CSV.", SAVE_AS_CSV)
    if data.startswith(b"%PDF"):
        raise ImportFileError(path, "this is a PDF, not a CSV file.", SAVE_AS_CSV)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(path, "this file is saved as UTF-16.", SAVE_AS_CSV)
    if b"\x00" in data:
        raise ImportFileError(path, "this is not a text file.", SAVE_AS_CSV)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if not windows_1252:
            raise ImportFileError(
                path, "the file is not UTF-8 text.", SAVE_AS_CSV, line=_line_of(data, error)
            ) from error
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            path,
            "the file has characters this app cannot read.",
            SAVE_AS_CSV,
            line=_line_of(data, error),
        ) from error


def _line_of(data: bytes, error: UnicodeDecodeError) -> int:
    return data[: error.start].count(b"\n") + 1


def _layout_error(path: Path, error: csv.Error, line: int) -> ImportFileError:
    """What to say of a line the CSV reader could not read."""
    if "field larger than field limit" in str(error):
        return ImportFileError(
            path,
            f"a cell on this line is too long to read (over "
            f"{csv.field_size_limit():,} characters).",
            _RIGHT_FILE,
            line=line,
        )
    return ImportFileError(
        path, f"this line is not laid out as CSV ({error}).", _OPEN_QUOTE, line=line
    )


@dataclass(frozen=True)
class CsvRow:
    """One row: the line it starts on, and its cells by column (every column the header
    names, and every column the reader asked for)."""

    line: int
    values: dict[str, str]
    cells: int  # how many cells the row has, up to its last one that is not blank


class CsvTable:
    """A CSV file's columns, read from its first line, and its rows, read as they are used."""

    def __init__(self, path: Path, *, windows_1252: bool = False) -> None:
        self.path = path
        self._reader = csv.reader(
            io.StringIO(read_text(path, windows_1252=windows_1252), newline=""), strict=True
        )
        try:
            header = next(self._reader)
        except StopIteration:
            raise ImportFileError(path, "the file is empty.", _RIGHT_FILE) from None
        except csv.Error as error:
            raise _layout_error(path, error, 1) from error
        if len(header) == 1:
            for separator, name in _OTHER_SEPARATORS.items():
                if separator in header[0]:
                    raise ImportFileError(
                        path,
                        f"the columns are separated by {name}, not commas.",
                        SAVE_AS_CSV,
                        line=1,
                    )
        self.columns = tuple(header_key(name) for name in header)

    def missing(self, required: Sequence[str]) -> list[str]:
        """The required columns the header does not name, in the order asked for."""
        return [column for column in required if column not in self.columns]

    def too_many_cells(self, row: CsvRow) -> str | None:
        """What is wrong with a row that has more cells than the header has columns."""
        if row.cells <= len(self.columns):
            return None
        return f"this line has {row.cells} cells but the header names {len(self.columns)} columns."

    def rows(self, also: Sequence[str] = ()) -> Iterator[CsvRow]:
        """Each row that is not blank; ``also`` names columns to give as empty if missing."""
        reader = self._reader
        wanted = {column: index for index, column in enumerate(self.columns)}
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise _layout_error(self.path, error, line) from error
            used = len(cells)
            while used and not cells[used - 1].strip():
                used -= 1
            if not used:
                continue
            values = dict.fromkeys(also, "")
            values.update(
                (column, cells[index].strip() if index < len(cells) else "")
                for column, index in wanted.items()
            )
            yield CsvRow(line, values, used)


def read_rows(
    path: Path,
    required: Sequence[str],
    optional: Sequence[str] = (),
    *,
    advice: str = "",
    windows_1252: bool = False,
) -> Iterator[CsvRow]:
    """The rows of a CSV file that must name the ``required`` columns.

    Raises ImportFileError for a missing column (with ``advice``, or a list of the
    columns), or for a row with more cells than the header.
    """
    table = CsvTable(path, windows_1252=windows_1252)
    missing = table.missing(required)
    if missing:
        expected = ", ".join([*required, *optional])
        raise ImportFileError(
            path,
            f"the column {missing[0]!r} is missing.",
            advice or f"The first line must name the columns: {expected}.",
            line=1,
        )
    for row in table.rows([*required, *optional]):
        problem = table.too_many_cells(row)
        if problem:
            raise ImportFileError(path, problem, QUOTES, line=row.line)
        yield row
