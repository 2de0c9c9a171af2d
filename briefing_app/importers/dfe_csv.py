"""Reading a DfE open-data CSV file: its columns, rows, periods and places.

Every file the DfE publishes on Explore Education Statistics starts with the same
columns (``time_period``, ``time_identifier``, ``geographic_level`` and the codes and
names of the place), then its own filters (what a row counts: "Aged 19 to 21",
"Had their annual health assessment") and its measures (numbers, or the DfE's symbols).
This module knows that shape and nothing about indicators: it reads a file whole,
checks it, and says which columns are filters by what they hold, not by their names,
because the DfE renames columns between releases.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.statistics import SYMBOLS, AreaLevel, Period
from briefing_app.importers.csv_rows import header_key, text_of

# The largest file read: the DfE's biggest local-authority tables are a few tens of MB.
MAX_BYTES = 256 * 2**20
PLACE_COLUMNS = (
    "time_period",
    "time_identifier",
    "geographic_level",
    "country_code",
    "country_name",
    "region_code",
    "region_name",
    "old_la_code",
    "la_name",
    "new_la_code",
)
REQUIRED = ("time_period", "time_identifier", "geographic_level")
NOT_DFE_ADVICE = (
    "Choose a CSV file downloaded from the DfE's Explore Education Statistics service. "
    "Nothing has been changed."
)
ENGLAND = "E92000001"
_GZIP = b"\x1f\x8b"
_MEASURE_CELL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_LEVELS = {
    "national": AreaLevel.ENGLAND,
    "regional": AreaLevel.REGION,
    "local authority": AreaLevel.COUNCIL,
}


@dataclass(frozen=True)
class DfeTable:
    """A DfE file read whole: its columns (as ``header_key`` names them), its data rows
    with the line each starts on, which columns are filters, and the SHA-256 of its text
    (of the DfE's file itself, for a copy kept compressed)."""

    path: Path
    columns: tuple[str, ...]
    rows: list[list[str]]
    lines: list[int]
    filters: tuple[int, ...]
    sha256: str
    compressed: bool = False

    @property
    def name(self) -> str:
        """The file's name, without the ".gz" of a compressed copy."""
        name = self.path.name
        return name[: -len(".gz")] if self.compressed and name.endswith(".gz") else name

    def column(self, name: str) -> int | None:
        return self.columns.index(name) if name in self.columns else None

    def filter_values(self) -> Callable[[list[str]], tuple[str, ...]]:
        """A function giving a row's filter cells, as a tuple (fast: rows are many)."""
        filters = self.filters
        if not filters:
            return lambda row: ()
        if len(filters) == 1:
            only = filters[0]
            return lambda row: (row[only],)
        getter: Callable[[list[str]], tuple[str, ...]] = itemgetter(*filters)
        return getter


def read_bytes(path: Path) -> bytes:
    """The file's bytes, as stored (``read_table`` unpacks a gzip-compressed copy, found
    by its first bytes, as the app keeps its own copies of the DfE's files)."""
    try:
        if path.is_dir():
            raise ImportFileError(path, "this is a folder, not a file.", "Choose a CSV file.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFileError(
                path,
                f"the file is too large to be a DfE table ({size // 2**20} MB).",
                NOT_DFE_ADVICE,
            )
        return path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error


def _unpacked(path: Path, data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        raise ImportFileError(
            path, "the file is compressed (gzip) but damaged.", NOT_DFE_ADVICE
        ) from error


def read_table(path: Path, data: bytes | None = None) -> DfeTable:
    """Read and check a DfE open-data file (``data``: its bytes, if already read).
    Raises ImportFileError, naming the file and the line, for a file that is not CSV,
    not DfE open data, or damaged."""
    raw = read_bytes(path) if data is None else data
    compressed = raw.startswith(_GZIP)
    data = _unpacked(path, raw) if compressed else raw
    try:
        text = text_of(path, data)
    except ImportFileError as error:
        # Not a text file at all: say what the DfE's files are, not how to save a spreadsheet.
        raise ImportFileError(path, error.detail, NOT_DFE_ADVICE, line=error.line) from error
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(path, "the file is empty.", NOT_DFE_ADVICE) from None
    except csv.Error as error:
        raise _layout(path, error, 1) from error
    columns = tuple(header_key(name) for name in header)
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        shown = ", ".join(name for name in header[:4] if name.strip()) or "nothing"
        raise ImportFileError(
            path,
            "this is not a DfE open-data file: every DfE file's first line names the columns "
            f"time_period, time_identifier and geographic_level, but this one has no "
            f"{missing[0]} column (it starts {shown}).",
            NOT_DFE_ADVICE,
            line=1,
        )
    rows: list[list[str]] = []
    lines: list[int] = []
    width = len(columns)
    previous = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise _layout(path, error, previous + 1) from error
        line, previous = previous + 1, reader.line_num
        if len(row) != width:
            if not any(cell.strip() for cell in row):
                continue
            raise ImportFileError(
                path,
                f"this line has {len(row)} cells but the first line names {width} columns: "
                "the file is damaged or was changed after it was downloaded.",
                NOT_DFE_ADVICE,
                line=line,
            )
        rows.append(row)
        lines.append(line)
    if not rows:
        raise ImportFileError(path, "the file has a header but no rows.", NOT_DFE_ADVICE)
    return DfeTable(
        path,
        columns,
        rows,
        lines,
        _filter_columns(columns, rows),
        hashlib.sha256(data).hexdigest(),
        compressed,
    )


def _layout(path: Path, error: csv.Error, line: int) -> ImportFileError:
    return ImportFileError(
        path,
        f"this line is not laid out as CSV ({error}): the file is damaged.",
        NOT_DFE_ADVICE,
        line=line,
    )


def _filter_columns(columns: tuple[str, ...], rows: list[list[str]]) -> tuple[int, ...]:
    """The columns that say what a row counts: any column beyond the standard ones with
    a cell that is neither a number, nor a DfE symbol, nor empty."""
    filters = []
    for index, name in enumerate(columns):
        if name in PLACE_COLUMNS:
            continue
        cells = {cell.strip() for cell in set(map(itemgetter(index), rows))}
        if any(c and c not in SYMBOLS and not _MEASURE_CELL.fullmatch(c) for c in cells):
            filters.append(index)
    return tuple(filters)


class PeriodReader:
    """Reads ``time_period`` and ``time_identifier`` into a Period (remembering each)."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], Period | str] = {}

    def read(self, time_period: str, time_identifier: str) -> Period | str:
        """The period, or a sentence saying why it cannot be read."""
        key = (time_period, time_identifier)
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = _period(time_period.strip(), time_identifier.strip())
        return found


def _period(text: str, kind: str) -> Period | str:
    kind_key = kind.casefold()
    plausible = re.fullmatch(r"(19|20)\d{2}(\d{2})?", text) is not None
    if kind_key in ("reporting year", "year ending 31 march") and len(text) == 4 and plausible:
        year = int(text)
        return Period(date(year, 3, 31), f"year ending 31 March {year}")
    if plausible and len(text) == 6 and int(text[4:]) == (int(text[:4]) + 1) % 100:
        start = int(text[:4])
        if kind_key == "academic year":
            # Figures for a school year are about children looked after on 31 March within
            # it ("CLA 12 months at 31 March"), so they are dated then.
            return Period(date(start + 1, 3, 31), f"{start}/{text[4:]} school year")
        if kind_key == "financial year":
            return Period(date(start + 1, 3, 31), f"{start}-{text[4:]} financial year")
    return (
        f"the period “{text}” ({kind}) is not one the app reads: it reads years ending "
        "31 March (a reporting year such as 2022), school years (such as 202122) and "
        "financial years."
    )


def place(row: list[str], index: dict[str, int]) -> tuple[AreaLevel, str] | str | None:
    """The row's area as (level, code); a sentence if it cannot be read; None for a row
    about some other kind of place (a district, a constituency), which is not used."""
    level = _LEVELS.get(row[index["geographic_level"]].strip().casefold())
    if level is None:
        return None
    if level is AreaLevel.ENGLAND:
        column = index.get("country_code")
        country = row[column].strip() if column is not None else ENGLAND
        return (level, ENGLAND) if country in (ENGLAND, "") else None
    if level is AreaLevel.REGION:
        column = index.get("region_code")
        code = row[column].strip() if column is not None else ""
        if not re.fullmatch(r"E1[23]\d{6}", code):
            return f"the region code “{code}” is not an English region's code."
        return (level, code)
    column = index.get("old_la_code")
    code = row[column].strip() if column is not None else ""
    if not re.fullmatch(r"\d{3}", code):
        return f"the council code (old_la_code) “{code}” is not a three-digit DfE code."
    return (level, code)
