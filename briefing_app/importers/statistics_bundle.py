"""The DfE figures the app ships with, distilled from the DfE's own files.

The app ships the figures its importer read from a DfE release, so a new council works
offline at once, in two files under ``data/statistics/``:

- ``shipped-files.csv``: each DfE file read (``file``, ``sha256``, ``rows``,
  ``publication``);
- ``shipped-figures.csv.gz``: every figure (``file``, ``line``, ``indicator``,
  ``period_end``, ``period``, ``level``, ``code``, ``published``), the cell exactly as
  the DfE published it, with the file and line it came from.

``bundle_texts`` writes them from what the importer read (``make statistics``), in a
fixed order so the same sources always give the same files; ``read_bundle`` reads them
back as the importer's own results.
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
FILE_COLUMNS = ("file", "sha256", "rows", "publication")
FIGURE_COLUMNS = ("file", "line", "indicator", "period_end", "period", "level", "code", "published")


def _ordered(file: StatisticsFile) -> list[PublishedFigure]:
    return sorted(
        file.figures,
        key=lambda f: (f.indicator, f.period.end, f.level.value, f.area_code),
    )


def bundle_texts(files: Sequence[StatisticsFile]) -> tuple[str, str]:
    """The two files' text (the figures before compression)."""
    listing, figures = io.StringIO(), io.StringIO()
    files_out = csv.writer(listing, lineterminator="\n")
    figures_out = csv.writer(figures, lineterminator="\n")
    files_out.writerow(FILE_COLUMNS)
    figures_out.writerow(FIGURE_COLUMNS)
    for file in sorted(files, key=lambda f: f.name):
        files_out.writerow((file.name, file.sha256, file.rows, file.publication))
        for f in _ordered(file):
            figures_out.writerow(
                (
                    file.name,
                    f.source.line,
                    f.indicator,
                    f.period.end.isoformat(),
                    f.period.label,
                    f.level.value,
                    f.area_code,
                    f.value.text,
                )
            )
    return listing.getvalue(), figures.getvalue()


def compress(text: str) -> bytes:
    """gzip with no name or time in its header, so the same text gives the same bytes."""
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


BundleRow = tuple[str, str, str, str, str, str, str, str]  # as FIGURE_COLUMNS


def read_bundle_rows(folder: Path) -> tuple[list[FileRecord], list[BundleRow]]:
    """The shipped files, and every figure as the text of its row (the quick way to load
    them into a new database)."""
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
    reader = csv.reader(io.StringIO(figures_text))
    if tuple(next(reader, ())) != FIGURE_COLUMNS:
        raise ImportFileError(
            figures_path, "the app's own DfE figures are not laid out as expected."
        )
    rows: list[BundleRow] = [tuple(row) for row in reader]  # type: ignore[misc]
    latest: dict[str, str] = {}
    for row in rows:
        if row[3] > latest.get(row[0], ""):
            latest[row[0]] = row[3]
    files = [
        FileRecord(name, sha256, int(count), publication, date.fromisoformat(latest[name]))
        for name, sha256, count, publication in list(csv.reader(io.StringIO(listing)))[1:]
        if name in latest
    ]
    return files, rows


def read_bundle(folder: Path) -> list[StatisticsFile]:
    """The shipped files and their figures, as the importer read them."""
    records, rows = read_bundle_rows(folder)
    publications = {record.name: record.publication for record in records}
    levels = {level.value: level for level in AreaLevel}
    periods: dict[tuple[str, str], Period] = {}
    values: dict[str, PublishedValue] = {}
    figures: dict[str, list[PublishedFigure]] = defaultdict(list)
    for name, line, key, end, label, level, code, published in rows:
        period = periods.get((end, label))
        if period is None:
            period = periods[(end, label)] = Period(date.fromisoformat(end), label)
        value = values.get(published)
        if value is None:
            value = values[published] = PublishedValue.parse(published)
        source = FigureSource(name, int(line), publications[name])
        figures[name].append(PublishedFigure(key, period, levels[level], code, value, source))
    return [
        StatisticsFile(record.name, record.sha256, record.rows, tuple(figures[record.name]))
        for record in records
    ]
