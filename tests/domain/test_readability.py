"""Flesch reading ease, worked out offline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.readability import (
    count_syllables,
    measure,
    number_syllables,
    sentences,
    words,
)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("the", 1),
        ("care", 1),
        ("home", 1),
        ("homes", 1),
        ("placed", 1),
        ("lived", 1),
        ("children", 2),
        ("council", 2),
        ("leavers", 2),
        ("people", 2),
        ("simple", 2),
        ("needed", 2),
        ("places", 2),
        ("wishes", 2),
        ("being", 2),
        ("family", 3),
        ("officers", 3),
        ("area", 3),
        ("employment", 3),
        ("education", 4),
        ("immunisations", 5),
        ("council's", 2),
        ("Portsmouth", 2),
    ],
)
def test_syllables_of_common_words(word: str, syllables: int) -> None:
    assert count_syllables(word) == syllables


def test_numbers_count_as_words_read_aloud() -> None:
    assert words("In 2014, 48.1% of 1,339 children.") == [
        "In",
        "2014",
        "48.1%",
        "of",
        "1,339",
        "children",
    ]
    assert number_syllables("318") == 3
    assert number_syllables("48.1%") == 5


def test_sentences_do_not_break_at_decimals_or_lower_case() -> None:
    text = "Nearly half (48.1%) were not. Most, e.g. nine in ten, were fine. Last one"
    assert sentences(text) == [
        "Nearly half (48.1%) were not.",
        "Most, e.g. nine in ten, were fine.",
        "Last one",
    ]


def test_flesch_by_hand() -> None:
    # 6 words, 6 syllables, 1 sentence: 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145
    result = measure("The cat sat on the mat.")
    assert (result.sentences, result.words, result.syllables) == (1, 6, 6)
    assert result.reading_ease == pytest.approx(116.145)
    # "Children need a safe home. Carers help them." 8 words, 10 syllables, 2 sentences:
    # 206.835 - 1.015 * 4 - 84.6 * 1.25 = 206.835 - 4.06 - 105.75 = 97.025
    result = measure("Children need a safe home. Carers help them.")
    assert (result.words, result.syllables, result.sentences) == (8, 10, 2)
    assert result.reading_ease == pytest.approx(97.025)
    assert result.meets_target
    assert result.band == "Easy to read"


def test_long_official_prose_is_flagged() -> None:
    text = (
        "The local authority had difficulty in providing accurate information about the "
        "number of care leavers and children missing from education because of contradictory "
        "management information, notwithstanding considerable organisational investment."
    )
    result = measure(text)
    assert result.reading_ease < 30
    assert not result.meets_target
    assert "Split long sentences." in result.advice()
    assert "shorter, everyday words" in result.advice()


def test_empty_text() -> None:
    result = measure("")
    assert result.reading_ease == 0
    assert not result.meets_target
    assert result.advice() == "Write the summary."


@given(st.text(max_size=300))
def test_any_text_is_measured_without_error(text: str) -> None:
    result = measure(text)
    assert result.words >= 0
    assert result.syllables >= result.words
    assert result.sentences <= max(result.words, 0) or result.words == 0


@given(st.from_regex(r"[A-Za-z]{1,20}", fullmatch=True))
def test_every_word_has_at_least_one_syllable(word: str) -> None:
    assert 1 <= count_syllables(word) <= len(word)
