"""Chart definitions built once from domain data, for any renderer."""

from __future__ import annotations

import itertools
import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.chart_styles import BESIDE_COLOUR, COMPARATOR_COLOURS, OURS_COLOUR
from briefing_app.domain.charts import (
    Axis,
    Chart,
    ChartKind,
    Point,
    Series,
    comparison_chart,
    count_chart,
    nice_axis,
    trend_chart,
)
from briefing_app.domain.outcomes import (
    Comparator,
    ComparatorKind,
    Indicator,
    Observation,
    Source,
    Stated,
    Unit,
)
from tests.support.indicators import definition

DAYS = definition(
    "adoption-days",
    "Days to adoption",
    topic="safety-and-stability",
    unit=Unit.DAYS,
    statement="{value}",
)
SOURCE = Source(paragraphs=(83,))
OLDER = Observation(
    date(2013, 3, 31),
    "2010 to 2013",
    856,
    comparators=(
        Comparator(ComparatorKind.ENGLAND, 647),
        Comparator(ComparatorKind.STATISTICAL_NEIGHBOURS, 595),
    ),
    source=SOURCE,
)
NEWER = Observation(date(2014, 3, 31), "2013–14", 583, source=SOURCE)


CURRENT = Observation(
    date(2014, 3, 31),
    "2013–14",
    583,
    comparators=(
        Comparator(ComparatorKind.ENGLAND, 647),
        Comparator(ComparatorKind.STATISTICAL_NEIGHBOURS, 595),
    ),
    source=SOURCE,
)


def test_comparison_bars_put_us_first_then_similar_councils_then_england() -> None:
    chart = comparison_chart(Indicator(DAYS, (OLDER, CURRENT)), "Portsmouth")
    assert chart is not None
    assert chart.kind is ChartKind.COMPARISON
    points = chart.series[0].points
    assert [(p.category, p.value, p.label) for p in points] == [
        ("Portsmouth", 583, "583 days"),
        ("Similar councils (statistical neighbours)", 595, "595 days"),
        ("England", 647, "647 days"),
    ]
    assert points[0].emphasis
    assert points[0].colour == OURS_COLOUR
    assert not points[1].emphasis
    assert len({p.colour for p in points}) == 3
    assert chart.axis.minimum == 0
    assert chart.axis.maximum >= 647
    assert chart.notes == ("Lower is better.",)
    for point in points:
        assert point.label in chart.description
        assert point.category in chart.description


def test_comparators_of_an_earlier_period_are_not_set_beside_ours() -> None:
    # 583 days in 2013–14 beside England's 647 for 2010 to 2013 would invite a
    # comparison across periods: there is no bar chart, only the trend, where England's
    # figure stands at its own period.
    indicator = Indicator(DAYS, (OLDER, NEWER))
    assert comparison_chart(indicator, "Portsmouth") is None
    trend = trend_chart(indicator, "Portsmouth")
    assert trend is not None
    england = next(s for s in trend.series if s.name == "England")
    assert [(p.category, p.value) for p in england.points] == [
        ("2010 to 2013", 647),
        ("2013–14", None),
    ]


def test_no_comparison_chart_without_comparator_figures() -> None:
    stated = Observation(
        date(2014, 7, 16),
        "July 2014",
        91,
        comparators=(Comparator(ComparatorKind.ENGLAND, None, Stated.ABOVE),),
        source=SOURCE,
    )
    assert comparison_chart(Indicator(DAYS, (stated,)), "Portsmouth") is None


def test_trend_runs_oldest_first_with_comparators_as_dashed_series() -> None:
    chart = trend_chart(Indicator(DAYS, (NEWER, OLDER)), "Portsmouth")
    assert chart is not None
    assert chart.kind is ChartKind.TREND
    assert chart.categories == ("2010 to 2013", "2013–14")
    ours, *others = chart.series
    assert ours.name == "Portsmouth"
    assert ours.emphasis
    assert [p.value for p in ours.points] == [856, 583]
    assert {s.name for s in others} == {"Similar councils (statistical neighbours)", "England"}
    assert all(s.dashed for s in others)
    assert len({s.marker for s in chart.series}) == len(chart.series)
    england = next(s for s in others if s.name == "England")
    assert [p.value for p in england.points] == [647, None]
    assert "2010 to 2013: 856 days; 2013–14: 583 days" in chart.description
    # The comparators' figures are in words too, for anyone who cannot see the lines.
    assert "England: 2010 to 2013: 647 days." in chart.description


def test_no_trend_chart_from_one_figure() -> None:
    assert trend_chart(Indicator(DAYS, (NEWER,)), "Portsmouth") is None


def test_percent_axes() -> None:
    assert nice_axis(77, Unit.PERCENT).maximum == 100
    axis = nice_axis(48.1, Unit.PERCENT)
    assert axis.maximum == 50
    assert axis.ticks[-1] == (50.0, "50%")


@given(
    st.floats(min_value=0.01, max_value=1e6, allow_nan=False),
    st.sampled_from(list(Unit)),
)
def test_the_axis_always_holds_the_largest_value(largest: float, unit: Unit) -> None:
    axis = nice_axis(largest, unit)
    assert axis.maximum >= largest
    assert 2 <= len(axis.ticks) <= 11
    assert axis.ticks[0][0] == 0
    assert axis.ticks[-1][0] == axis.maximum
    values = [value for value, _ in axis.ticks]
    assert values == sorted(values)
    assert 0 <= axis.fraction(largest) <= 1


def test_a_hidden_figure_keeps_its_place_but_not_its_value() -> None:
    indicator = Indicator(DAYS, (OLDER, NEWER))
    chart = comparison_chart(
        Indicator(DAYS, (OLDER, CURRENT)), "Portsmouth", hidden={NEWER.as_at}, hidden_label="[c]"
    )
    assert chart is not None
    ours = chart.series[0].points[0]
    assert (ours.category, ours.value, ours.label) == ("Portsmouth", None, "[c]")
    assert "Portsmouth: [c]" in chart.description
    assert "583" not in chart.description
    assert chart.axis.maximum >= 647  # the comparators still set the axis
    # A trend with only one figure left to draw is not drawn at all.
    assert trend_chart(indicator, "Portsmouth", hidden={NEWER.as_at}, hidden_label="[c]") is None


def test_a_count_chart_lists_each_category_with_its_count() -> None:
    chart = count_chart(
        "Paragraphs by theme",
        [("Health", 12), ("Education", 8)],
        counted="paragraphs",
        notes=("A paragraph can speak about more than one theme.",),
    )
    assert chart is not None
    assert chart.kind is ChartKind.COMPARISON
    assert [(p.category, p.value, p.label) for p in chart.series[0].points] == [
        ("Health", 12.0, "12"),
        ("Education", 8.0, "8"),
    ]
    assert chart.axis.title == "Paragraphs"
    assert chart.description == (
        "Bar chart of how many paragraphs each has: Health: 12; Education: 8. "
        "A paragraph can speak about more than one theme."
    )
    assert count_chart("Nothing", [], counted="paragraphs") is None


def _points(*values: float | None) -> tuple[Point, ...]:
    return tuple(Point(f"p{n}", v, "") for n, v in enumerate(values))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"categories": ()}, "no categories"),
        ({"series": ()}, "no series"),
        ({"series": (Series("a", "#000000", _points(1.0)),) * 2}, "exactly one series"),
        ({"series": (Series("a", "#000000", (Point("elsewhere", 1.0, ""),)),)}, "not one of"),
        ({"series": (Series("a", "#000000", _points(1.0, math.nan)),)}, "not finite"),
        ({"axis": Axis(5.0, 5.0, (), "Number")}, "axis must run upwards"),
    ],
)
def test_a_malformed_chart_is_refused(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {
        "kind": ChartKind.COMPARISON,
        "title": "Care leavers not in work",
        "categories": ("p0", "p1"),
        "series": (Series("a", "#000000", _points(1.0, None)),),
        "axis": nice_axis(1.0, Unit.COUNT),
        "description": "",
    }
    fields.update(changes)
    with pytest.raises(ValueError, match=message):
        Chart(**fields)  # type: ignore[arg-type]


def _grey(colour: str) -> float:
    """The lightness a greyscale printer gives ``colour`` (0 black to 255 white)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue


def _contrast_with_white(colour: str) -> float:
    def linear(part: int) -> float:
        c = part / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return 1.05 / (luminance + 0.05)


def test_the_series_colours_differ_in_grey_and_stand_out_against_white() -> None:
    # Five lines at most: ours, England, the region, the neighbours' average and one
    # neighbour put beside ours.
    colours = {
        "ours": OURS_COLOUR,
        "beside": BESIDE_COLOUR,
        **{k.value: c for k, c in COMPARATOR_COLOURS.items()},
    }
    for (name_a, a), (name_b, b) in itertools.combinations(colours.items(), 2):
        assert abs(_grey(a) - _grey(b)) >= 25, (name_a, name_b)
    for name, colour in colours.items():
        assert _contrast_with_white(colour) >= 3, name
