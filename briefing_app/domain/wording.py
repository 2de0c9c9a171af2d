"""Small pieces of plain English: counting ("3 questions"), listing ("a, b and c"), and
sentences (the first of a paragraph, a capital to start one)."""

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


def capitalise(text: str) -> str:
    """The text with a capital letter to start it, the rest as it is."""
    return text[:1].upper() + text[1:]


def first_sentence(text: str, max_words: int = 45) -> str:
    """The first sentence of ``text``, cut to ``max_words`` words with an ellipsis."""
    text = " ".join(text.split())
    end = len(text)
    for marker in (". ", "? ", "! "):
        found = text.find(marker)
        if found >= 0:
            end = min(end, found + 1)
    sentence = text[:end]
    words = sentence.split(" ")
    if len(words) > max_words:
        return " ".join(words[:max_words]).rstrip(",;:") + "…"
    return sentence
