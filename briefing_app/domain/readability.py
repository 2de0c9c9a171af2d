"""How easy a text is to read: Flesch reading ease and average sentence length.

Worked out here, in plain Python, with no word lists to download: syllables are counted
by the usual rules of English spelling (groups of vowels, less a silent final "e", and so
on), which is close enough to a dictionary for whole paragraphs.

Flesch reading ease = 206.835 - 1.015 x (words per sentence) - 84.6 x (syllables per word).
60 or more is plain English; most adults read 60 to 70 easily.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TARGET_EASE = 60.0
TARGET_SENTENCE_WORDS = 20.0

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*%?")
# A sentence ends at . ! or ? (with any closing quotes or brackets) before a space or the end.
# "48.1" and "e.g." do not end one: a full stop must be followed by a space and a capital,
# a digit or an opening quote, or by the end of the text.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*(?:\s+(?=[A-Z0-9“\"‘'(])|\s*$)")

# Words the spelling rules below get wrong, common in writing about children's services.
_EXCEPTIONS = {
    "area": 3,
    "areas": 3,
    "being": 2,
    "create": 2,
    "created": 3,
    "creates": 2,
    "doing": 2,
    "going": 2,
    "idea": 3,
    "ideas": 3,
    "police": 2,
    "poem": 2,
    "quiet": 2,
    "react": 2,
    "science": 2,
    "via": 2,
}
# Endings that add no syllable: "homes", "placed", "care" (but "places", "needed", "table").
_SILENT_ENDING = re.compile(r"(?:[^laeiouycsxzhg]es|[^laeiouytd]ed|[^laeiouy]e)$")
_VOWEL_GROUP = re.compile(r"[aeiouy]{1,2}")


def count_syllables(word: str) -> int:
    """Syllables in one English word (at least one for any word)."""
    w = re.sub(r"['’]s?$|['’]", "", word.lower())
    if not w:
        return 0
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if len(w) <= 3:
        return 1
    w = _SILENT_ENDING.sub("", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(_VOWEL_GROUP.findall(w)))


def number_syllables(token: str) -> int:
    """A figure such as "318" or "48.1%" read aloud, roughly: a syllable a digit, and
    two for "per cent"."""
    digits = sum(ch.isdigit() for ch in token)
    return max(1, min(digits, 6)) + (2 if token.endswith("%") else 0)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    """The text split into sentences (a heading or list item without a full stop counts)."""
    found = []
    for block in re.split(r"\n\s*\n|\n(?=\s*[-•*])", text):
        for part in _SENTENCE_END.split(block.strip()):
            if words(part):
                found.append(part.strip())
    return found


@dataclass(frozen=True)
class Readability:
    sentences: int
    words: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def reading_ease(self) -> float:
        """Flesch reading ease; higher is easier. An empty text scores 0."""
        if not self.words:
            return 0.0
        return 206.835 - 1.015 * self.words_per_sentence - 84.6 * self.syllables_per_word

    @property
    def meets_target(self) -> bool:
        return (
            self.words > 0
            and self.reading_ease >= TARGET_EASE
            and self.words_per_sentence <= TARGET_SENTENCE_WORDS
        )

    @property
    def band(self) -> str:
        """The reading ease in words."""
        ease = self.reading_ease
        if not self.words:
            return "No text yet"
        if ease >= 80:
            return "Easy to read"
        if ease >= TARGET_EASE:
            return "Plain English"
        if ease >= 50:
            return "Fairly hard to read"
        if ease >= 30:
            return "Hard to read"
        return "Very hard to read"

    def advice(self) -> str:
        """What to do next, in one or two short sentences."""
        if not self.words:
            return "Write the summary."
        tips = []
        if self.words_per_sentence > TARGET_SENTENCE_WORDS:
            tips.append("Split long sentences.")
        if self.reading_ease < TARGET_EASE:
            tips.append("Use shorter, everyday words.")
        return " ".join(tips) or "This meets the plain English target."


def measure(text: str) -> Readability:
    found_sentences = sentences(text)
    all_words = [w for s in found_sentences for w in words(s)]
    syllables = sum(
        number_syllables(w) if w[0].isdigit() else count_syllables(w) for w in all_words
    )
    return Readability(len(found_sentences), len(all_words), syllables)
