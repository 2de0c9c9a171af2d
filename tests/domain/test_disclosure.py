"""Small local counts are hidden in public packs, so no child can be identified."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.disclosure import (
    SUPPRESSED_MARK,
    SUPPRESSION_NOTE,
    is_disclosive,
    shown_count,
    shown_share,
)
from briefing_app.domain.packs import Audience

PUBLIC = Audience.PUBLIC
MEMBERS = Audience.MEMBERS


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
