"""A council's published figure set against England, its region and its neighbours.

Everything here compares figures for the same indicator and the same period only: a
council's 2022 figure is compared with England's 2022 figure, never with another year's,
and a trend is only drawn across years the DfE says are comparable. A figure the DfE
did not publish (a symbol) is never compared, ranked or averaged.

- **Neighbours**: the mean of the published figures of the council's statistical
  neighbours, with how many of them had one.
- **Position**: the council's rank among every council with a published figure, and its
  quartile. Rank 1 goes to the best figure where higher or lower is better, and to the
  highest where neither is (``Polarity.rank_order`` says which, in words).
- **Trend**: how the figure moved over every comparable year held, judged by polarity.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

from briefing_app.domain.councils import Council
from briefing_app.domain.outcomes import ComparatorKind
from briefing_app.domain.ratings import Polarity, Rating, Trend, Unit, rate, trend_for
from briefing_app.domain.statistics import (
    Period,
    PublishedFigure,
    PublishedValue,
    StatisticDefinition,
)
from briefing_app.domain.wording import capitalise


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def with_unit(value: PublishedValue, unit: Unit) -> str:
    """A published value for a sentence: "71%", "70 per 10,000 children", or the
    symbol and its meaning."""
    if value.number is None:
        return value.words
    if unit is Unit.PERCENT:
        return f"{value.text}%"
    if unit is Unit.RATE_PER_10000:
        return f"{value.text} per 10,000 children"
    if unit is Unit.COUNT and isinstance(value.number, int):
        return f"{value.number:,}"
    return value.text


@dataclass(frozen=True)
class PeriodFigures:
    """Every area's published value for one indicator and one period."""

    indicator: str
    period: Period
    england: PublishedFigure | None
    regions: Mapping[str, PublishedFigure]
    councils: Mapping[str, PublishedFigure]
    # Every council's published number, when ``councils`` holds only some councils (those
    # a page shows): what ranks are worked out among.
    ranking: tuple[int | float, ...] | None = None

    def ranked_numbers(self) -> Sequence[int | float]:
        """Every council's published number (symbols left out)."""
        if self.ranking is not None:
            return self.ranking
        return [f.value.number for f in self.councils.values() if f.value.number is not None]


@dataclass(frozen=True)
class NeighbourMean:
    """The mean of the neighbours' published figures; ``available`` of ``of`` had one."""

    value: float | None
    available: int
    of: int
    without: tuple[str, ...] = ()  # the neighbours (old codes) with no published number

    @property
    def words(self) -> str:
        if self.of == 0:
            return "No statistical neighbours to compare with."
        if self.value is None:
            return f"No published figure for any of the {self.of} statistical neighbours."
        if self.available == self.of:
            return f"Average of all {self.of} statistical neighbours."
        missing = self.of - self.available
        return (
            f"Average of {self.available} of the {self.of} statistical neighbours "
            f"({missing} had no published figure)."
        )


def neighbour_mean(council: Council, figures: PeriodFigures) -> NeighbourMean:
    """The mean, rounded half up to one more decimal place than the most precise figure
    averaged (whole percentages give a mean to one decimal place)."""
    found: list[PublishedValue] = []
    without = []
    for code in council.neighbours:
        figure = figures.councils.get(code)
        if figure is None or figure.value.number is None:
            without.append(code)
        else:
            found.append(figure.value)
    if not found:
        return NeighbourMean(None, 0, len(council.neighbours), tuple(without))
    places = max(len(v.text.partition(".")[2]) for v in found) + 1
    total = sum((Decimal(v.text) for v in found), Decimal(0))
    mean = (total / len(found)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return NeighbourMean(float(mean), len(found), len(council.neighbours), tuple(without))


@dataclass(frozen=True)
class Position:
    """Where the council's figure stands among every council with a published figure."""

    rank: int
    of: int
    polarity: Polarity

    @property
    def quartile(self) -> int:
        """1 for the quarter of councils ranked first, 4 for the quarter ranked last."""
        return 1 + (self.rank - 1) * 4 // self.of

    @property
    def order(self) -> str:
        return self.polarity.rank_order

    @property
    def words(self) -> str:
        """ "Ranked 12th of 151 councils (1st quarter, the best). Rank 1 is ..." """
        if self.polarity is Polarity.NEITHER:
            ends = {1: "the highest figures", 4: "the lowest figures"}
        else:
            ends = {1: "the best", 4: "the worst"}
        quarter = f"{ordinal(self.quartile)} quarter"
        if self.quartile in ends:
            quarter += f", {ends[self.quartile]}"
        return f"Ranked {ordinal(self.rank)} of {self.of} councils ({quarter}). {self.order}"


def position(value: int | float, figures: PeriodFigures, polarity: Polarity) -> Position:
    """Rank 1 plus how many councils have a better (or, for neither, a higher) figure:
    councils with the same figure share a rank."""
    numbers = figures.ranked_numbers()
    if polarity.highest_first:
        ahead = sum(1 for n in numbers if n > value)
    else:
        ahead = sum(1 for n in numbers if n < value)
    return Position(ahead + 1, len(numbers), polarity)


@dataclass(frozen=True)
class Comparison:
    """The council's figure against one comparator's, for the same period."""

    kind: ComparatorKind
    value: int | float | None
    rating: Rating
    reason: str = ""  # why there is no rating, when there is a figure

    @property
    def label(self) -> str:
        """ "✓ Better than England", "– Not compared with the region (no figure to
        compare)", "– Not compared with England (its figure is a total ...)"."""
        text = f"{self.rating.words} {self.kind.label}"
        if self.rating is Rating.NOT_RATED:
            text += f" ({self.reason or 'no figure to compare'})"
        return f"{self.rating.icon} {capitalise(text)}"


# A count for England or a region is a total over many councils: a council's count is
# set beside its statistical neighbours' (councils of a like size), and ranked, but not
# called higher or lower than a total.
TOTAL_REASON = {
    ComparatorKind.ENGLAND: "its figure is a total for the whole country",
    ComparatorKind.REGION: "its figure is a total for every council in it",
}


@dataclass(frozen=True)
class Benchmark:
    """One council's figure for one indicator and period, with everything it is set
    against."""

    definition: StatisticDefinition
    council: Council
    period: Period
    own: PublishedFigure | None
    england: PublishedFigure | None
    region: PublishedFigure | None
    neighbours: NeighbourMean
    position: Position | None

    @property
    def value(self) -> PublishedValue | None:
        return self.own.value if self.own is not None else None

    def comparisons(self) -> tuple[Comparison, ...]:
        """Against England, the region and the neighbours' average, in that order."""
        return self._comparisons

    @cached_property
    def _comparisons(self) -> tuple[Comparison, ...]:
        own = self.own.value.number if self.own is not None else None
        others: list[tuple[ComparatorKind, int | float | None]] = [
            (ComparatorKind.ENGLAND, self.england.value.number if self.england else None),
            (ComparatorKind.REGION, self.region.value.number if self.region else None),
            (ComparatorKind.STATISTICAL_NEIGHBOURS, self.neighbours.value),
        ]
        found = []
        for kind, other in others:
            if self.definition.unit is Unit.COUNT and kind in TOTAL_REASON:
                found.append(Comparison(kind, other, Rating.NOT_RATED, TOTAL_REASON[kind]))
                continue
            if own is None or other is None:
                rating = Rating.NOT_RATED
            else:
                rating = rate(
                    own,
                    other,
                    self.definition.unit,
                    self.definition.polarity,
                    within=self.definition.similar_within,
                )
            found.append(Comparison(kind, other, rating))
        return tuple(found)

    @property
    def figure_words(self) -> str:
        """The council's figure in words, or why there is none."""
        if self.own is None:
            return self.council.no_figure_note(self.period.end, self.period.label)
        return with_unit(self.own.value, self.definition.unit)


def benchmark(
    definition: StatisticDefinition, council: Council, figures: PeriodFigures
) -> Benchmark:
    own = figures.councils.get(council.old_code)
    number = own.value.number if own is not None else None
    return Benchmark(
        definition=definition,
        council=council,
        period=figures.period,
        own=own,
        england=figures.england,
        region=figures.regions.get(council.region_code),
        neighbours=neighbour_mean(council, figures),
        position=position(number, figures, definition.polarity) if number is not None else None,
    )


@dataclass(frozen=True)
class SeriesTrend:
    """How a figure moved over every comparable year held, judged by polarity.

    ``trend`` compares the latest figure with the earliest comparable one (``since``);
    ``recent`` compares it with the year before it, if that year is comparable and
    published. ``words`` says it all in a sentence or two.
    """

    trend: Trend
    recent: Trend
    latest: Period | None
    since: Period | None
    words: str

    @property
    def icon(self) -> str:
        return self.trend.icon


def series_trend(
    definition: StatisticDefinition,
    points: Sequence[tuple[Period, PublishedValue | None]],
    no_figure: Callable[[Period], str] | None = None,
) -> SeriesTrend:
    """The trend of a council's figures, from every period held (``None`` where the
    council has no row that year; ``no_figure`` says why, as ``Council.no_figure_note``
    does)."""
    ordered = sorted(points, key=lambda point: point[0].end)
    if not ordered:
        return SeriesTrend(Trend.NO_TREND, Trend.NO_TREND, None, None, "No figures held.")
    latest_period, latest = ordered[-1]
    if latest is None or latest.number is None:
        if latest is not None and latest.symbol is not None:
            why = (
                f"the figure for the {latest_period.label} is marked “{latest.text}”: "
                f"{_lower(latest.symbol.meaning)}"
            )
        elif no_figure is not None:
            why = no_figure(latest_period)
        else:
            why = f"there is no figure for the {latest_period.label}."
        return SeriesTrend(
            Trend.NO_TREND,
            Trend.NO_TREND,
            latest_period,
            None,
            f"{Trend.NO_TREND.icon} No trend: {_lower(why)}",
        )
    earlier = [
        (period, value)
        for period, value in ordered[:-1]
        if value is not None and value.number is not None
    ]
    comparable = [p for p in earlier if definition.break_between(p[0], latest_period) is None]
    if not comparable:
        if earlier:
            series_break = definition.break_between(earlier[-1][0], latest_period)
            reason = f" {series_break.reason}" if series_break else ""
            return SeriesTrend(
                Trend.NOT_COMPARABLE,
                Trend.NOT_COMPARABLE,
                latest_period,
                None,
                f"{Trend.NOT_COMPARABLE.icon} {Trend.NOT_COMPARABLE.label}.{reason}",
            )
        return SeriesTrend(
            Trend.NO_TREND,
            Trend.NO_TREND,
            latest_period,
            None,
            f"{Trend.NO_TREND.icon} {Trend.NO_TREND.label} to compare with.",
        )
    first_period, first = comparable[0]
    trend = _judge(definition, latest.number, _number(first))
    unit = definition.unit
    words = (
        f"{trend.icon} {trend.label}: {with_unit(first, unit)} in the {first_period.label}, "
        f"{with_unit(latest, unit)} in the {latest_period.label}."
    )
    recent = Trend.NO_TREND
    previous_period, previous = ordered[-2] if len(ordered) > 1 else (None, None)
    if previous_period is not None and comparable[-1][0] == previous_period and previous:
        recent = _judge(definition, latest.number, _number(previous))
        if previous_period != first_period:
            words += f" Since the {previous_period.label}: {recent.label.lower()}."
    return SeriesTrend(trend, recent, latest_period, first_period, words)


def council_points(
    council: Council, periods: Mapping[Period, PeriodFigures]
) -> list[tuple[Period, PublishedValue | None]]:
    """The council's published value for each period held (``None`` where it has no
    row), oldest first: what ``series_trend`` takes."""
    points: list[tuple[Period, PublishedValue | None]] = []
    for period in sorted(periods):
        figure = periods[period].councils.get(council.old_code)
        points.append((period, figure.value if figure is not None else None))
    return points


def _judge(definition: StatisticDefinition, later: float, earlier: float) -> Trend:
    rating = rate(
        later,
        earlier,
        definition.unit,
        definition.polarity,
        within=definition.similar_within,
    )
    return trend_for(rating)


def _number(value: PublishedValue) -> float:
    if value.number is None:
        raise ValueError(f"“{value.text}” is not a number")
    return value.number


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]
