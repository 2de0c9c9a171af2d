"""Reading the rows of a CSV file a user gives the app, with errors that name the line.

Whatever the file holds (another encoding, a stray NUL byte, a quote left open, a row
longer than the header), the reader either yields rows or raises ImportFileError saying
what is wrong and where. Nothing else escapes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from briefing_app.domain.errors import ImportFileError

_SAVE_AS_UTF8 = "Save the file as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8) and try again."
_QUOTES = "Put text that contains commas inside double quotes."


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ImportFileError(
            path, "the file is not UTF-8 text.", _SAVE_AS_UTF8, line=line
        ) from error


def read_rows(
    path: Path, columns: tuple[str, ...], advice: str
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each row; every column in ``columns`` is present."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error
    reader = csv.DictReader(io.StringIO(_decode(path, raw), newline=""))
    try:
        fieldnames = reader.fieldnames or ()
        missing = [c for c in columns if c not in fieldnames]
        if missing:
            raise ImportFileError(path, f"the column {missing[0]!r} is missing.", advice, line=1)
        for row in reader:
            if None in row:
                raise ImportFileError(
                    path,
                    "a row has more columns than the header.",
                    _QUOTES,
                    line=reader.line_num,
                )
            yield reader.line_num, {key: value or "" for key, value in row.items()}
    except csv.Error as error:
        raise ImportFileError(
            path,
            f"the file is not laid out as CSV ({error}).",
            "Check for a quote that is opened and not closed, or save the file as CSV again.",
            line=reader.line_num + 1,  # the line being read when it went wrong
        ) from error
