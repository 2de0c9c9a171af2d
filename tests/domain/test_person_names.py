from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.person_names import loose_key, loosely_contains, name_key


def test_exact_keys_ignore_case_spacing_and_encoding() -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë Hartley")
    assert decomposed != "Zoë Hartley"
    assert name_key(decomposed) == name_key("  ZOË   hartley ")
    assert name_key("Łukasz Wójcik") != name_key("Lukasz Wojcik")


def test_loose_keys_drop_accents_and_fold_letters() -> None:
    assert loose_key("Łukasz Wójcik") == loose_key("lukasz wojcik")
    assert loose_key("Hannah Møller-Jones") == "hannah moller-jones"
    assert loosely_contains("Łukasz Wójcik", "wojc")


@given(st.text())
def test_keys_are_stable(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)
    assert loose_key(loose_key(text)) == loose_key(text)
