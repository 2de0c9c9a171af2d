"""Chart definitions: one description of a chart, checked before any renderer sees it."""

from __future__ import annotations

import math

import pytest

from briefing_app.domain.pack_charts import ChartDefinition, ChartKind, Series


def _chart(**changes: object) -> ChartDefinition:
    fields: dict[str, object] = {
        "title": "Care leavers not in education, employment or training",
        "kind": ChartKind.BAR,
        "categories": ("Portsmouth", "Similar councils", "England"),
        "series": (Series("2014", (48.1, None, 34.0)),),
        "unit": "%",
        "source": "Ofsted report, paragraph 104",
    }
    fields.update(changes)
    return ChartDefinition(**fields)  # type: ignore[arg-type]


def test_values_are_described_in_words_with_their_unit() -> None:
    chart = _chart()
    assert chart.text_alternative() == (
        "Portsmouth: 48.1%; Similar councils: no figure; England: 34%."
    )
    assert chart.format_value(7.0) == "7%"


def test_several_series_are_named_in_the_text() -> None:
    chart = _chart(
        kind=ChartKind.LINE,
        categories=("2012", "2013", "2014"),
        series=(Series("Portsmouth", (856, 700, 583)), Series("England", (647, 647, 647))),
        unit="days",
    )
    text = chart.text_alternative()
    assert text.startswith("Portsmouth: 2012: 856 days; 2013: 700 days; 2014: 583 days.")
    assert "England: 2012: 647 days" in text


def test_the_value_axis_always_includes_zero() -> None:
    assert _chart().value_range() == (0.0, 48.1)
    assert _chart(series=(Series("x", (-3.0, 2.0, 1.0)),)).value_range() == (-3.0, 2.0)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"categories": ()}, "no categories"),
        ({"series": ()}, "no series"),
        ({"series": (Series("2014", (1.0, 2.0)),)}, "2 values for 3 categories"),
        ({"series": (Series("2014", (1.0, math.nan, 2.0)),)}, "not finite"),
        ({"kind": ChartKind.LINE, "horizontal": True}, "only bar charts"),
    ],
)
def test_a_malformed_definition_is_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _chart(**changes)
