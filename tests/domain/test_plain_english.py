"""Plain-English sentences from figures: worked examples and properties that must always hold."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.outcomes import (
    Comparator,
    ComparatorKind,
    Indicator,
    Observation,
    Polarity,
    Source,
    Stated,
    Unit,
)
from briefing_app.domain.plain_english import (
    SMALL_GROUP_CAUTION,
    comparison_sentence,
    describe,
    format_number,
    format_value,
    main_sentence,
    period_phrase,
    proportion_words,
    trend_clause,
    trend_words,
)
from tests.support.indicators import definition

SOURCE = Source(paragraphs=(104,))


def figure(
    as_at: date,
    period: str,
    value: float,
    *comparators: Comparator,
    count: int | None = None,
    denominator: int | None = None,
) -> Observation:
    return Observation(
        as_at, period, value, count, denominator, tuple(comparators), SOURCE, "", "test"
    )


def implied_fraction(words: str) -> float | None:
    """What a phrase claims, as a percentage, for the property tests."""
    match = re.search(r"(\d+) in (\d+)", words)
    if match:
        return 100 * int(match.group(1)) / int(match.group(2))
    return {
        "none": 0.0,
        "all": 100.0,
        "half": 50.0,
        "nearly half": 47.5,
        "just over half": 52.5,
        "nearly all": 97.5,
    }.get(words)


# -- proportions in words ------------------------------------------------------------


def test_the_issue_examples() -> None:
    assert proportion_words(48.1) == "nearly half"
    assert proportion_words(34) == "about 1 in 3"
    assert proportion_words(90) == "9 in 10"


def test_edges_and_exact_fractions() -> None:
    assert proportion_words(0) == "none"
    assert proportion_words(100) == "all"
    assert proportion_words(50) == "half"
    assert proportion_words(25) == "1 in 4"
    assert proportion_words(20) == "1 in 5"
    assert proportion_words(75) == "3 in 4"
    assert proportion_words(59) == "about 3 in 5"
    assert proportion_words(96) == "nearly all"
    assert proportion_words(0.4) == "fewer than 1 in 100"
    assert proportion_words(3) == "fewer than 1 in 20"
    assert proportion_words(12.7) == "about 1 in 8"


percentages = st.floats(min_value=0, max_value=100, allow_nan=False)


@given(percentages.filter(lambda p: p < 50))
def test_under_half_is_never_described_as_half_or_more(p: float) -> None:
    words = proportion_words(p)
    assert "half" not in words or words == "nearly half"
    assert words not in ("all", "nearly all", "half", "just over half")
    assert "most" not in words
    assert "more than" not in words
    implied = implied_fraction(words)
    assert implied is not None
    assert implied < 50


@given(percentages.filter(lambda p: p > 50))
def test_over_half_is_never_described_as_half_or_less(p: float) -> None:
    words = proportion_words(p)
    assert words not in ("none", "half", "nearly half")
    assert "fewer" not in words
    implied = implied_fraction(words)
    assert implied is not None
    assert implied > 50


@given(percentages)
def test_the_words_stay_close_to_the_figure(p: float) -> None:
    words = proportion_words(p)
    implied = implied_fraction(words)
    if words.startswith("fewer than 1 in"):
        assert p < 5
        return
    assert implied is not None
    assert abs(implied - p) <= 5.0, (p, words)
    if not words.startswith(("about", "nearly", "just")) and words not in ("half", "all", "none"):
        assert abs(implied - p) <= 0.05, "an exact-sounding phrase must be exact"


# -- numbers and periods ---------------------------------------------------------------


def test_numbers_and_units() -> None:
    assert format_number(1339) == "1,339"
    assert format_number(72.0) == "72"
    assert format_number(74.84) == "74.8"
    assert format_value(48.1, Unit.PERCENT) == "48.1%"
    assert format_value(583, Unit.DAYS) == "583 days"
    assert format_value(1, Unit.WEEKS) == "1 week"
    assert format_value(74.8, Unit.RATE_PER_10000) == "74.8 per 10,000"


def test_period_phrases() -> None:
    assert period_phrase("31 March 2014") == "on 31 March 2014"
    assert period_phrase("2013–14") == "in 2013–14"
    assert period_phrase("the 12 months to 31 March 2014") == "in the 12 months to 31 March 2014"
    assert period_phrase("between 2010 and 2013") == "between 2010 and 2013"


# -- sentences -------------------------------------------------------------------------


def test_a_percentage_with_a_worse_than_england_comparison() -> None:
    indicator = Indicator(
        definition(),
        (figure(date(2014, 7, 16), "July 2014", 48.1, Comparator(ComparatorKind.ENGLAND, 34)),),
    )
    assert describe(indicator) == (
        "Nearly half (48.1%) of care leavers were not in education, work or training in "
        "July 2014. That is worse than England (34%)."
    )


def test_polarity_decides_better_or_worse() -> None:
    higher_is_better = definition(polarity=Polarity.HIGHER_IS_BETTER)
    england = Comparator(ComparatorKind.ENGLAND, 34)
    indicator = Indicator(
        higher_is_better, (figure(date(2014, 7, 16), "July 2014", 48.1, england),)
    )
    assert comparison_sentence(indicator) == "That is better than England (34%)."
    neither = definition(polarity=Polarity.NEITHER)
    indicator = Indicator(neither, (figure(date(2014, 7, 16), "July 2014", 48.1, england),))
    assert comparison_sentence(indicator) == "That is higher than England (34%)."


def test_trend_a_year_apart_and_otherwise() -> None:
    offending = Indicator(
        definition(statement="{value} children in care had offended"),
        (
            figure(date(2012, 12, 31), "2012", 8),
            figure(date(2013, 12, 31), "2013", 12.7),
        ),
    )
    assert trend_clause(offending) == ", up from 8% a year before"
    assert main_sentence(offending) == (
        "About 1 in 8 (12.7%) children in care had offended in 2013, up from 8% a year before."
    )
    assert trend_words(offending) == "▲ Up from 8% (getting worse)"
    unequal_periods = Indicator(
        definition(unit=Unit.DAYS, statement="Children waited {value}"),
        (
            figure(date(2013, 3, 31), "the three years 2010 to 2013", 856),
            figure(date(2014, 3, 31), "2013–14", 583),
        ),
    )
    assert trend_clause(unequal_periods) == ", down from 856 days in the three years 2010 to 2013"
    assert trend_words(unequal_periods) == (
        "▼ Down from 856 days in the three years 2010 to 2013: another kind of period, not judged"
    )


def test_an_older_comparator_is_named_with_its_period() -> None:
    indicator = Indicator(
        definition(unit=Unit.DAYS, statement="Children waited {value}"),
        (
            figure(
                date(2013, 3, 31),
                "2010 to 2013",
                856,
                Comparator(ComparatorKind.ENGLAND, 647),
                Comparator(ComparatorKind.STATISTICAL_NEIGHBOURS, 595),
            ),
            figure(date(2014, 3, 31), "2013–14", 583),
        ),
    )
    assert comparison_sentence(indicator) == (
        "The figures for England (647 days) and similar councils (595 days) are for 2010 "
        "to 2013, another period, so the app does not compare them with this one."
    )


def test_a_comparison_in_words_is_the_sources() -> None:
    indicator = Indicator(
        definition(polarity=Polarity.HIGHER_IS_BETTER, statement="{value} had dental checks"),
        (
            figure(
                date(2014, 7, 16),
                "July 2014",
                91,
                Comparator(ComparatorKind.ENGLAND, None, Stated.ABOVE),
            ),
        ),
    )
    assert comparison_sentence(indicator) == "That is better than England, the source says."


def test_small_groups_carry_a_caution() -> None:
    small = Indicator(
        definition(polarity=Polarity.HIGHER_IS_BETTER, statement="{value} got five GCSEs"),
        (figure(date(2014, 7, 16), "July 2014", 17, count=5),),
    )
    assert describe(small).endswith(SMALL_GROUP_CAUTION)
    large = Indicator(
        definition(), (figure(date(2014, 7, 16), "July 2014", 48.1, count=50, denominator=104),)
    )
    assert SMALL_GROUP_CAUTION not in describe(large)
    small_group = Indicator(
        definition(unit=Unit.COUNT, statement="{value} sibling groups lived together"),
        (figure(date(2014, 7, 16), "July 2014", 9, denominator=12),),
    )
    assert describe(small_group) == (
        "9 of 12 sibling groups lived together in July 2014. " + SMALL_GROUP_CAUTION
    )


def test_no_figure_yet() -> None:
    assert describe(Indicator(definition())) == (
        "There is no figure yet for not in education, work or training."
    )


@given(
    st.floats(min_value=0, max_value=100, allow_nan=False),
    st.floats(min_value=0, max_value=100, allow_nan=False),
)
def test_swapping_polarity_swaps_better_and_worse(ours: float, england: float) -> None:
    comparator = Comparator(ComparatorKind.ENGLAND, england)
    observation = figure(date(2014, 7, 16), "July 2014", ours, comparator)
    higher = comparison_sentence(
        Indicator(definition(polarity=Polarity.HIGHER_IS_BETTER), (observation,))
    )
    lower = comparison_sentence(
        Indicator(definition(polarity=Polarity.LOWER_IS_BETTER), (observation,))
    )
    swapped = {"better": "worse", "worse": "better"}
    word = higher.split()[2]
    if word in swapped:
        assert lower.split()[2] == swapped[word]
        assert (word == "better") == (ours > england)
    else:
        assert higher == lower
        assert "about the same as" in higher
