"""Published statistics: the Department for Education's figures for every council.

Each year the DfE (Department for Education) publishes, as open data, figures for England,
each region and each council. A **StatisticDefinition** says what one of those figures
measures, in plain English, and where the DfE publishes it (its ``DfeSource``). A
**PublishedFigure** is one value for one area and one period, exactly as published: a
number, or one of the DfE's symbols (``c`` when a figure is kept back to protect
children's privacy, and so on). A symbol is never read as a number, and never as 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import NamedTuple

from briefing_app.domain.ratings import Polarity, Unit
from briefing_app.domain.topics import TOPICS_BY_KEY, Audience


class Symbol(Enum):
    """The marks the DfE puts in place of a number. The value is the mark as published."""

    SUPPRESSED = "c"
    LOW = "low"
    NOT_AVAILABLE = "x"
    NOT_APPLICABLE = "z"
    BELOW_HALF = "k"
    LOW_RELIABILITY = "u"
    NOT_AVAILABLE_OLD = ":"
    ROUNDS_TO_ZERO_OLD = "~"

    @property
    def meaning(self) -> str:
        return _MEANINGS[self]

    @property
    def short(self) -> str:
        """The mark with its meaning in a few words, for a table cell or a chart: "c (kept
        back for privacy)"."""
        return f"{self.value} ({_SHORT[self]})"

    @property
    def code(self) -> str:
        """The mark in the app's machine-readable output: the DfE's current marks as they
        are; its older ``:`` (not available) as ``x`` and ``~`` (rounds to 0) as ``low``,
        which mean the same."""
        return {Symbol.NOT_AVAILABLE_OLD: "x", Symbol.ROUNDS_TO_ZERO_OLD: "low"}.get(
            self, self.value
        )


_MEANINGS = {
    Symbol.SUPPRESSED: (
        "Not published, to protect children's privacy: the number is small enough to "
        "identify a child, or would let someone work one out."
    ),
    Symbol.LOW: "More than 0, but too small to show: it rounds to 0.",
    Symbol.NOT_AVAILABLE: "Not available: the DfE does not have this figure.",
    Symbol.NOT_APPLICABLE: (
        "Does not apply: for example, the council did not run children's services that year."
    ),
    Symbol.BELOW_HALF: "More than 0, but less than half of the smallest amount shown.",
    Symbol.LOW_RELIABILITY: "Published, but the DfE says it is not reliable enough to use.",
    Symbol.NOT_AVAILABLE_OLD: "Not available (the DfE's older mark for x).",
    Symbol.ROUNDS_TO_ZERO_OLD: "More than 0, but too small to show (the DfE's older mark).",
}
_SHORT = {
    Symbol.SUPPRESSED: "kept back for privacy",
    Symbol.LOW: "more than 0, rounds to 0",
    Symbol.NOT_AVAILABLE: "not available",
    Symbol.NOT_APPLICABLE: "does not apply",
    Symbol.BELOW_HALF: "more than 0, too small to show",
    Symbol.LOW_RELIABILITY: "not reliable enough to use",
    Symbol.NOT_AVAILABLE_OLD: "not available",
    Symbol.ROUNDS_TO_ZERO_OLD: "more than 0, rounds to 0",
}
SYMBOLS = {symbol.value: symbol for symbol in Symbol}
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True)
class PublishedValue:
    """A cell as the DfE published it: ``text``, and either its number or its symbol."""

    text: str
    number: int | float | None
    symbol: Symbol | None

    @classmethod
    def parse(cls, text: str) -> PublishedValue:
        """Read a cell; ValueError if it is neither a plain number nor a DfE symbol.

        A whole number stays whole (a percentage published as 71 is 71, not 71.0).
        """
        cell = text.strip()
        symbol = SYMBOLS.get(cell)
        if symbol is not None:
            return cls(cell, None, symbol)
        if not _NUMBER.fullmatch(cell):
            raise ValueError(f"“{cell}” is neither a number nor one of the DfE's symbols")
        return cls(cell, float(cell) if "." in cell else int(cell), None)

    @property
    def words(self) -> str:
        """The value for a sentence: the number as published, or the symbol's meaning."""
        if self.symbol is not None:
            return f"“{self.symbol.value}”: {self.symbol.meaning}"
        return self.text


@dataclass(frozen=True, order=True)
class Period:
    """The year a figure is for. ``end`` is the 31 March it ends or is counted on;
    ``label`` says it in words ("year ending 31 March 2022", "2021/22 school year")."""

    end: date
    label: str

    @property
    def year(self) -> int:
        return self.end.year

    @property
    def during(self) -> str:
        """The period in a sentence: "in the year to 31 March 2022", "in the 2021/22
        school year"."""
        if self.label.startswith("year ending "):
            return f"in the year to {self.label.removeprefix('year ending ')}"
        return f"in the {self.label}"

    @property
    def short(self) -> str:
        """The period in a few characters, for a chart's axis or a table's column: "2022"
        for the year ending 31 March 2022, "2021/22" for a school year."""
        first = self.label.split(" ", 1)[0]
        if "school year" in self.label and "/" in first:
            return first
        return str(self.end.year)


class AreaLevel(Enum):
    ENGLAND = "national"
    REGION = "regional"
    COUNCIL = "local"


class FigureSource(NamedTuple):
    """The row of a DfE file a figure was read from."""

    file: str
    line: int
    publication: str = ""

    @property
    def label(self) -> str:
        """ "Department for Education, Children looked after in England including
        adoptions: la_conviction_health_outcome_cla.csv, line 1234"."""
        where = f"{self.file}, line {self.line}"
        if self.publication:
            return f"Department for Education, {self.publication}: {where}"
        return f"Department for Education: {where}"


class PublishedFigure(NamedTuple):
    """One published value: what, when, for which area, and where it came from.
    (A named tuple: a council's figures for every year are tens of thousands of these.)"""

    indicator: str
    period: Period
    level: AreaLevel
    area_code: str
    value: PublishedValue
    source: FigureSource

    @property
    def number(self) -> int | float | None:
        return self.value.number


class FileRecord(NamedTuple):
    """A DfE file as the database records it: its name, the SHA-256 of its text, how many
    data rows it had, its publication, and its newest period (how new its release is)."""

    name: str
    sha256: str
    rows: int
    publication: str
    latest: date


@dataclass(frozen=True)
class SeriesBreak:
    """From ``year`` on, figures are not comparable with earlier ones, for ``reason``."""

    year: int
    reason: str


@dataclass(frozen=True)
class DfeSource:
    """Where the DfE publishes an indicator, and which rows and column hold it.

    A row holds the indicator when, for every group in ``rows``, one of its cells says
    one of the group's phrases (case, spacing and punctuation aside; a phrase ending
    in "…" matches any text starting with it), and none says a phrase in ``excluded``.
    The figure is in the first column named in ``measures`` that the file has. Rows are
    found by what they say, not by column, because the DfE renames columns between
    releases; ``file`` is the file's name in the release this was written from.
    """

    publication: str
    table: str
    file: str
    measures: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    excluded: tuple[str, ...] = ()

    @property
    def selection(self) -> str:
        """The rows, in words: "“Had their annual health assessment”; column percentage"."""
        groups = "; ".join(" or ".join(f"“{p}”" for p in group) for group in self.rows)
        return f"rows saying {groups}; column {' or '.join(self.measures)}"


@dataclass(frozen=True)
class StatisticDefinition:
    """A DfE indicator: what it measures in plain English, its unit and which way is
    better, where it belongs in the app, and its source."""

    key: str
    label: str
    definition: str
    unit: Unit
    polarity: Polarity
    audience: Audience
    topic: str
    source: DfeSource
    similar_within: float | None = None
    breaks: tuple[SeriesBreak, ...] = ()
    caution: str = ""
    position: int = 0
    # A sentence with ``{value}`` where the figure goes (and ``{year}`` for a count on a
    # day of that year), as generated summaries say it.
    statement: str = ""

    @property
    def topic_title(self) -> str:
        topic = TOPICS_BY_KEY.get(self.topic)
        return topic.title if topic else self.topic

    def break_between(self, earlier: Period, later: Period) -> SeriesBreak | None:
        """The break, if any, that stops ``earlier`` being compared with ``later``."""
        for series_break in sorted(self.breaks, key=lambda b: b.year, reverse=True):
            if earlier.year < series_break.year <= later.year:
                return series_break
        return None


@dataclass(frozen=True)
class Catalogue:
    """Every DfE indicator the app knows, in the app's order, and the words that mark a
    row as a total (see ``DfeSource``)."""

    definitions: tuple[StatisticDefinition, ...]
    totals: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[StatisticDefinition]:
        return iter(self.definitions)

    def __len__(self) -> int:
        return len(self.definitions)

    def __contains__(self, key: object) -> bool:
        return any(d.key == key for d in self.definitions)

    def get(self, key: str) -> StatisticDefinition:
        for definition in self.definitions:
            if definition.key == key:
                return definition
        raise KeyError(key)

    @property
    def publications(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(d.source.publication for d in self.definitions))

    @property
    def tables(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(d.source.table for d in self.definitions))


@dataclass(frozen=True)
class StatisticsFile:
    """What one DfE file gave: every figure for every area and period, with the file's
    name, its SHA-256 (so the same file is known again) and how many data rows it had."""

    name: str
    sha256: str
    rows: int
    figures: tuple[PublishedFigure, ...]

    @property
    def indicators(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.indicator for f in self.figures))

    @property
    def periods(self) -> tuple[Period, ...]:
        return tuple(sorted({f.period for f in self.figures}))

    @property
    def latest(self) -> Period:
        """The newest period in the file: how new the release it comes from is."""
        return max(f.period for f in self.figures)

    @property
    def publication(self) -> str:
        return self.figures[0].source.publication if self.figures else ""

    @property
    def record(self) -> FileRecord:
        return FileRecord(self.name, self.sha256, self.rows, self.publication, self.latest.end)

    def councils(self) -> tuple[str, ...]:
        return tuple(
            dict.fromkeys(f.area_code for f in self.figures if f.level is AreaLevel.COUNCIL)
        )
