"""An indicator's figure as evidence for a question: how worrying it is, and its words."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.outcomes import (
    Comparator,
    ComparatorKind,
    Indicator,
    IndicatorDefinition,
    Observation,
    Polarity,
    Source,
    Stated,
    Unit,
)
from briefing_app.domain.plain_english import linked_figure
from tests.support.indicators import definition

NEET = definition()
WEEKS = definition(
    "care-proceedings-weeks",
    "Weeks to finish a care case in court",
    topic="safety-and-stability",
    unit=Unit.WEEKS,
    statement="Care cases took {value} on average to finish in court",
)
COUNT = definition(
    "cla-count",
    "Children in care",
    topic="safety-and-stability",
    unit=Unit.COUNT,
    polarity=Polarity.NEITHER,
    statement="{value} children were in the council's care",
)
DAY = date(2014, 7, 16)


def _neet(value: float, *comparators: Comparator) -> Indicator:
    figure = Observation(
        DAY, "July 2014", value, comparators=comparators, source=Source(paragraphs=(104,))
    )
    return Indicator(NEET, (figure,))


def _england(value: float) -> Comparator:
    return Comparator(ComparatorKind.ENGLAND, value)


def test_as_good_as_or_better_than_comparators_is_no_concern() -> None:
    assert _neet(30, _england(34)).concern() == 0.0
    assert _neet(34.5, _england(34)).concern() == 0.0  # about the same


def test_nothing_to_compare_with_says_nothing() -> None:
    assert _neet(48.1).concern() is None
    counted = Indicator(
        COUNT, (Observation(DAY, "2014", 318, comparators=(_england(200),), source=Source()),)
    )
    assert counted.concern() is None  # more children in care is neither better nor worse
    assert Indicator(NEET).concern() is None


def test_further_behind_is_more_concern_up_to_one() -> None:
    worse = _neet(48.1, _england(34)).concern()
    far_worse = _neet(70, _england(34)).concern()
    assert worse is not None
    assert far_worse is not None
    assert 0 < worse < far_worse
    assert far_worse == 1.0
    # The comparator furthest ahead counts, whichever it is.
    neighbours = Comparator(ComparatorKind.STATISTICAL_NEIGHBOURS, 30)
    assert _neet(48.1, _england(34), neighbours).concern() == _neet(48.1, neighbours).concern()


def test_a_source_saying_only_worse_is_a_middling_concern() -> None:
    stated = _neet(48.1, Comparator(ComparatorKind.ENGLAND, stated=Stated.ABOVE))
    concern = stated.concern()
    assert concern is not None
    assert 0 < concern < 1


@given(
    st.floats(min_value=0, max_value=100),
    st.floats(min_value=0, max_value=100),
    st.floats(min_value=0, max_value=100),
)
def test_concern_stays_between_none_and_one_and_grows_with_the_gap(
    value: float, nearer: float, further: float
) -> None:
    low, high = sorted((nearer, further))
    near = _neet(value, _england(high)).concern()
    far = _neet(value, _england(low)).concern()
    assert near is not None
    assert far is not None
    assert 0.0 <= near <= far <= 1.0


def test_a_count_behind_its_comparator_counts_by_proportion() -> None:
    def weeks(ours: float, england: float) -> float | None:
        figure = Observation(
            DAY, "2013–14", ours, comparators=(_england(england),), source=Source((60, 82))
        )
        return Indicator(WEEKS, (figure,)).concern()

    small = weeks(39, 37)
    large = weeks(60, 37)
    assert small is not None
    assert large is not None
    assert 0 < small < large
    assert weeks(37, 39) == 0.0


def test_the_figure_as_evidence() -> None:
    figure = linked_figure(_neet(48.1, _england(34)), "Portsmouth City Council, July 2014")
    assert figure is not None
    assert figure.key == "care-leavers-neet"
    assert figure.label == "Not in education, work or training"
    assert figure.value == "48.1%"
    assert figure.period == "July 2014"
    assert figure.comparison == "worse than England (34%)"
    assert figure.status == "✗ Worse than England"
    assert figure.source == "Paragraph 104, Portsmouth City Council, July 2014"
    assert figure.paragraphs == (104,)
    assert figure.sentence == (
        "Nearly half (48.1%) of care leavers were not in education, work or training in "
        "July 2014. That is worse than England (34%)."
    )
    assert figure.headline == (
        "Nearly half (48.1%) of care leavers were not in education, work or training in July 2014."
    )
    assert figure.concern == _neet(48.1, _england(34)).concern()


def test_the_source_is_named_even_without_a_comparator_or_report_title() -> None:
    figure = linked_figure(_neet(48.1))
    assert figure is not None
    assert figure.status == ""
    assert figure.comparison == ""
    assert figure.concern is None
    assert figure.source == "Paragraph 104, the inspection report"
    stated = linked_figure(_neet(48.1, Comparator(ComparatorKind.ENGLAND, stated=Stated.ABOVE)))
    assert stated is not None
    assert stated.comparison == "worse than England, the source says"


@pytest.mark.parametrize("definition", [NEET, COUNT])
def test_no_figure_yet_gives_nothing_to_show(definition: IndicatorDefinition) -> None:
    assert linked_figure(Indicator(definition)) is None
