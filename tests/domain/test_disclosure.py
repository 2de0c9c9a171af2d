"""Small local counts are hidden in public packs, so no child can be identified."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.disclosure import (
    SUPPRESSED_MARK,
    SUPPRESSION_NOTE,
    ShownFigure,
    children_counted,
    hidden_figures,
    hidden_numbers,
    hides,
    is_disclosive,
    is_local,
    mask_numbers,
    shown_count,
    shown_share,
)
from briefing_app.domain.outcomes import (
    Indicator,
    Observation,
    Polarity,
    Source,
    Unit,
)
from briefing_app.domain.packs.content import PackAudience
from tests.support.indicators import definition

PUBLIC = PackAudience.PUBLIC
MEMBERS = PackAudience.MEMBERS


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5])
def test_local_counts_from_one_to_five_are_hidden_in_public_packs(count: int) -> None:
    shown = shown_count(count, audience=PUBLIC, local=True)
    assert shown.suppressed
    assert shown.text == "[c]"
    assert str(count) not in shown.text


@pytest.mark.parametrize("count", [0, 6, 7, 318, 1200])
def test_zero_and_counts_over_five_are_shown(count: int) -> None:
    shown = shown_count(count, audience=PUBLIC, local=True)
    assert not shown.suppressed
    assert shown.text == f"{count:,}"


def test_members_packs_and_published_figures_show_small_counts() -> None:
    assert shown_count(3, audience=MEMBERS, local=True).text == "3"
    assert shown_count(3, audience=PUBLIC, local=False).text == "3"
    assert not shown_count(3, audience=PUBLIC, local=False).suppressed


def test_a_share_is_hidden_when_the_rest_would_give_a_small_count_away() -> None:
    # 34 of 36 sibling groups placed together tells you 2 were not.
    assert shown_share(34, 36, audience=PUBLIC, local=True).suppressed
    assert shown_share(2, 36, audience=PUBLIC, local=True).suppressed
    shown = shown_share(30, 36, audience=PUBLIC, local=True)
    assert not shown.suppressed
    assert shown.text == "30 of 36 (83%)"
    assert shown_share(34, 36, audience=MEMBERS, local=True).text == "34 of 36 (94%)"


def test_percentages_round_half_up() -> None:
    assert shown_share(1, 8, audience=MEMBERS, local=False).text == "1 of 8 (13%)"


def test_impossible_figures_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        shown_count(-1, audience=PUBLIC, local=True)
    with pytest.raises(ValueError, match="part <= whole"):
        shown_share(7, 6, audience=PUBLIC, local=True)


def test_the_footnote_explains_the_mark() -> None:
    assert SUPPRESSION_NOTE.startswith(SUPPRESSED_MARK)
    assert "between 1 and 5" in SUPPRESSION_NOTE
    assert "no child can be identified" in SUPPRESSION_NOTE


@given(st.integers(min_value=0, max_value=100_000))
def test_a_public_local_count_never_prints_a_disclosive_number(count: int) -> None:
    shown = shown_count(count, audience=PUBLIC, local=True)
    assert shown.suppressed == is_disclosive(count)
    if not shown.suppressed:
        assert not is_disclosive(int(shown.text.replace(",", "")))


@given(st.integers(min_value=0, max_value=5_000), st.integers(min_value=0, max_value=5_000))
def test_a_public_local_share_never_gives_away_a_small_group(a: int, b: int) -> None:
    part, whole = min(a, b), max(a, b)
    shown = shown_share(part, whole, audience=PUBLIC, local=True)
    if not shown.suppressed:
        assert not is_disclosive(part)
        assert not is_disclosive(whole - part)
    else:
        assert shown.text == SUPPRESSED_MARK


# -- indicator figures ---------------------------------------------------------------------

REPORT = Source(paragraphs=(104,))
SECTION = Source(section="Information about this local authority area")
PUBLISHED = "Default dataset: Ofsted's 2014 report"


def _figure(
    value: float, *, origin: str = PUBLISHED, source: Source = REPORT, **more: int
) -> Observation:
    return Observation(date(2014, 7, 16), "July 2014", value, source=source, origin=origin, **more)


def _indicator(unit: Unit, *figures: Observation) -> Indicator:
    university = definition(
        "care-leavers-university",
        "At university",
        unit=unit,
        polarity=Polarity.NEITHER,
        statement="{value}",
    )
    return Indicator(university, figures)


@pytest.mark.parametrize(
    ("figure", "local"),
    [
        (_figure(3), False),
        (_figure(3, source=SECTION), False),
        (_figure(3, origin="Imported from leavers.csv"), True),
        (_figure(3, origin="Edited in the app"), True),
        (_figure(3, origin=""), True),
        (_figure(3, source=Source(document="Leaving care caseload, 2015")), True),
        (_figure(3, source=Source(paragraphs=(104,), document="Caseload, 2015")), True),
    ],
)
def test_only_figures_loaded_from_the_published_report_are_published(
    figure: Observation, local: bool
) -> None:
    assert is_local(figure) is local


def test_the_children_a_figure_counts() -> None:
    assert children_counted(_figure(3), Unit.COUNT) == (3,)
    assert children_counted(_figure(34, denominator=36), Unit.COUNT) == (34, 2)
    assert children_counted(_figure(17, count=5), Unit.PERCENT) == (5,)
    assert children_counted(_figure(25, denominator=12), Unit.PERCENT) == (3, 9)
    assert children_counted(_figure(48.1), Unit.PERCENT) == ()
    assert children_counted(_figure(583), Unit.DAYS) == ()
    assert children_counted(_figure(74.8), Unit.RATE_PER_10000) == ()


def test_a_local_figure_is_hidden_from_the_public_when_it_counts_1_to_5_children() -> None:
    local = "Imported from leavers.csv"
    assert hides(_figure(3, origin=local), Unit.COUNT, PUBLIC)
    assert hides(_figure(34, origin=local, denominator=36), Unit.COUNT, PUBLIC)
    assert hides(_figure(17, origin=local, count=5), Unit.PERCENT, PUBLIC)
    assert not hides(_figure(17, origin=local, count=6), Unit.PERCENT, PUBLIC)
    assert not hides(_figure(3, origin=local), Unit.DAYS, PUBLIC)
    assert not hides(_figure(3, origin=local), Unit.COUNT, MEMBERS)
    assert not hides(_figure(3), Unit.COUNT, PUBLIC)  # published already


def test_the_numbers_of_hidden_figures_are_masked_in_sentences_citing_them() -> None:
    newer = Observation(
        date(2015, 3, 31), "March 2015", 3, denominator=40, source=REPORT, origin="Edited"
    )
    indicator = _indicator(Unit.COUNT, _figure(3), newer)
    hidden = hidden_figures(indicator, PUBLIC)
    assert hidden == {date(2015, 3, 31)}
    assert hidden_figures(indicator, MEMBERS) == frozenset()
    numbers = hidden_numbers(indicator, hidden)
    assert numbers == {3.0, 40.0, 37.0}
    shown = mask_numbers(
        "In 2015, 3 of 40 care leavers (7.5%) were at university; 1,340 were not.", numbers
    )
    assert (
        shown.text == "In 2015, [c] of [c] care leavers (7.5%) were at university; 1,340 were not."
    )
    assert shown.suppressed
    assert mask_numbers("Nothing to hide in 2015.", numbers) == ShownFigure(
        "Nothing to hide in 2015.", suppressed=False
    )
