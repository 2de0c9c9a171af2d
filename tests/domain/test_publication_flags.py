"""What the app flags in free text before it may be published: property tests over any
text around a councillor's name or a small count (``make fuzz`` runs many more)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.publication import FlagKind, Publications, TextKind, flags, text_digest

_FILLER = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_NAMES = st.sampled_from(["Zoë Hartley", "Łukasz Wójcik", "Hannah Møller-Jones", "Amara Okafor"])


@pytest.mark.fuzz
@given(before=_FILLER, name=_NAMES, after=_FILLER)
def test_a_councillor_on_the_list_is_flagged_wherever_they_are_named(
    before: str, name: str, after: str
) -> None:
    found = flags(f"{before} {name} {after}", [name])
    assert any(f.kind is FlagKind.NAME and name in f.words for f in found)


@pytest.mark.fuzz
@given(count=st.integers(1, 5), words=st.sampled_from(["children", "young people", "girls"]))
def test_a_small_count_is_flagged(count: int, words: str) -> None:
    found = flags(f"We spoke to the {count} {words} at the home.")
    assert [f.words for f in found if f.kind is FlagKind.SMALL_NUMBER] == [str(count)]


@pytest.mark.fuzz
@given(text=_FILLER, edit=st.text(min_size=1, max_size=5))
def test_any_edit_unpublishes(text: str, edit: str) -> None:
    published = Publications({(TextKind.ANSWER, 1): text_digest(text)})
    assert published.allows(TextKind.ANSWER, 1, text)
    assert not published.allows(TextKind.ANSWER, 1, text + edit)
    assert not published.allows(TextKind.ACTION, 1, text)
