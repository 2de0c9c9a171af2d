"""Reading a DfE release: which figures each file holds, for every area and period.

A file is recognised by what it holds, never by its name: a row holds an indicator when
its filter cells say the phrases the indicator's source names (see ``DfeSource``), and
the figure is in the measure column the source names. Every value is kept exactly as
published, symbols included. A file is refused whole, with a sentence naming it and
the line, when it is not DfE open data, when no row of it is a figure the app knows,
or when any row it needs cannot be read. Nothing here touches the database.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.errors import ImportFileError, ImportProblemsError
from briefing_app.domain.progress import ProgressCallback
from briefing_app.domain.statistics import (
    AreaLevel,
    Catalogue,
    FigureSource,
    Period,
    PublishedFigure,
    PublishedValue,
    StatisticDefinition,
    StatisticsFile,
)
from briefing_app.domain.wording import joined
from briefing_app.importers.dfe_csv import (
    NOT_DFE_ADVICE,
    DfeTable,
    PeriodReader,
    place,
    read_bytes,
    read_table,
)

MAX_PROBLEMS = 20
_PROGRESS_EVERY = 4096
_LIST_NUMBER = re.compile(r"^\s*\d+[.)]\s+")
_NOT_WORD = re.compile(r"[^\w]+")


def phrase_key(text: str) -> str:
    """A cell or phrase reduced for matching: case, punctuation, spacing and a leading
    list number ("2. ") left out."""
    text = _LIST_NUMBER.sub("", text.replace("’", "'").replace("'", ""))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


@dataclass(frozen=True)
class _Phrase:
    key: str
    prefix: bool

    @classmethod
    def of(cls, text: str) -> _Phrase:
        stripped = text.rstrip()
        prefix = stripped.endswith(("…", "..."))
        return cls(phrase_key(stripped.rstrip(".…")), prefix)

    def said_by(self, cells: AbstractSet[str]) -> bool:
        if self.prefix:
            return any(cell.startswith(self.key) for cell in cells)
        return self.key in cells


@dataclass(frozen=True)
class _Rule:
    definition: StatisticDefinition
    groups: tuple[tuple[_Phrase, ...], ...]
    excluded: tuple[_Phrase, ...]

    @classmethod
    def of(cls, definition: StatisticDefinition) -> _Rule:
        source = definition.source
        return cls(
            definition,
            tuple(tuple(_Phrase.of(p) for p in group) for group in source.rows),
            tuple(_Phrase.of(p) for p in source.excluded),
        )

    def matches(self, cells: frozenset[str]) -> bool:
        if any(phrase.said_by(cells) for phrase in self.excluded):
            return False
        return all(any(p.said_by(cells) for p in group) for group in self.groups)

    def unused(self, cells: frozenset[str]) -> frozenset[str]:
        """The cells no phrase of the rule speaks for."""
        used = {c for c in cells for group in self.groups for p in group if p.said_by({c})}
        return cells - used


class ReleaseReader:
    """Reads DfE files against a catalogue of indicators."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._rules = tuple(_Rule.of(d) for d in catalogue)
        self._totals = frozenset(phrase_key(t) for t in catalogue.totals)

    def read_files(
        self, paths: Sequence[Path], progress: ProgressCallback | None = None
    ) -> list[StatisticsFile]:
        """Every file read, in order; the first file that cannot be used raises.

        ``progress`` hears the share of all the files' bytes read so far, and which file
        is being read."""
        blobs = [(Path(path), read_bytes(Path(path))) for path in paths]
        total = sum(len(data) for _, data in blobs) or 1
        done = 0
        files = []
        for number, (path, data) in enumerate(blobs, start=1):
            size = len(data)
            what = f"Reading {path.name} ({number} of {len(blobs)})…"

            def step(
                fraction: float, start: int = done, size: int = size, what: str = what
            ) -> None:
                if progress is not None:
                    progress((start + size * fraction) / total, what)

            files.append(self.read(path, data, step))
            done += size
        if progress is not None:
            progress(1.0, f"Read {len(blobs)} file{'s' if len(blobs) != 1 else ''}.")
        return files

    def read(
        self,
        path: Path,
        data: bytes | None = None,
        step: Callable[[float], None] | None = None,
    ) -> StatisticsFile:
        """One file's figures. Raises ImportFileError (or ImportProblemsError, listing up
        to twenty rows) when the file cannot be used; nothing is kept from it then."""
        table = read_table(path, data)
        wanted = self._wanted(table)
        if not wanted:
            raise ImportFileError(
                path,
                "this is DfE open data, but none of its rows is a figure the app knows. The "
                f"app reads the council tables of {joined(_quoted(self.catalogue.publications))}"
                f", such as {joined(_quoted(self.catalogue.tables[:3]))}.",
                NOT_DFE_ADVICE,
            )
        return self._figures(table, wanted, step)

    def _wanted(self, table: DfeTable) -> dict[tuple[str, ...], list[tuple[_Rule, int, int]]]:
        """For each distinct set of filter cells that holds some indicator: the rules it
        matches, the measure column of each, and how much it is a total (lower first)."""
        cells_of = table.filter_values()
        wanted: dict[tuple[str, ...], list[tuple[_Rule, int, int]]] = {}
        for key in dict.fromkeys(cells_of(row) for row in table.rows):
            cells = frozenset(phrase_key(c) for c in key if c.strip())
            found = []
            for rule in self._rules:
                if not rule.matches(cells):
                    continue
                column = next(
                    (i for m in rule.definition.source.measures if (i := table.column(m))), None
                )
                if column is None:
                    continue
                unused = rule.unused(cells)
                rank = (0 if unused <= self._totals else 1000) + len(unused)
                found.append((rule, column, rank))
            if found:
                wanted[key] = found
        return wanted

    def _figures(
        self,
        table: DfeTable,
        wanted: dict[tuple[str, ...], list[tuple[_Rule, int, int]]],
        step: Callable[[float], None] | None,
    ) -> StatisticsFile:
        path = table.path
        index = {name: i for i, name in enumerate(table.columns)}
        period_column, kind_column = index["time_period"], index["time_identifier"]
        periods = PeriodReader()
        values: dict[str, PublishedValue | str] = {}
        found: dict[tuple[str, Period, AreaLevel, str], tuple[PublishedValue, int, int]] = {}
        problems: list[tuple[int | None, str]] = []
        cells_of = table.filter_values()
        rows, lines = table.rows, table.lines
        for number, row in enumerate(rows):
            if step is not None and number % _PROGRESS_EVERY == 0:
                step(number / len(rows))
            matched = wanted.get(cells_of(row))
            if matched is None:
                continue
            line = lines[number]
            area = place(row, index)
            if area is None:
                continue
            period = periods.read(row[period_column], row[kind_column])
            if isinstance(area, str) or isinstance(period, str):
                problems.append((line, area if isinstance(area, str) else str(period)))
                if len(problems) >= MAX_PROBLEMS:
                    break
                continue
            level, code = area
            for rule, column, rank in matched:
                text = row[column]
                value = values.get(text)
                if value is None:
                    value = values[text] = _value(text, table.columns[column])
                if isinstance(value, str):
                    problems.append((line, value))
                    continue
                slot = (rule.definition.key, period, level, code)
                held = found.get(slot)
                if held is None or rank < held[2]:
                    found[slot] = (value, line, rank)
                elif rank == held[2] and held[0].text != value.text:
                    problems.append(
                        (
                            line,
                            f"this row gives {rule.definition.key} for the same place and "
                            f"period as line {held[1]}, with a different figure.",
                        )
                    )
            if len(problems) >= MAX_PROBLEMS:
                break
        if problems:
            raise ImportProblemsError(
                path,
                problems,
                "The file may be damaged or edited: download it again from the DfE. "
                "Nothing has been changed.",
            )
        publications = {r.definition.key: r.definition.source.publication for r in self._rules}
        figures = tuple(
            PublishedFigure(
                key, period, level, code, value, FigureSource(table.name, line, publications[key])
            )
            for (key, period, level, code), (value, line, _rank) in found.items()
        )
        if step is not None:
            step(1.0)
        return StatisticsFile(table.name, table.sha256, len(rows), figures)


def _value(text: str, column: str) -> PublishedValue | str:
    try:
        return PublishedValue.parse(text)
    except ValueError:
        return (
            f"the {column} “{text}” is neither a number nor one of the DfE's symbols "
            "(c, low, x, z, k, u, :)."
        )


def _quoted(items: Iterable[str]) -> list[str]:
    return [f"“{item}”" for item in items]
