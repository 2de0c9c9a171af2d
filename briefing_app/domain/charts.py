"""Charts, defined once from domain data and drawn by any renderer.

A :class:`Chart` says *what* to draw, never *how*. The window draws it with QPainter
(``ui/widgets/chart_view.py``); the PDF packs draw the same definition with reportlab
(``packs/charts.py``). A renderer follows these rules, so both look alike and say the same:

- ``title`` is shown above the chart and ``notes`` (such as "Lower is better.") below it.
  ``description`` is the text alternative: the accessible description on screen, the alt
  text in a PDF. It states every value, so nothing is lost without the picture.
- Colours are "#rrggbb" strings on a white background. Colour is never the only signal:
  the emphasised bar or series (our council) has a bold label, series have different
  ``marker`` shapes, and each comparator series its own ``line`` style (dashes, dots).
- **COMPARISON**: one horizontal bar per point of the single series, top to bottom in
  order. The bar's length is its value on ``axis`` (from ``axis.minimum`` to
  ``axis.maximum``); its category is written above it (so long names need no squeezing)
  and its ``label`` at its end. A point's own ``colour`` and ``emphasis`` override the
  series'. A point whose value is None has no bar, only its label (a figure hidden to
  keep children unidentifiable, say).
- **TREND**: ``categories`` (periods) run along the horizontal axis, oldest on the left,
  evenly spaced. Each series is a line through its points, with a ``marker`` at each; a
  point whose value is None is left out. Points of an emphasised series are labelled
  with their ``label``.
- The value axis has a gridline and a label at each of ``axis.ticks``; ``axis.title``
  names the unit.

- ``table()`` gives the figures behind the chart as a table (the window shows it at a
  key press; it is the chart's data for anyone who reads a table better than a picture).

A chart is checked when it is made (:meth:`Chart.__post_init__`), so no renderer is
handed one it cannot draw.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from briefing_app.domain.chart_styles import (
    COMPARATOR_COLOURS,
    COMPARATOR_LINES,
    COMPARATOR_MARKERS,
    OURS_COLOUR,
    LineStyle,
    Marker,
)
from briefing_app.domain.outcomes import ComparatorKind, Indicator, Polarity, Unit
from briefing_app.domain.plain_english import format_number, format_value


class ChartKind(Enum):
    COMPARISON = "comparison"
    TREND = "trend"


# Bars read best with us first, then the councils most like us, then England.
_BAR_ORDER = (
    ComparatorKind.STATISTICAL_NEIGHBOURS,
    ComparatorKind.REGION,
    ComparatorKind.ENGLAND,
)


@dataclass(frozen=True)
class Point:
    category: str
    value: float | None
    label: str
    colour: str | None = None
    emphasis: bool = False


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    points: tuple[Point, ...]
    emphasis: bool = False
    line: LineStyle = LineStyle.SOLID
    marker: Marker = Marker.CIRCLE

    @property
    def dashed(self) -> bool:
        return self.line is not LineStyle.SOLID


@dataclass(frozen=True)
class Axis:
    minimum: float
    maximum: float
    ticks: tuple[tuple[float, str], ...]
    title: str

    def fraction(self, value: float) -> float:
        """Where ``value`` sits along the axis, from 0 (minimum) to 1 (maximum)."""
        span = self.maximum - self.minimum
        if span <= 0:
            return 0.0
        return min(1.0, max(0.0, (value - self.minimum) / span))


@dataclass(frozen=True)
class ChartTable:
    """The figures behind a chart as a table, each cell a point's label (or "no
    figure"): see ``Chart.table``."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


NO_FIGURE = "no figure"


@dataclass(frozen=True)
class Chart:
    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    axis: Axis
    description: str
    notes: tuple[str, ...] = ()
    category_title: str = "Period"
    series_title: str = "Figures for"

    def __post_init__(self) -> None:
        if not self.categories:
            raise ValueError(f"Chart {self.title!r} has no categories.")
        if not self.series:
            raise ValueError(f"Chart {self.title!r} has no series.")
        if self.kind is ChartKind.COMPARISON and len(self.series) != 1:
            raise ValueError(f"Chart {self.title!r}: a comparison has exactly one series.")
        if not self.axis.maximum > self.axis.minimum:
            raise ValueError(f"Chart {self.title!r}: the axis must run upwards.")
        known = set(self.categories)
        for series in self.series:
            for point in series.points:
                if point.category not in known:
                    raise ValueError(
                        f"Chart {self.title!r}: series {series.name!r} has a point for "
                        f"{point.category!r}, which is not one of its categories."
                    )
                if point.value is not None and not math.isfinite(point.value):
                    raise ValueError(f"Chart {self.title!r}: series {series.name!r} is not finite.")

    @property
    def values(self) -> list[float]:
        """Every value drawn, across the series."""
        return [p.value for s in self.series for p in s.points if p.value is not None]

    def table(self) -> ChartTable:
        """The figures behind the chart: a bar chart's bars a row each (category and
        figure); a trend's lines a row each, with a column for each category."""
        if self.kind is ChartKind.COMPARISON:
            points = self.series[0].points
            return ChartTable(
                self.title,
                (self.category_title, self.axis.title),
                tuple((p.category, p.label or NO_FIGURE) for p in points),
            )
        rows = []
        for series in self.series:
            by_category = {p.category: p for p in series.points}
            cells = [series.name]
            for category in self.categories:
                point = by_category.get(category)
                cells.append(point.label if point is not None and point.label else NO_FIGURE)
            rows.append(tuple(cells))
        return ChartTable(self.title, (self.series_title, *self.categories), tuple(rows))


def nice_axis(largest: float, unit: Unit) -> Axis:
    """An axis from zero to a round number at or above ``largest``, with 3 to 6 ticks."""
    if unit is Unit.PERCENT and 50 < largest <= 100:
        top = 100.0
        step = 25.0
    else:
        top, step = _nice_top(max(largest, 1.0))
    count = round(top / step)
    ticks = tuple((i * step, _tick_label(i * step, unit)) for i in range(count + 1))
    return Axis(0.0, top, ticks, _axis_title(unit))


def _nice_top(largest: float) -> tuple[float, float]:
    magnitude = 10 ** math.floor(math.log10(largest))
    for multiple in (0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0):
        step = multiple * magnitude
        count = math.ceil(largest / step - 1e-9)
        if count <= 5:
            return count * step, step
    return 10 * magnitude, 2 * magnitude  # pragma: no cover - the loop always returns


def _tick_label(value: float, unit: Unit) -> str:
    return f"{format_number(value)}%" if unit is Unit.PERCENT else format_number(value)


def _axis_title(unit: Unit) -> str:
    return {
        Unit.PERCENT: "Per cent",
        Unit.COUNT: "Number",
        Unit.RATE_PER_10000: "Per 10,000 children",
        Unit.DAYS: "Days",
        Unit.WEEKS: "Weeks",
        Unit.SCORE: "Average score",
    }[unit]


def _polarity_note(polarity: Polarity) -> tuple[str, ...]:
    if polarity is Polarity.HIGHER_IS_BETTER:
        return ("Higher is better.",)
    if polarity is Polarity.LOWER_IS_BETTER:
        return ("Lower is better.",)
    return ()


def comparison_chart(
    indicator: Indicator, ours: str, *, hidden: Collection[date] = (), hidden_label: str = ""
) -> Chart | None:
    """Our current figure beside each comparator that has a figure for the same period;
    None if none has (a comparator for another period is not set beside ours).

    A figure whose date is in ``hidden`` is not drawn: its bar shows ``hidden_label``
    instead (the public packs hide small local counts this way).
    """
    current = indicator.current
    if current is None:
        return None
    unit = indicator.unit
    by_kind = {c.kind: c for c in indicator.comparisons() if c.comparator.value is not None}
    if not by_kind:
        return None
    if current.as_at in hidden:
        ours_point = Point(ours, None, hidden_label, OURS_COLOUR, True)
    else:
        ours_point = Point(
            ours, current.value, format_value(current.value, unit), OURS_COLOUR, True
        )
    points = [ours_point]
    for kind in _BAR_ORDER:
        comparison = by_kind.get(kind)
        if comparison is None or comparison.comparator.value is None:
            continue
        name = kind.column_label
        value = comparison.comparator.value
        points.append(Point(name, value, format_value(value, unit), COMPARATOR_COLOURS[kind]))
    largest = max(p.value for p in points if p.value is not None)
    description = "Bar chart comparing " + "; ".join(f"{p.category}: {p.label}" for p in points)
    notes = _polarity_note(indicator.polarity)
    return Chart(
        kind=ChartKind.COMPARISON,
        title=f"{indicator.definition.label}: how we compare",
        categories=tuple(p.category for p in points),
        series=(Series("Figures", OURS_COLOUR, tuple(points), emphasis=True),),
        axis=nice_axis(largest, unit),
        description=f"{description}. {' '.join(notes)}".strip(),
        notes=notes,
    )


def trend_chart(
    indicator: Indicator, ours: str, *, hidden: Collection[date] = (), hidden_label: str = ""
) -> Chart | None:
    """Our figures over time, with any comparator figures for the same periods.

    None until there are at least two figures. Figures dated in ``hidden`` are left out
    of the line and named by ``hidden_label`` in the description; None if fewer than two
    of our figures are left to draw.
    """
    observations = indicator.observations
    if len(observations) < 2:
        return None
    shown = [o for o in observations if o.as_at not in hidden]
    if len(shown) < 2:
        return None
    unit = indicator.unit
    categories = tuple(o.period for o in observations)
    series = [
        Series(
            ours,
            OURS_COLOUR,
            tuple(
                Point(o.period, None, hidden_label)
                if o.as_at in hidden
                else Point(o.period, o.value, format_value(o.value, unit))
                for o in observations
            ),
            emphasis=True,
        )
    ]
    for kind in _BAR_ORDER:
        points = []
        for observation in observations:
            comparator = observation.comparator(kind)
            value = comparator.value if comparator else None
            label = format_value(value, unit) if value is not None else ""
            points.append(Point(observation.period, value, label))
        if sum(p.value is not None for p in points) >= 1:
            series.append(
                Series(
                    kind.column_label,
                    COMPARATOR_COLOURS[kind],
                    tuple(points),
                    line=COMPARATOR_LINES[kind],
                    marker=COMPARATOR_MARKERS[kind],
                )
            )
    values = [p.value for s in series for p in s.points if p.value is not None]
    steps = "; ".join(f"{p.category}: {p.label}" for p in series[0].points)
    notes = _polarity_note(indicator.polarity)
    # The comparators' figures in words too, so nothing is lost without the picture.
    also = "".join(
        f" {s.name}: "
        + "; ".join(f"{p.category}: {p.label}" for p in s.points if p.value is not None)
        + "."
        for s in series[1:]
    )
    return Chart(
        kind=ChartKind.TREND,
        title=f"{indicator.definition.label}: over time",
        categories=categories,
        series=tuple(series),
        axis=nice_axis(max(values), unit),
        description=f"Line chart of {ours} over time: {steps}.{also} {' '.join(notes)}".strip(),
        notes=notes,
    )


def count_chart(
    title: str,
    counts: Sequence[tuple[str, int]],
    *,
    counted: str,
    notes: tuple[str, ...] = (),
) -> Chart | None:
    """One bar per category, most first as given: how many ``counted`` ("paragraphs") each has.

    None when there is nothing to count.
    """
    if not counts:
        return None
    points = tuple(Point(name, float(n), format_number(n)) for name, n in counts)
    axis = nice_axis(max(n for _, n in counts), Unit.COUNT)
    listed = "; ".join(f"{p.category}: {p.label}" for p in points)
    description = f"Bar chart of how many {counted} each has: {listed}."
    return Chart(
        kind=ChartKind.COMPARISON,
        title=title,
        categories=tuple(p.category for p in points),
        series=(Series(counted.capitalize(), OURS_COLOUR, points),),
        axis=Axis(axis.minimum, axis.maximum, axis.ticks, counted.capitalize()),
        description=f"{description} {' '.join(notes)}".strip(),
        notes=notes,
    )
