"""The chart of a council's DfE figure over the last five years held, against England,
its region, its statistical neighbours' average and, if one is chosen, one neighbour.

Defined once here and drawn by the window and the packs alike (``domain/charts.py``
says how). Each line has its own marker and its own dashes, so the chart reads in grey.
A year the DfE published a symbol for is left out of its line and named in the figures
behind the chart ("c (kept back for privacy)"): a symbol is never drawn as 0. A count is
not drawn against England's or the region's total, which would dwarf it.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.domain.benchmarks import Benchmark
from briefing_app.domain.chart_styles import (
    BESIDE_COLOUR,
    BESIDE_LINE,
    BESIDE_MARKER,
    COMPARATOR_COLOURS,
    COMPARATOR_LINES,
    COMPARATOR_MARKERS,
    OURS_COLOUR,
)
from briefing_app.domain.charts import NO_FIGURE, Chart, ChartKind, Point, Series, nice_axis
from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.councils import Council
from briefing_app.domain.outcomes import ComparatorKind
from briefing_app.domain.plain_english import format_value
from briefing_app.domain.ratings import Polarity, Unit
from briefing_app.domain.statistics import Period, PublishedValue

CHART_YEARS = 5
YEAR = "Year"


def value_point(category: str, value: PublishedValue | None, unit: Unit) -> Point:
    """A published value as a point: its number, or no point and the symbol in words."""
    if value is None:
        return Point(category, None, NO_FIGURE)
    if value.number is None:
        assert value.symbol is not None
        return Point(category, None, value.symbol.short)
    return Point(category, float(value.number), format_value(value.number, unit))


def _number_point(category: str, number: float | None, unit: Unit) -> Point:
    if number is None:
        return Point(category, None, NO_FIGURE)
    return Point(category, number, format_value(number, unit))


def neighbours_label(council: Council) -> str:
    return f"Average of {council.name}'s statistical neighbours"


def _series(
    name: str,
    colour: str,
    points: Sequence[Point],
    kind: ComparatorKind,
) -> Series:
    return Series(
        name,
        colour,
        tuple(points),
        line=COMPARATOR_LINES[kind],
        marker=COMPARATOR_MARKERS[kind],
    )


def _notes(series: FigureSeries, periods: Sequence[Period]) -> tuple[str, ...]:
    notes = []
    polarity = series.definition.polarity
    if polarity is Polarity.HIGHER_IS_BETTER:
        notes.append("Higher is better.")
    elif polarity is Polarity.LOWER_IS_BETTER:
        notes.append("Lower is better.")
    else:
        notes.append("Neither higher nor lower is better in itself.")
    if series.definition.unit is Unit.COUNT:
        notes.append("England's and the region's totals are not drawn: they count many councils.")
    for one_break in series.definition.breaks:
        if periods[0].year < one_break.year <= periods[-1].year:
            notes.append(f"From {one_break.year}, figures are not comparable with earlier ones.")
    return tuple(notes)


def _listed(series: Series) -> str:
    return "; ".join(f"{p.category}: {p.label}" for p in series.points)


def benchmark_chart(
    series: FigureSeries, beside: Council | None = None, years: int = CHART_YEARS
) -> Chart | None:
    """The last ``years`` periods held, as lines: the council (emphasised), England, the
    region, the neighbours' average and ``beside``. None when there is nothing to draw."""
    chosen = list(series.benchmarks[-years:])
    if not chosen:
        return None
    unit = series.definition.unit
    council = series.council
    periods = [item.period for item in chosen]
    categories = tuple(p.short for p in periods)
    lines = [
        Series(
            council.name,
            OURS_COLOUR,
            tuple(
                value_point(c, item.value, unit) for c, item in zip(categories, chosen, strict=True)
            ),
            emphasis=True,
        )
    ]
    pairs = list(zip(categories, chosen, strict=True))
    if unit is not Unit.COUNT:
        lines.append(
            _series(
                "England",
                COMPARATOR_COLOURS[ComparatorKind.ENGLAND],
                [_published(c, item, "england", unit) for c, item in pairs],
                ComparatorKind.ENGLAND,
            )
        )
        lines.append(
            _series(
                f"{council.region_name} (region)",
                COMPARATOR_COLOURS[ComparatorKind.REGION],
                [_published(c, item, "region", unit) for c, item in pairs],
                ComparatorKind.REGION,
            )
        )
    if council.neighbours:
        lines.append(
            _series(
                neighbours_label(council),
                COMPARATOR_COLOURS[ComparatorKind.STATISTICAL_NEIGHBOURS],
                [
                    _number_point(c, item.neighbours.value, unit)
                    for c, item in zip(categories, chosen, strict=True)
                ],
                ComparatorKind.STATISTICAL_NEIGHBOURS,
            )
        )
    if beside is not None:
        values = dict(series.beside(beside))
        lines.append(
            Series(
                beside.name,
                BESIDE_COLOUR,
                tuple(
                    value_point(c, values.get(p), unit)
                    for c, p in zip(categories, periods, strict=True)
                ),
                line=BESIDE_LINE,
                marker=BESIDE_MARKER,
            )
        )
    drawn = [p.value for line in lines for p in line.points if p.value is not None]
    if not drawn:
        return None
    notes = _notes(series, periods)
    span = categories[0] if len(categories) == 1 else f"{categories[0]} to {categories[-1]}"
    what = series.label[:1].lower() + series.label[1:]
    description = (
        f"Line chart of {what}, {span}. {council.name}: {_listed(lines[0])}."
        + "".join(f" {line.name}: {_listed(line)}." for line in lines[1:])
        + f" {' '.join(notes)}"
    )
    return Chart(
        kind=ChartKind.TREND,
        title=f"{series.label}: {council.name} over {_years(len(categories))}",
        categories=categories,
        series=tuple(lines),
        axis=nice_axis(max(drawn), unit),
        description=description.strip(),
        notes=notes,
        category_title=YEAR,
        series_title="Area",
    )


def _published(category: str, item: Benchmark, which: str, unit: Unit) -> Point:
    figure = item.england if which == "england" else item.region
    return value_point(category, figure.value if figure is not None else None, unit)


def _years(count: int) -> str:
    return "one year" if count == 1 else f"{count} years"
