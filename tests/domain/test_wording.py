"""Counting and listing: the same words wherever the app counts or lists things."""

from __future__ import annotations

import pytest

from briefing_app.domain.wording import joined, plural


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 questions"), (1, "1 question"), (2, "2 questions"), (-1, "-1 questions")],
)
def test_a_count_with_its_noun(count: int, expected: str) -> None:
    assert plural(count, "question") == expected


def test_a_plural_that_is_not_just_an_s() -> None:
    assert plural(1, "child", "children") == "1 child"
    assert plural(3, "child", "children") == "3 children"


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([], ""),
        (["England"], "England"),
        (["England", "the region"], "England and the region"),
        (["3", "5", "9"], "3, 5 and 9"),
    ],
)
def test_lists_end_with_and(parts: list[str], expected: str) -> None:
    assert joined(parts) == expected
