"""The sentences the app writes about a council's DfE figure, worked out by hand."""

from __future__ import annotations

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.figure_summaries import (
    figure_sentences,
    generated_summaries,
    number_in_words,
    proportion_in_words,
    quantity,
    quotable_numbers,
)
from briefing_app.domain.ratings import Polarity, Unit
from briefing_app.domain.summaries import SourceCheck
from briefing_app.domain.topics import Audience
from tests.support.statistics import OURS, period, period_figures, statistic

HOMES = statistic(
    "placements_three_or_more_percent",
    Unit.PERCENT,
    polarity=Polarity.LOWER_IS_BETTER,
    topic="safety-and-stability",
    statement="{value} children in care had three or more homes",
)


def _series(years: dict[int, tuple[str, str, dict[str, str]]]) -> FigureSeries:
    return FigureSeries(
        HOMES,
        OURS,
        {
            period(year): period_figures(HOMES.key, year, england, region, councils)
            for year, (england, region, councils) in years.items()
        },
    )


def test_numbers_in_a_fraction_are_words() -> None:
    assert [number_in_words(n) for n in (1, 11, 20, 25, 40, 100)] == [
        "one",
        "eleven",
        "twenty",
        "twenty-five",
        "forty",
        "a hundred",
    ]
    assert proportion_in_words(9) == "about one in eleven"
    assert proportion_in_words(0.4) == "fewer than one in a hundred"
    assert quantity(48.1, Unit.PERCENT) == "nearly half (48.1%) of"
    assert quantity(1230, Unit.COUNT) == "1,230"
    assert quantity(11.75, Unit.SCORE) == "11.75"


def test_a_figure_with_its_comparisons_and_trend() -> None:
    series = _series(
        {
            2021: ("11", "12", {"100": "14", "101": "10", "102": "12"}),
            2022: ("12", "12", {"100": "9", "101": "11", "102": "c", "103": "10"}),
        }
    )
    sentences = figure_sentences(series, said=period(2022))
    assert sentences == [
        "About one in eleven (9%) children in care had three or more homes "
        "[placements_three_or_more_percent].",
        "That is better than the rate for England (12%) [placements_three_or_more_percent].",
        "It is also better than the rate for councils like ours (10.5%) "
        "[placements_three_or_more_percent].",
        "It has got better since 2021 [placements_three_or_more_percent].",
    ]
    # The period is said when the summary has not said it already.
    assert figure_sentences(series)[0].endswith(
        "had three or more homes in the year to 31 March 2022 [placements_three_or_more_percent]."
    )
    check = SourceCheck({}, {HOMES.key: quotable_numbers(series)})
    assert check.problems(" ".join(figure_sentences(series))) == []


def test_a_kept_back_figure_is_said_in_words_never_as_zero() -> None:
    series = _series({2022: ("10", "12", {"100": "c", "101": "11"})})
    assert figure_sentences(series) == [
        "The DfE kept back the council's figure for a measure in the year to 31 March 2022, "
        "to protect children's privacy [placements_three_or_more_percent]."
    ]


def test_a_topic_summary_names_its_period_once() -> None:
    series = _series({2022: ("10", "12", {"100": "9", "101": "11"})})
    (summary,) = generated_summaries(Audience.CHILDREN_IN_CARE, [series])
    assert summary.topic == "safety-and-stability"
    assert summary.text.startswith(
        "These figures are for the year to 31 March 2022 [placements_three_or_more_percent]. "
        "About one in eleven (9%) children in care had three or more homes "
        "[placements_three_or_more_percent]."
    )
    assert summary.readability().meets_target
    assert generated_summaries(Audience.CARE_LEAVERS, [series]) == []
