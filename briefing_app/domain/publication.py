"""Free text in public packs: what the app flags before an officer publishes it.

Answers and action descriptions are typed by officers and may name people or give a
count small enough to point to a child ("the 2 children at Oak House"). A public pack
prints such a text only once an officer has published it, having seen what the app
flagged in it: what looks like a person's name (a councillor on the list, a title such
as Cllr, Mr or Dr followed by a name, two capitalised words together) and small
numbers (counts from 1 to ``LARGEST_DISCLOSIVE``, in figures or words). Publication
is kept with a digest of the exact text published, so any later edit un-publishes it.
"""

from __future__ import annotations

import enum
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from briefing_app.domain.disclosure import LARGEST_DISCLOSIVE, SMALLEST_DISCLOSIVE
from briefing_app.domain.person_names import name_key


class TextKind(enum.Enum):
    """The free text a public pack may print, each kept by the id of what it belongs to."""

    ANSWER = "answer"  # an answer recorded at a meeting (meeting_items)
    ACTION = "action"  # an action's description (actions)

    @property
    def label(self) -> str:
        return {TextKind.ANSWER: "Answer", TextKind.ACTION: "Action"}[self]


class FlagKind(enum.Enum):
    NAME = "looks like a name"
    SMALL_NUMBER = "a small number"


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    words: str

    @property
    def text(self) -> str:
        return f"{self.kind.value}: {self.words}"


_TITLES = r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord)"
_NAME_WORD = r"[^\W\d_][\w'’-]*"
_TITLED = re.compile(rf"\b{_TITLES}\.?\s+(?:[A-Z]\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Capitalised words that start sentences or name things, not people.
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_NOT_NAMES = frozenset(
    [
        *(
            [
                "a",
                "an",
                "the",
                "this",
                "that",
                "these",
                "those",
                "it",
                "its",
                "he",
                "she",
                "they",
                "we",
                "our",
                "their",
                "his",
                "her",
                "i",
            ]
        ),
        *(
            [
                "in",
                "on",
                "at",
                "of",
                "for",
                "to",
                "by",
                "from",
                "and",
                "or",
                "but",
                "if",
                "as",
                "with",
                "when",
                "where",
                "while",
            ]
        ),
        *(["after", "before", "since", "during"]),
        *_MONTHS,
        *(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
    ]
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a couple of": 2}
_SMALL_NUMBER = re.compile(
    r"(?<![\w.,/£$%-])(\d+|one|two|three|four|five|a couple of)\b(?![.,/:]\d|%)"
    rf"(?!\s+(?:{'|'.join(_MONTHS)})\b)",
    re.IGNORECASE,
)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.casefold() not in _NOT_NAMES


def _name_pairs(text: str) -> Iterable[str]:
    for first, second in itertools.pairwise(_WORD.finditer(text)):
        one, two = first.group(), second.group()
        if (
            not text[first.end() : second.start()].strip()
            and _capitalised(one)
            and _capitalised(two)
            and not (one.isupper() and two.isupper())  # acronyms: "DfE ILACS"
        ):
            yield f"{one} {two}"


def _titled(text: str) -> Iterable[str]:
    """A title and the capitalised words after it: "Cllr Łukasz Wójcik", "Dr Patel"."""
    for found in _TITLED.finditer(text):
        words = found.group().split()
        while len(words) > 1 and not words[-1][:1].isupper():
            words.pop()
        if len(words) > 1:
            yield " ".join(words)


def _small_numbers(text: str) -> Iterable[str]:
    for found in _SMALL_NUMBER.finditer(text):
        word = found.group(1).casefold()
        value = _NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
        if value is not None and SMALLEST_DISCLOSIVE <= value <= LARGEST_DISCLOSIVE:
            yield found.group(1)


def flags(text: str, known_names: Iterable[str] = ()) -> tuple[Flag, ...]:
    """What in ``text`` looks like a person's name or a small count, each once, in order."""
    text = unicodedata.normalize("NFC", text)
    found: list[Flag] = []
    folded = name_key(text)
    for name in known_names:
        if name.strip() and name_key(name) in folded:
            found.append(Flag(FlagKind.NAME, name.strip()))
        else:
            surname = name.split()[-1] if name.split() else ""
            if len(surname) > 2 and re.search(rf"\b{re.escape(name_key(surname))}\b", folded):
                found.append(Flag(FlagKind.NAME, surname))
    found += [Flag(FlagKind.NAME, words) for words in _titled(text)]
    found += [Flag(FlagKind.NAME, pair) for pair in _name_pairs(text)]
    found += [Flag(FlagKind.SMALL_NUMBER, words) for words in _small_numbers(text)]
    kept: list[Flag] = []
    for flag in found:  # once each, the longest: "Cllr Łukasz Wójcik", not "Łukasz Wójcik"
        if any(k.kind is flag.kind and flag.words in k.words for k in kept):
            continue
        kept = [k for k in kept if not (k.kind is flag.kind and k.words in flag.words)]
        kept.append(flag)
    return tuple(kept)


def text_digest(text: str) -> str:
    """What a publication is kept with: the exact text published."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FreeText:
    """One piece of free text a public pack might print, and where it is from."""

    kind: TextKind
    item_id: int
    text: str
    where: str
    flags: tuple[Flag, ...]
    published: bool


@dataclass(frozen=True)
class Publications:
    """The texts published for public packs: each kind's ids, with the digest published."""

    digests: dict[tuple[TextKind, int], str]

    def allows(self, kind: TextKind, item_id: int, text: str) -> bool:
        """Whether ``text`` is exactly what an officer published for this item."""
        return self.digests.get((kind, item_id)) == text_digest(text)


NOT_PUBLISHED = "(Not published: see the members' pack.)"
