"""The DfE figures the app ships with, distilled from the DfE's own files.

The app ships the figures its importer read from a DfE release, so a new council works
offline at once, in two files under ``data/statistics/``:

- ``shipped-files.csv``: each DfE file read: ``file`` (its name), ``sha256`` (of its
  text), ``rows``, ``publication`` and ``latest_period`` (its newest period);
- ``shipped-figures.csv.gz``: every figure, in the order the database keeps them:
  ``indicator``, ``period_end``, ``period``, ``level``, ``code``, ``published`` (the cell
  exactly as the DfE published it), ``value`` and ``symbol`` (the number or the symbol it
  stands for; the other is empty), ``file`` (the file's place in ``shipped-files.csv``,
  from 0) and ``line``.

The layout is the database's own, so a new database takes the figures straight from the
file (well under a second). ``bundle_texts`` writes the files from what the importer
read (``make statistics``), in a fixed order, so the same sources always give the same
bytes; ``read_bundle`` reads them back as the importer's own results.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.statistics import (
    AreaLevel,
    FigureSource,
    FileRecord,
    Period,
    PublishedFigure,
    PublishedValue,
    StatisticsFile,
)

FOLDER = Path("statistics")
FILES_NAME = "shipped-files.csv"
FIGURES_NAME = "shipped-figures.csv.gz"
FILE_COLUMNS = ("file", "sha256", "rows", "publication", "latest_period")
FIGURE_COLUMNS = (
    "indicator",
    "period_end",
    "period",
    "level",
    "code",
    "published",
    "value",
    "symbol",
    "file",
    "line",
)


def bundle_texts(files: Sequence[StatisticsFile]) -> tuple[str, str]:
    """The two files' text (the figures before compression)."""
    listing, figures = io.StringIO(), io.StringIO()
    files_out = csv.writer(listing, lineterminator="\n")
    files_out.writerow(FILE_COLUMNS)
    ordered = sorted(files, key=lambda f: f.name)
    rows = []
    for index, file in enumerate(ordered):
        record = file.record
        files_out.writerow(
            (record.name, record.sha256, record.rows, record.publication, record.latest)
        )
        for f in file.figures:
            value = f.value
            rows.append(
                (
                    f.indicator,
                    f.period.end.isoformat(),
                    f.period.label,
                    f.level.value,
                    f.area_code,
                    value.text,
                    value.text if value.number is not None else "",
                    value.symbol.value if value.symbol is not None else "",
                    index,
                    f.source.line,
                )
            )
    rows.sort(key=lambda row: (row[0], row[1], row[3], row[4]))
    figures_out = csv.writer(figures, lineterminator="\n")
    figures_out.writerow(FIGURE_COLUMNS)
    figures_out.writerows(rows)
    return listing.getvalue(), figures.getvalue()


def compress(text: str) -> bytes:
    """gzip with no name or time in its header, so the same text gives the same bytes."""
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def read_bundle_rows(folder: Path) -> tuple[list[FileRecord], list[list[str]]]:
    """The shipped files, and every figure as the text of its row, in the database's own
    layout (``FIGURE_COLUMNS``): the quick way to fill a new database."""
    listing_path, figures_path = folder / FILES_NAME, folder / FIGURES_NAME
    try:
        listing = listing_path.read_text(encoding="utf-8")
        figures_text = gzip.decompress(figures_path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise ImportFileError(
            figures_path,
            f"the app's own DfE figures could not be read ({error}).",
            "Install the app again.",
        ) from error
    reader = csv.reader(io.StringIO(listing))
    if tuple(next(reader, ())) != FILE_COLUMNS:
        raise ImportFileError(listing_path, "the app's own list of DfE files is not as expected.")
    records = [
        FileRecord(name, sha256, int(rows), publication, date.fromisoformat(latest))
        for name, sha256, rows, publication, latest in reader
    ]
    reader = csv.reader(io.StringIO(figures_text))
    if tuple(next(reader, ())) != FIGURE_COLUMNS:
        raise ImportFileError(figures_path, "the app's own DfE figures are not as expected.")
    return records, list(reader)


def read_bundle(folder: Path) -> list[StatisticsFile]:
    """The shipped files and their figures, as the importer read them."""
    records, rows = read_bundle_rows(folder)
    levels = {level.value: level for level in AreaLevel}
    periods: dict[tuple[str, str], Period] = {}
    values: dict[str, PublishedValue] = {}
    figures: dict[int, list[PublishedFigure]] = defaultdict(list)
    for key, end, label, level, code, published, _value, _symbol, file, line in rows:
        period = periods.get((end, label))
        if period is None:
            period = periods[(end, label)] = Period(date.fromisoformat(end), label)
        value = values.get(published)
        if value is None:
            value = values[published] = PublishedValue.parse(published)
        record = records[int(file)]
        source = FigureSource(record.name, int(line), record.publication)
        figures[int(file)].append(PublishedFigure(key, period, levels[level], code, value, source))
    return [
        StatisticsFile(record.name, record.sha256, record.rows, tuple(figures[index]))
        for index, record in enumerate(records)
    ]
