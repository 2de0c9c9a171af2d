"""Small pieces of plain English: counting ("3 questions"), listing ("a, b and c",
"paragraphs 13 to 23 and 137"), and sentences (the first of a paragraph, a capital to
start one)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


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


def paragraph_ranges(numbers: Iterable[int]) -> str:
    """ "paragraph 7", "paragraphs 13 to 23 and 137 to 140", "paragraphs 3, 5 and 9"."""
    ordered = sorted(set(numbers))
    if not ordered:
        return ""
    runs: list[tuple[int, int]] = []
    for number in ordered:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    parts: list[str] = []
    for first, last in runs:
        if last - first >= 2:
            parts.append(f"{first} to {last}")
        else:
            parts += [str(n) for n in range(first, last + 1)]
    noun = "paragraph" if len(ordered) == 1 else "paragraphs"
    return f"{noun} {joined(parts)}"
