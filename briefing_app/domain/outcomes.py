"""Indicators: how children in care and care leavers are doing, in figures.

An **indicator** is something measured (children in care, care leavers not in work or
training). Its **figures** are dated observations, oldest first: the newest is the current
value, the one before it the previous value, and together they make the trend. Each figure
carries its comparators (England, statistical neighbours, region) and its source: report
paragraphs, a named unnumbered section of the report, or another document.

Statuses are words and an icon first; the colour is only a second signal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from briefing_app.domain.period_kinds import same_kind
from briefing_app.domain.ratings import (
    Polarity,
    Rating,
    Stated,
    Trend,
    Unit,
    rate,
    rate_stated,
    tolerance,
    trend_for,
)
from briefing_app.domain.topics import TOPICS, TOPICS_BY_KEY, Audience, Topic, topics_for
from briefing_app.domain.wording import capitalise, paragraph_ranges

__all__ = [
    "TOPICS",
    "TOPICS_BY_KEY",
    "Audience",
    "Comparator",
    "ComparatorKind",
    "Comparison",
    "EarlierComparator",
    "Indicator",
    "IndicatorDefinition",
    "Observation",
    "Polarity",
    "Rating",
    "Source",
    "Stated",
    "Status",
    "Topic",
    "Trend",
    "Unit",
    "rate",
    "rate_stated",
    "tolerance",
    "topics_for",
]


class ComparatorKind(Enum):
    ENGLAND = "england"
    STATISTICAL_NEIGHBOURS = "statistical_neighbours"
    REGION = "region"

    @property
    def label(self) -> str:
        return {
            ComparatorKind.ENGLAND: "England",
            ComparatorKind.STATISTICAL_NEIGHBOURS: "similar councils",
            ComparatorKind.REGION: "the region",
        }[self]

    @property
    def column_label(self) -> str:
        """The name as a column or bar heading."""
        return {
            ComparatorKind.ENGLAND: "England",
            ComparatorKind.STATISTICAL_NEIGHBOURS: "Similar councils (statistical neighbours)",
            ComparatorKind.REGION: "Region",
        }[self]

    @property
    def stated_key(self) -> str:
        """The field (in files and in the database) for what the source says in words,
        beside the field named by ``value`` for the figure."""
        return {
            ComparatorKind.ENGLAND: "england_stated",
            ComparatorKind.STATISTICAL_NEIGHBOURS: "neighbours_stated",
            ComparatorKind.REGION: "region_stated",
        }[self]


@dataclass(frozen=True)
class Comparator:
    """A comparator's figure, or (when the source gives none) what the source says."""

    kind: ComparatorKind
    value: float | None = None
    stated: Stated | None = None


@dataclass(frozen=True)
class Source:
    """Where a figure comes from. At least one of the three places is given."""

    paragraphs: tuple[int, ...] = ()
    section: str = ""
    document: str = ""
    report_id: int | None = None
    quote: str = ""
    working: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.paragraphs or self.section or self.document)

    @property
    def label(self) -> str:
        parts = []
        if self.paragraphs:
            parts.append(paragraph_ranges(self.paragraphs))
        if self.section:
            parts.append(f"the section “{self.section}”")
        if self.document:
            parts.append(self.document)
        text = " and ".join(parts) if parts else "no source given"
        return capitalise(text)


@dataclass(frozen=True)
class Observation:
    """One figure for one date. ``count`` is how many children a percentage stands for;
    ``denominator`` is the size of the group it is out of."""

    as_at: date
    period: str
    value: float
    count: int | None = None
    denominator: int | None = None
    comparators: tuple[Comparator, ...] = ()
    source: Source = field(default_factory=Source)
    note: str = ""
    origin: str = ""

    def comparator(self, kind: ComparatorKind) -> Comparator | None:
        return next((c for c in self.comparators if c.kind is kind), None)


# A figure's fields, named alike in the figures file officers import and in the database
# (whose table adds the indicator, the report cited, the figure's origin and when it was
# recorded). The comparators' come from ``ComparatorKind``: the figure, then the words.
FIGURE_FIELDS: tuple[str, ...] = (
    "as_at",
    "period",
    "value",
    "count",
    "denominator",
    *(kind.value for kind in ComparatorKind),
    *(kind.stated_key for kind in ComparatorKind),
    "paragraphs",
    "section",
    "document",
    "quote",
    "working",
    "note",
)


@dataclass(frozen=True)
class IndicatorDefinition:
    """What is measured. ``statement`` is a sentence with ``{value}`` where the figure goes,
    for example "{value} of care leavers were not in education, work or training"."""

    key: str
    label: str
    audience: Audience
    topic: str
    unit: Unit
    polarity: Polarity
    statement: str
    position: int = 0

    @property
    def topic_title(self) -> str:
        topic = TOPICS_BY_KEY.get(self.topic)
        return topic.title if topic else self.topic


# A share of a group smaller than SMALL_GROUP, or of fewer than SMALL_COUNT children, swings.
SMALL_GROUP = 30
SMALL_COUNT = 10


# How far behind a comparator counts as the most concern (see ``Indicator.concern``).
CONCERN_POINTS = 20.0
STATED_CONCERN = 0.5
_JUDGED = (Rating.BETTER, Rating.SIMILAR, Rating.WORSE)


@dataclass(frozen=True)
class Comparison:
    """The current figure set against one comparator given for the same period."""

    comparator: Comparator
    rating: Rating
    period: str

    @property
    def kind(self) -> ComparatorKind:
        return self.comparator.kind

    @property
    def label(self) -> str:
        """ "Better than England", in words."""
        text = f"{self.rating.words} {self.kind.label}"
        return capitalise(text)


@dataclass(frozen=True)
class EarlierComparator:
    """A comparator's figure the source gives only for an earlier period than the current
    figure's: shown with its period, never compared (a figure for one period says nothing
    about better or worse against another period's)."""

    comparator: Comparator
    period: str


@dataclass(frozen=True)
class Status:
    """Where an indicator stands: against its main comparator, and against its last figure."""

    rating: Rating
    rating_label: str
    trend: Trend

    @property
    def text(self) -> str:
        return f"{self.rating.icon} {self.rating_label}"


@dataclass(frozen=True)
class Indicator:
    """A definition and its figures, oldest first."""

    definition: IndicatorDefinition
    observations: tuple[Observation, ...] = ()

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.observations, key=lambda o: o.as_at))
        object.__setattr__(self, "observations", ordered)

    @property
    def key(self) -> str:
        return self.definition.key

    @property
    def unit(self) -> Unit:
        return self.definition.unit

    @property
    def polarity(self) -> Polarity:
        return self.definition.polarity

    @property
    def current(self) -> Observation | None:
        return self.observations[-1] if self.observations else None

    @property
    def previous(self) -> Observation | None:
        return self.observations[-2] if len(self.observations) > 1 else None

    def comparisons(self) -> tuple[Comparison, ...]:
        """The current figure against each comparator given for the same period,
        England first.

        A comparator given only with an earlier figure is not compared: a figure for
        2013–14 is neither better nor worse than England's for 2010 to 2013. Those are
        ``earlier_comparators``, shown with their period.
        """
        current = self.current
        if current is None:
            return ()
        found = []
        for kind in ComparatorKind:
            comparator = current.comparator(kind)
            if comparator is None:
                continue
            if comparator.value is not None:
                rating = rate(current.value, comparator.value, self.unit, self.polarity)
            elif comparator.stated is not None:
                rating = rate_stated(comparator.stated, self.polarity)
            else:
                continue
            found.append(Comparison(comparator, rating, current.period))
        return tuple(found)

    def earlier_comparators(self) -> tuple[EarlierComparator, ...]:
        """For each comparator the current figure lacks, the newest earlier figure's, with
        that figure's period, England first. Shown for context; never compared."""
        current = self.current
        if current is None:
            return ()
        found = []
        for kind in ComparatorKind:
            if current.comparator(kind) is not None:
                continue
            for observation in reversed(self.observations[:-1]):
                comparator = observation.comparator(kind)
                if comparator is not None and (
                    comparator.value is not None or comparator.stated is not None
                ):
                    found.append(EarlierComparator(comparator, observation.period))
                    break
        return tuple(found)

    def trend_comparable(self) -> bool:
        """True when the figure before is for the same kind of period as the current one
        (a year's against a year's, not against an average over three years), so which
        way it moved can be judged."""
        current, previous = self.current, self.previous
        return (
            current is not None
            and previous is not None
            and same_kind(previous.period, current.period)
        )

    def trend(self) -> Trend:
        current, previous = self.current, self.previous
        if current is None or previous is None:
            return Trend.NO_TREND
        if not self.trend_comparable():
            return Trend.NOT_COMPARABLE
        return trend_for(rate(current.value, previous.value, self.unit, self.polarity))

    def status(self) -> Status:
        comparisons = self.comparisons()
        if comparisons:
            main = comparisons[0]
            return Status(main.rating, main.label, self.trend())
        if self.earlier_comparators():
            return Status(
                Rating.NOT_RATED, "Not compared: other figures are for another period", self.trend()
            )
        return Status(Rating.NOT_RATED, "No comparison", self.trend())

    def concern(self) -> float | None:
        """How much worse than its comparators the current figure is, from 0 (as good or
        better than every comparator) to 1 (far worse); None when nothing can be said,
        because there is no comparator or neither higher nor lower is better.

        The gap to the comparator it is furthest behind counts: for a percentage,
        ``CONCERN_POINTS`` points worse is the most; for anything else, half as much again
        (or half as long again, for days and weeks). A source that only says "below
        England" gives ``STATED_CONCERN``, since it does not say by how much.
        """
        current = self.current
        rated = [c for c in self.comparisons() if c.rating in _JUDGED]
        if current is None or not rated:
            return None
        worst = 0.0
        for comparison in rated:
            if comparison.rating is not Rating.WORSE:
                continue
            other = comparison.comparator.value
            if other is None:
                gap = STATED_CONCERN
            elif self.unit is Unit.PERCENT:
                gap = abs(current.value - other) / CONCERN_POINTS
            else:
                gap = abs(current.value - other) / (abs(other) * 0.5) if other else 1.0
            worst = max(worst, min(gap, 1.0))
        return worst

    def figures(self) -> set[float]:
        """Every number the indicator's figures hold: values, counts, groups, comparators."""
        numbers: set[float] = set()
        for observation in self.observations:
            numbers.add(observation.value)
            numbers.update(n for n in (observation.count, observation.denominator) if n is not None)
            numbers.update(c.value for c in observation.comparators if c.value is not None)
        return numbers

    @property
    def small_group(self) -> bool:
        """True when a share rests on so few children that it swings from year to year:
        a group under SMALL_GROUP, or a percentage of fewer than SMALL_COUNT children."""
        current = self.current
        if current is None:
            return False
        if current.denominator is not None:
            return current.denominator < SMALL_GROUP
        return (
            self.unit is Unit.PERCENT and current.count is not None and current.count < SMALL_COUNT
        )
