"""A council's figure against England, its region and its neighbours, its rank, quartile
and trend: each checked on a small example worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.domain.benchmarks import (
    PeriodFigures,
    benchmark,
    neighbour_mean,
    ordinal,
    position,
    series_trend,
)
from briefing_app.domain.councils import Council
from briefing_app.domain.figures_view import figures_document
from briefing_app.domain.outcomes import ComparatorKind
from briefing_app.domain.ratings import Polarity, Rating, Trend, Unit
from briefing_app.domain.statistics import (
    AreaLevel,
    DfeSource,
    FigureSource,
    Period,
    PublishedFigure,
    PublishedValue,
    SeriesBreak,
    StatisticDefinition,
)
from briefing_app.domain.topics import Audience

PERIOD = Period(date(2022, 3, 31), "year ending 31 March 2022")
OURS = Council(
    "100", "E06000100", "Ourtown", "E12000008", "South East", ("101", "102", "103", "104")
)


def _definition(
    polarity: Polarity = Polarity.HIGHER_IS_BETTER,
    unit: Unit = Unit.PERCENT,
    *,
    within: float | None = None,
    breaks: tuple[SeriesBreak, ...] = (),
) -> StatisticDefinition:
    return StatisticDefinition(
        key="measure",
        label="A measure",
        definition="What it is.",
        unit=unit,
        polarity=polarity,
        audience=Audience.CHILDREN_IN_CARE,
        topic="health",
        source=DfeSource("Publication", "Table", "file.csv", ("percentage",), (("Row",),)),
        similar_within=within,
        breaks=breaks,
    )


def _figure(level: AreaLevel, code: str, text: str, line: int = 2) -> PublishedFigure:
    return PublishedFigure(
        "measure",
        PERIOD,
        level,
        code,
        PublishedValue.parse(text),
        FigureSource("file.csv", line, "Publication"),
    )


def _figures(councils: dict[str, str], england: str = "18", region: str = "20.5") -> PeriodFigures:
    return PeriodFigures(
        "measure",
        PERIOD,
        _figure(AreaLevel.ENGLAND, "E92000001", england, line=2),
        {"E12000008": _figure(AreaLevel.REGION, "E12000008", region, line=3)},
        {
            code: _figure(AreaLevel.COUNCIL, code, text, line=10 + i)
            for i, (code, text) in enumerate(councils.items())
        },
    )


# Councils 100 (ours) 20, 101 10, 102 30, 103 c, 104 has no row, 200 20 (not a neighbour).
FIGURES = _figures({"100": "20", "101": "10", "102": "30", "103": "c", "200": "20"})


def test_rank_counts_the_councils_ahead_and_shares_ties() -> None:
    # Higher is better: only 30 is ahead of 20, so 20 ranks 2nd of 4 (the symbol is left out).
    higher = position(20, FIGURES, Polarity.HIGHER_IS_BETTER)
    assert (higher.rank, higher.of) == (2, 4)
    # Council 200 also has 20 and shares the rank.
    assert position(20, FIGURES, Polarity.HIGHER_IS_BETTER).rank == 2
    # Lower is better: only 10 is ahead of 20.
    assert position(20, FIGURES, Polarity.LOWER_IS_BETTER).rank == 2
    assert position(10, FIGURES, Polarity.LOWER_IS_BETTER).rank == 1
    assert position(10, FIGURES, Polarity.HIGHER_IS_BETTER).rank == 4
    # Neither: rank 1 is the highest.
    assert position(30, FIGURES, Polarity.NEITHER).rank == 1


def test_quartiles_split_the_ranked_councils_into_four() -> None:
    # Of 4 councils: ranks 1, 2, 3, 4 are quartiles 1, 2, 3, 4.
    assert [position(v, FIGURES, Polarity.HIGHER_IS_BETTER).quartile for v in (30, 20, 10)] == [
        1,
        2,
        4,
    ]
    big = _figures({str(100 + i): str(i) for i in range(150)})
    # 150 councils: ranks 1 to 38 are the first quarter (1 + 37 * 4 // 150 = 1).
    assert position(149 - 37, big, Polarity.HIGHER_IS_BETTER).quartile == 1
    assert position(149 - 38, big, Polarity.HIGHER_IS_BETTER).quartile == 2
    assert position(0, big, Polarity.HIGHER_IS_BETTER).quartile == 4


def test_the_position_says_which_way_rank_one_goes() -> None:
    words = position(30, FIGURES, Polarity.HIGHER_IS_BETTER).words
    assert words == (
        "Ranked 1st of 4 councils (1st quarter, the best). "
        "Rank 1 is the highest figure, because higher is better."
    )
    lower = position(30, FIGURES, Polarity.LOWER_IS_BETTER).words
    assert lower.startswith("Ranked 4th of 4 councils (4th quarter, the worst).")
    assert lower.endswith("Rank 1 is the lowest figure, because lower is better.")
    neither = position(10, FIGURES, Polarity.NEITHER).words
    assert "4th quarter, the lowest figures" in neither
    assert "Neither higher nor lower is better in itself." in neither


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 102, 111)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "102nd",
        "111th",
    ]


def test_the_neighbours_mean_uses_only_published_figures_and_says_how_many() -> None:
    # Neighbours 101 (10) and 102 (30) have figures; 103 is "c" and 104 has no row.
    mean = neighbour_mean(OURS, FIGURES)
    assert (mean.value, mean.available, mean.of) == (20.0, 2, 4)
    assert mean.without == ("103", "104")
    assert mean.words == "Average of 2 of the 4 statistical neighbours (2 had no published figure)."


def test_the_mean_is_rounded_half_up_to_one_more_place_than_published() -> None:
    council = Council("100", "E1", "Ourtown", "E12000008", "South East", ("101", "102", "103"))
    assert neighbour_mean(council, _figures({"101": "70", "102": "71"})).value == 70.5
    assert neighbour_mean(council, _figures({"101": "1", "102": "2", "103": "2"})).value == 1.7
    # 13.8, 14.5 and 14.55 average 14.28333...: 14.55 has two places, so the mean has three.
    decimals = _figures({"101": "13.8", "102": "14.5", "103": "14.55"})
    assert neighbour_mean(council, decimals).value == 14.283
    # 0.25 and 0.30: 0.275 to three places (no binary rounding surprise).
    assert neighbour_mean(council, _figures({"101": "0.25", "102": "0.30"})).value == 0.275


def test_no_neighbours_and_no_published_neighbour_figures_say_so() -> None:
    lonely = Council("909", "E10000006", "Cumbria", "E12000002", "North West")
    assert neighbour_mean(lonely, FIGURES).words == "No statistical neighbours to compare with."
    council = Council("100", "E1", "Ourtown", "E12000008", "South East", ("103",))
    mean = neighbour_mean(council, FIGURES)
    assert (mean.value, mean.available) == (None, 0)
    assert mean.words == "No published figure for any of the 1 statistical neighbours."


def test_a_figure_is_compared_with_each_comparator_for_the_same_period() -> None:
    # Ours 20%: England 18 (2 points better), region 20.5 (within 1 point), neighbours 20.
    item = benchmark(_definition(Polarity.HIGHER_IS_BETTER), OURS, FIGURES)
    compared = {c.kind: c for c in item.comparisons()}
    assert compared[ComparatorKind.ENGLAND].rating is Rating.BETTER
    assert compared[ComparatorKind.REGION].rating is Rating.SIMILAR
    assert compared[ComparatorKind.STATISTICAL_NEIGHBOURS].rating is Rating.SIMILAR
    assert compared[ComparatorKind.ENGLAND].label == "✓ Better than England"
    assert compared[ComparatorKind.REGION].label == "≈ About the same as the region"
    lower = benchmark(_definition(Polarity.LOWER_IS_BETTER), OURS, FIGURES)
    assert lower.comparisons()[0].rating is Rating.WORSE
    neither = benchmark(_definition(Polarity.NEITHER), OURS, FIGURES)
    assert neither.comparisons()[0].rating is Rating.HIGHER
    assert item.figure_words == "20%"
    assert item.position is not None
    assert item.position.rank == 2


def test_similar_within_sets_how_close_is_about_the_same() -> None:
    # Exclusions: 0.38% against England's 0.03% is 0.35 points: within the unit's 1 point,
    # but not within the indicator's own 0.1.
    figures = _figures({"100": "0.38"}, england="0.03", region="0.3")
    plain = benchmark(_definition(Polarity.LOWER_IS_BETTER), OURS, figures).comparisons()
    assert plain[0].rating is Rating.SIMILAR
    tight = benchmark(_definition(Polarity.LOWER_IS_BETTER, within=0.1), OURS, figures)
    ratings = [c.rating for c in tight.comparisons()]
    assert ratings[:2] == [Rating.WORSE, Rating.SIMILAR]


def test_a_symbol_is_never_compared_ranked_or_averaged() -> None:
    council = Council("103", "E1", "Smalltown", "E12000008", "South East", ("101", "102"))
    item = benchmark(_definition(), council, FIGURES)
    assert item.value is not None
    assert item.value.number is None
    assert item.position is None
    assert all(c.rating is Rating.NOT_RATED for c in item.comparisons())
    assert item.comparisons()[0].label == "– Not compared with England (no figure to compare)"
    assert item.figure_words.startswith("“c”: Not published, to protect children's privacy")


def test_a_council_with_no_row_says_so() -> None:
    council = Council("104", "E1", "Newtown", "E12000008", "South East")
    item = benchmark(_definition(), council, FIGURES)
    assert item.own is None
    assert item.figure_words == (
        "The DfE published no figure for Newtown for the year ending 31 March 2022."
    )


def _series(*texts: str | None, start: int = 2018) -> list[tuple[Period, PublishedValue | None]]:
    return [
        (
            Period(date(start + i, 3, 31), f"year ending 31 March {start + i}"),
            PublishedValue.parse(text) if text is not None else None,
        )
        for i, text in enumerate(texts)
    ]


def test_a_trend_runs_from_the_earliest_comparable_figure_to_the_latest() -> None:
    # Lower is better: 14% in 2018 to 9% in 2022 is getting better; 10% in 2021 to 9% in
    # 2022 is within a point: about the same. The "c" in 2020 is passed over.
    trend = series_trend(_definition(Polarity.LOWER_IS_BETTER), _series("14", "12", "c", "10", "9"))
    assert trend.trend is Trend.IMPROVING
    assert trend.recent is Trend.STEADY
    assert trend.since == Period(date(2018, 3, 31), "year ending 31 March 2018")
    assert trend.icon == "✓"
    assert trend.words == (
        "✓ Getting better: 14% in the year ending 31 March 2018, 9% in the year ending "
        "31 March 2022. Since the year ending 31 March 2021: about the same."
    )
    worse = series_trend(_definition(Polarity.HIGHER_IS_BETTER), _series("14", "9"))
    assert worse.trend is Trend.WORSENING
    assert worse.words.startswith("✗ Getting worse: 14% in the year ending 31 March 2018")
    neither = series_trend(_definition(Polarity.NEITHER, Unit.RATE_PER_10000), _series("60", "70"))
    assert neither.trend is Trend.RISING
    assert neither.words.startswith("▲ Rising: 60 per 10,000 children")


def test_no_trend_is_drawn_across_a_break() -> None:
    census = SeriesBreak(2022, "Rates for 2022 use new counts of children.")
    definition = _definition(Polarity.NEITHER, Unit.RATE_PER_10000, breaks=(census,))
    trend = series_trend(definition, _series("60", "62", "64", "66", "90"))
    assert trend.trend is Trend.NOT_COMPARABLE
    assert trend.words == (
        "≠ Not comparable with earlier years. Rates for 2022 use new counts of children."
    )
    # A break before the latest years leaves the years since it to compare.
    covid = SeriesBreak(2020, "Schools closed.")
    since = series_trend(
        _definition(Polarity.LOWER_IS_BETTER, breaks=(covid,)), _series("1", "1", "9", "7", "4")
    )
    assert since.trend is Trend.IMPROVING
    assert since.since == Period(date(2020, 3, 31), "year ending 31 March 2020")


def test_no_trend_without_a_latest_figure_or_an_earlier_one() -> None:
    suppressed = series_trend(_definition(), _series("50", "c"))
    assert suppressed.trend is Trend.NO_TREND
    assert suppressed.words.startswith(
        "– No trend: the figure for the year ending 31 March 2019 is marked “c”: not published"
    )
    missing = series_trend(_definition(), _series("50", None), lambda p: f"No row for {p.year}.")
    assert missing.words == "– No trend: no row for 2019."
    alone = series_trend(_definition(), _series(None, "50"))
    assert alone.trend is Trend.NO_TREND
    assert alone.words == "– No earlier figure to compare with."
    assert series_trend(_definition(), []).words == "No figures held."


def test_the_machine_readable_view_gives_values_as_published() -> None:
    definition = _definition()
    figures = _figures({"100": "20", "101": "10", "102": "30", "103": ":"}, england="18")
    ours = benchmark(definition, OURS, figures)
    smalltown = Council("103", "E06000103", "Smalltown", "E12000008", "South East")
    suppressed = benchmark(definition, smalltown, figures)
    document = figures_document(OURS, [ours])
    assert document == {
        "council": {"name": "Ourtown", "new_la_code": "E06000100", "old_la_code": "100"},
        "figures": [
            {
                "indicator": "measure",
                "period_end": "2022-03-31",
                "value": 20,
                "symbol": None,
                "england": 18,
                "region": 20.5,
                "neighbours": 20.0,
                "neighbours_count": 2,
                "rank": 2,
                "source": "Department for Education, Publication: file.csv, line 10",
            }
        ],
    }
    assert isinstance(document["figures"][0]["value"], int)
    entry = figures_document(smalltown, [suppressed])["figures"][0]
    assert (entry["value"], entry["symbol"], entry["rank"]) == (None, "x", None)
    assert entry["neighbours_count"] == 0


@pytest.mark.parametrize("text", ["~", "low"])
def test_the_older_rounds_to_zero_mark_is_given_as_low(text: str) -> None:
    figures = _figures({"100": text})
    entry = figures_document(OURS, [benchmark(_definition(), OURS, figures)])["figures"][0]
    assert entry["symbol"] == "low"
    assert entry["value"] is None


def test_a_councils_points_are_its_values_oldest_first_with_none_where_it_has_no_row() -> None:
    from briefing_app.domain.benchmarks import council_points

    earlier = Period(date(2021, 3, 31), "year ending 31 March 2021")
    older = PeriodFigures(
        "measure", earlier, None, {}, {"104": _figure(AreaLevel.COUNCIL, "104", "7")}
    )
    periods = {PERIOD: FIGURES, earlier: older}
    assert council_points(OURS, periods) == [(earlier, None), (PERIOD, PublishedValue.parse("20"))]
    newtown = Council("104", "E1", "Newtown", "E12000008", "South East")
    assert council_points(newtown, periods) == [
        (earlier, PublishedValue.parse("7")),
        (PERIOD, None),
    ]
