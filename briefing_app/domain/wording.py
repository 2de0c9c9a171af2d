"""Counting and listing in plain English: "1 question", "3 questions", "a, b and c"."""

from __future__ import annotations

from collections.abc import Sequence


def plural(count: int, noun: str, nouns: str = "") -> str:
    """ "1 question", "3 questions"; ``nouns`` gives a plural that is not ``noun`` + s."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def joined(parts: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c" (and nothing for no parts)."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"
