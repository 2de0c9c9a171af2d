"""Indicators: current and previous figures, comparisons, trends and statuses."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.figure_checks import observation_problems
from briefing_app.domain.outcomes import (
    Audience,
    Comparator,
    ComparatorKind,
    Indicator,
    Observation,
    Polarity,
    Rating,
    Source,
    Stated,
    Trend,
    Unit,
    rate,
    topics_for,
)
from briefing_app.domain.wording import paragraph_ranges
from tests.support.indicators import definition

ADOPTION = definition(
    "adoption-days",
    "Days from entering care to moving in with adoptive parents",
    topic="safety-and-stability",
    unit=Unit.DAYS,
    statement="Children waited {value}",
)
SOURCE = Source(paragraphs=(83,))


def test_figures_are_held_oldest_first_and_the_newest_is_current() -> None:
    newer = Observation(date(2014, 3, 31), "2013–14", 583, source=SOURCE)
    older = Observation(date(2013, 3, 31), "2010 to 2013", 856, source=SOURCE)
    indicator = Indicator(ADOPTION, (newer, older))
    assert indicator.observations == (older, newer)
    assert indicator.current is newer
    assert indicator.previous is older
    # An average over three years and one year's figure are different measures.
    assert indicator.trend() is Trend.NOT_COMPARABLE
    year_before = Observation(date(2013, 3, 31), "2012–13", 601, source=SOURCE)
    assert Indicator(ADOPTION, (newer, year_before)).trend() is Trend.IMPROVING


def test_a_comparator_from_an_earlier_period_is_not_compared() -> None:
    # The 2014 report gives England's and similar councils' waits only for 2010 to 2013;
    # 583 days in 2013–14 is neither better nor worse than England's 647 for 2010 to 2013.
    older = Observation(
        date(2013, 3, 31),
        "2010 to 2013",
        856,
        comparators=(
            Comparator(ComparatorKind.ENGLAND, 647),
            Comparator(ComparatorKind.STATISTICAL_NEIGHBOURS, 595),
        ),
        source=SOURCE,
    )
    newer = Observation(date(2014, 3, 31), "2013–14", 583, source=SOURCE)
    indicator = Indicator(ADOPTION, (older, newer))
    assert indicator.comparisons() == ()
    earlier = indicator.earlier_comparators()
    assert [(e.comparator.kind, e.comparator.value, e.period) for e in earlier] == [
        (ComparatorKind.ENGLAND, 647, "2010 to 2013"),
        (ComparatorKind.STATISTICAL_NEIGHBOURS, 595, "2010 to 2013"),
    ]
    status = indicator.status()
    assert status.rating is Rating.NOT_RATED
    assert status.text == "– Not compared: other figures are for another period"
    assert indicator.concern() is None
    # The older figure is still compared with its own period's comparators.
    assert Indicator(ADOPTION, (older,)).status().text == "✗ Worse than England"


def test_the_current_figures_own_comparator_wins() -> None:
    older = Observation(
        date(2013, 3, 31), "2012–13", 48, (), None, (Comparator(ComparatorKind.ENGLAND, 60),)
    )
    newer = Observation(
        date(2014, 3, 31), "2013–14", 39, (), None, (Comparator(ComparatorKind.ENGLAND, 37),)
    )
    weeks = definition(
        "care-proceedings-weeks",
        "Weeks",
        topic="safety-and-stability",
        unit=Unit.WEEKS,
        statement="{value}",
    )
    comparison = Indicator(weeks, (older, newer)).comparisons()[0]
    assert comparison.comparator.value == 37
    assert comparison.period == "2013–14"
    assert comparison.rating is Rating.WORSE


def test_a_comparison_in_words_is_rated_by_polarity() -> None:
    dental = definition(
        "cla-dental-checks",
        "Dental checks on time",
        topic="health",
        polarity=Polarity.HIGHER_IS_BETTER,
        statement="{value}",
    )
    figure = Observation(
        date(2014, 7, 16),
        "July 2014",
        91,
        comparators=(Comparator(ComparatorKind.ENGLAND, None, Stated.ABOVE),),
        source=Source(paragraphs=(70,)),
    )
    assert Indicator(dental, (figure,)).status().rating is Rating.BETTER


def test_no_comparison_and_no_trend() -> None:
    figure = Observation(date(2014, 3, 31), "2013–14", 583, source=SOURCE)
    status = Indicator(ADOPTION, (figure,)).status()
    assert status.rating is Rating.NOT_RATED
    assert status.trend is Trend.NO_TREND
    assert status.text == "– No comparison"


def test_percentages_within_a_point_are_about_the_same() -> None:
    assert rate(34.5, 34, Unit.PERCENT, Polarity.LOWER_IS_BETTER) is Rating.SIMILAR
    assert rate(36, 34, Unit.PERCENT, Polarity.LOWER_IS_BETTER) is Rating.WORSE
    assert rate(36, 34, Unit.PERCENT, Polarity.NEITHER) is Rating.HIGHER


def test_every_status_has_words_an_icon_and_readable_colours() -> None:
    for rating in Rating:
        assert rating.words
        assert rating.icon
        background, foreground = rating.colours
        assert background != foreground
    for trend in Trend:
        assert trend.label
        assert trend.icon


def test_problems_with_a_figure() -> None:
    percent = definition("x", "X", topic="housing", polarity=Polarity.NEITHER, statement="{value}")
    bad = Observation(date(2015, 3, 31), "", 120, count=12, denominator=10)
    problems = observation_problems(percent, bad)
    assert any("over 100" in p for p in problems)
    assert any("larger than the group" in p for p in problems)
    assert any("period is empty" in p for p in problems)
    assert any("needs a source" in p for p in problems)
    good = Observation(date(2015, 3, 31), "2014–15", 41, source=Source(document="DfE 2015"))
    assert observation_problems(percent, good) == []


def test_paragraph_labels_and_topics() -> None:
    assert paragraph_ranges((63,)) == "paragraph 63"
    assert paragraph_ranges((60, 82)) == "paragraphs 60 and 82"
    assert paragraph_ranges((31, 79, 80)) == "paragraphs 31, 79 and 80"
    assert Source(section="Information about this local authority area").label == (
        "The section “Information about this local authority area”"
    )
    assert [t.key for t in topics_for(Audience.CARE_LEAVERS)] == [
        "support-from-workers",
        "education-and-work",
        "housing",
        "health-histories",
        "rights-and-entitlements",
    ]
    assert {"safety-and-stability", "health", "education", "leisure", "having-a-say"} <= {
        t.key for t in topics_for(Audience.CHILDREN_IN_CARE)
    }
