"""A council's DfE figures, one indicator at a time: every period held, each set against
England, its region, its statistical neighbours' average and every other council, and
the trend across them.

A **FigureSeries** is what the Children in care and Care leavers pages, the packs, the
generated summaries and the suggested questions read for one indicator. Everything it
says compares figures for the same indicator and period only (``domain/benchmarks.py``),
and a DfE symbol is explained, never read as a number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from briefing_app.domain.benchmarks import (
    Benchmark,
    Comparison,
    PeriodFigures,
    SeriesTrend,
    benchmark,
    council_points,
    ordinal,
    series_trend,
    with_unit,
)
from briefing_app.domain.councils import Council
from briefing_app.domain.outcomes import ComparatorKind
from briefing_app.domain.plain_english import format_value
from briefing_app.domain.ratings import Rating, Unit
from briefing_app.domain.statistics import (
    Period,
    PublishedFigure,
    PublishedValue,
    StatisticDefinition,
    Symbol,
)
from briefing_app.domain.topics import Audience

Tables = Mapping[str, Mapping[Period, PeriodFigures]]


@dataclass(frozen=True)
class FigureSeries:
    """One DfE indicator for one council over every period held, oldest first."""

    definition: StatisticDefinition
    council: Council
    periods: Mapping[Period, PeriodFigures]

    @property
    def key(self) -> str:
        return self.definition.key

    @property
    def label(self) -> str:
        return self.definition.label

    @cached_property
    def benchmarks(self) -> tuple[Benchmark, ...]:
        """The council's figure for each period held, oldest first, with its comparators."""
        return tuple(
            benchmark(self.definition, self.council, self.periods[period])
            for period in sorted(self.periods)
        )

    @cached_property
    def trend(self) -> SeriesTrend:
        return series_trend(
            self.definition,
            council_points(self.council, self.periods),
            lambda period: self.council.no_figure_note(period.end, period.label),
        )

    @property
    def latest(self) -> Benchmark | None:
        """The newest period held (whether or not the council has a number for it)."""
        return self.benchmarks[-1] if self.benchmarks else None

    @property
    def has_figures(self) -> bool:
        """True when the council has a row (a number or a symbol) for any period."""
        return any(b.own is not None for b in self.benchmarks)

    def comparison(self, kind: ComparatorKind) -> Comparison | None:
        """The latest figure against one comparator (None when no period is held)."""
        latest = self.latest
        if latest is None:
            return None
        return next(c for c in latest.comparisons() if c.kind is kind)

    def figure_of(self, council: Council, period: Period) -> PublishedFigure | None:
        """Another council's published figure for a period held (a neighbour's, to put
        beside ours)."""
        figures = self.periods.get(period)
        return figures.councils.get(council.old_code) if figures is not None else None

    def beside(self, other: Council) -> tuple[tuple[Period, PublishedValue | None], ...]:
        """Another council's value for each period held, oldest first."""
        points = []
        for period in sorted(self.periods):
            figure = self.figure_of(other, period)
            points.append((period, figure.value if figure is not None else None))
        return tuple(points)

    def symbols(self) -> tuple[Symbol, ...]:
        """Every DfE symbol the council's, England's or the region's figures hold, in the
        order the DfE lists them: each is explained wherever the figures are shown."""
        found: set[Symbol] = set()
        for item in self.benchmarks:
            for figure in (item.own, item.england, item.region):
                if figure is not None and figure.value.symbol is not None:
                    found.add(figure.value.symbol)
        return tuple(symbol for symbol in Symbol if symbol in found)

    # -- in words --------------------------------------------------------------------

    @property
    def latest_words(self) -> str:
        """ "71% in the year ending 31 March 2022", or why there is no figure."""
        latest = self.latest
        if latest is None:
            return "No figures are held."
        if latest.own is None:
            return latest.figure_words
        return f"{latest.figure_words}, {latest.period.label}"

    def comparison_lines(self) -> tuple[str, ...]:
        """The latest figure against England, the region and the neighbours, each with
        the comparator's figure and its words and symbol, then the council's rank."""
        latest = self.latest
        if latest is None:
            return ()
        unit = self.definition.unit
        lines = []
        published = {
            ComparatorKind.ENGLAND: latest.england,
            ComparatorKind.REGION: latest.region,
        }
        region = f"the {self.council.region_name} region"
        for comparison in latest.comparisons():
            figure = published.get(comparison.kind)
            symbol = figure.value.symbol if figure is not None else None
            if symbol is not None:
                line = f"{Rating.NOT_RATED.icon} Not compared with {comparison.kind.label}: "
                line += f"its figure is marked {symbol.short}"
            else:
                line = comparison.label
            if comparison.kind is ComparatorKind.REGION:
                line = line.replace("the region", region)
            if comparison.value is not None:
                line += f": {number_words(comparison.value, unit)}"
            if comparison.kind is ComparatorKind.STATISTICAL_NEIGHBOURS:
                line += f". {latest.neighbours.words}"
            lines.append(line)
        if latest.position is not None:
            lines.append(latest.position.words)
        return tuple(lines)

    # -- in a table cell (the window's Figures tab and the packs' table) -----------------

    @property
    def figure_cell(self) -> str:
        """ "9% (2022)", "c (kept back for privacy) (2022)", "No figure (2022)"."""
        latest = self.latest
        if latest is None:
            return "No figures held"
        when = latest.period.short
        if latest.own is None:
            return f"No figure ({when})"
        value = latest.own.value
        if value.number is None:
            assert value.symbol is not None
            return f"{value.symbol.short} ({when})"
        return f"{format_value(value.number, self.definition.unit)} ({when})"

    def comparison_cell(self, kind: ComparatorKind) -> str:
        """ "✓ Better (71%)": the rating and the comparator's figure, for a cell whose
        heading names the comparator (empty when no period is held). The neighbours'
        average says how many it is of when some had no figure: "(8.3%, 8 of 10)". A
        rate's number is given without its "per 10,000", which the figure beside it says."""
        comparison = self.comparison(kind)
        if comparison is None:
            return ""
        if comparison.rating is Rating.NOT_RATED:
            if comparison.reason:
                return f"{Rating.NOT_RATED.icon} Not compared (a total)"
            return f"{Rating.NOT_RATED.icon} No figure to compare"
        words = comparison.rating.words.removesuffix(" than").removesuffix(" as")
        text = f"{comparison.rating.icon} {words[:1].upper()}{words[1:]}"
        if comparison.value is not None:
            unit = self.definition.unit
            shown = Unit.COUNT if unit is Unit.RATE_PER_10000 else unit
            value = format_value(comparison.value, shown)
            mean = self.latest.neighbours if self.latest is not None else None
            partial = mean is not None and mean.available < mean.of
            if kind is ComparatorKind.STATISTICAL_NEIGHBOURS and mean is not None and partial:
                value += f", {mean.available} of {mean.of}"  # how many the average is of
            text += f" ({value})"
        return text

    @property
    def rank_cell(self) -> str:
        """ "50th of 149, quarter 2", or "Not ranked"."""
        latest = self.latest
        if latest is None:
            return ""
        if latest.position is None:
            return "Not ranked"
        position = latest.position
        return f"{ordinal(position.rank)} of {position.of}, quarter {position.quartile}"

    @property
    def trend_cell(self) -> str:
        """ "✓ Getting better"."""
        if self.latest is None:
            return ""
        return f"{self.trend.icon} {self.trend.trend.label}"

    @property
    def source_words(self) -> str:
        """Where the latest figure comes from: the DfE's file and line."""
        latest = self.latest
        if latest is None:
            return ""
        figure = latest.own or latest.england
        return figure.source.label if figure is not None else ""


def number_words(number: float, unit: Unit) -> str:
    """A comparator's number or a mean for a sentence, as ``with_unit`` gives a
    published one: "71%", "74.2%", "70 per 10,000 children", "1,230"."""
    text = str(int(number)) if float(number).is_integer() else str(number)
    return with_unit(PublishedValue.parse(text), unit)


def council_series(
    definitions: Iterable[StatisticDefinition],
    council: Council,
    tables: Tables,
    audience: Audience | None = None,
) -> list[FigureSeries]:
    """The council's series for each definition (those for ``audience``, if given), in
    the order given, each over every period the tables hold for it."""
    return [
        FigureSeries(definition, council, tables.get(definition.key, {}))
        for definition in definitions
        if audience is None or definition.audience is audience
    ]
