"""Full-text search queries (SQLite FTS5) from the words a person typed.

Every search in the app finds records holding every word typed, each word as the start
of a word ("foster" finds "fostering"), accents and capitals aside ("Wojcik" finds
"Wójcik"). Words are quoted, so characters FTS5 reads as syntax (quotes, stars, NEAR,
AND, a colon) are searched for as plain words.

A word typed in capitals ("LAC", "IRO", "S47") is an acronym: it finds that word and its
plural ("IRO" finds "IRO" and "IROs"; so does "IROs"), not every word that starts with it
("LAC" does not find "lack"). Any other word, capitals and accents aside, is the start of
a word.

A word typed more than once is looked for once, and only the first ``MAX_WORDS``
different words (each cut to ``MAX_WORD_LENGTH`` characters) are looked for: a search box
holds a few words, and a page pasted into it would otherwise make a query that takes
SQLite seconds to answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

MAX_WORDS = 16
MAX_WORD_LENGTH = 64

# A word as FTS5's unicode61 tokenizer reads one: letters and digits (an underscore, like
# any other mark, separates words).
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchWord:
    """One word looked for: ``text`` as typed (cut to length), and whether it is an
    acronym (whole word or its plural) or the start of a word."""

    text: str
    acronym: bool

    @property
    def stem(self) -> str:
        """The acronym without a plural "s" typed after it ("IROs" is "IRO")."""
        if self.acronym and self.text.endswith("s"):
            return self.text[:-1]
        return self.text

    @property
    def term(self) -> str:
        """The word as an FTS5 query term."""
        if self.acronym:
            return f'("{self.stem}" OR "{self.stem}s")'
        return f'"{self.text}"*'


def _folded(word: str) -> str:
    """The word as FTS5's tokenizer compares it: without capitals or accents."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_acronym(word: str) -> bool:
    """True for a word typed in capitals, of two characters or more ("LA", "IRO", "S47"),
    or such a word with a plural "s" ("IROs")."""
    bare = word[:-1] if len(word) > 2 and word.endswith("s") else word
    return len(bare) >= 2 and bare.isupper()


def search_words(text: str) -> list[SearchWord]:
    """The words searched for in ``text``: each once, in the order typed, at most ``MAX_WORDS``."""
    words: list[SearchWord] = []
    typed: set[str] = set()  # as typed: most repeats are spelt the same, and quick to spot
    seen: set[tuple[str, bool]] = set()
    for whole in _WORD.findall(text):
        cut = whole[:MAX_WORD_LENGTH]
        if cut in typed:
            continue
        typed.add(cut)
        word = SearchWord(cut, is_acronym(cut))
        key = (_folded(word.stem), word.acronym)
        if key in seen:
            continue
        seen.add(key)
        words.append(word)
        if len(words) == MAX_WORDS:
            break
    return words


def match_query(text: str, column: str | None = None) -> str | None:
    """The FTS5 query for records holding every word in ``text`` (in ``column`` only, if
    given); None when nothing searchable was typed."""
    words = search_words(text)
    return query_of(words, column) if words else None


# Words begun with more letters than an index holds word starts of are spelt out by
# ``Spelling``; a start standing for more words than this is left to FTS5.
MAX_SPELT_OUT = 64
# The longest word starts the findings index holds (its ``prefix`` option).
INDEXED_STARTS = 3

# What a word begun stands for: the words of the index starting so, or None to let FTS5
# find them itself.
Spelling = Callable[[str], "list[str] | None"]


def query_of(
    words: list[SearchWord], column: str | None = None, spell: Spelling | None = None
) -> str:
    """The FTS5 query for records holding every one of ``words`` (in ``column`` only, if
    given): the words' terms joined by AND (FTS5 takes no implicit AND before a bracket).

    With ``spell``, a word begun with more letters than the index holds word starts of
    ("chil") is spelt out as the words it stands for ("child" OR "children" ...): FTS5
    would otherwise gather every such word's entries afresh each time it is asked, and
    each search asks more than once. Only words of plain letters and digits are spelt
    out, so the words are those FTS5 itself would find.
    """
    terms = " AND ".join(_term(word, spell) for word in words)
    return f"{column} : ({terms})" if column else terms


def _term(word: SearchWord, spell: Spelling | None) -> str:
    if spell is None or word.acronym or not word.text.isascii():
        return word.term
    start = word.text.lower()
    if len(start) <= INDEXED_STARTS:
        return word.term
    spelt = spell(start)
    if spelt is None:
        return word.term
    if not spelt:
        return f'"{start}"'  # no word of the index starts so: nothing is found
    return "(" + " OR ".join(f'"{term}"' for term in spelt) + ")"


class Matcher:
    """Which words of a record a search finds, as FTS5 finds them (capitals and accents
    aside; an acronym whole or with a plural "s"; any other word as the start of one).

    One regular expression finds them all, run on the record folded letter for letter
    (so each match's place is its place in the record itself).
    """

    def __init__(self, words: list[SearchWord]) -> None:
        whole = [re.escape(form) for word in words if word.acronym for form in _forms(word)]
        starts = [re.escape(fold_letters(word.text)) for word in words if not word.acronym]
        choices = []
        if whole:
            choices.append(f"(?:{'|'.join(whole)})(?![^\\W_])")
        if starts:
            choices.append(f"(?:{'|'.join(starts)})[^\\W_]*")
        self._pattern = re.compile(f"(?<![^\\W_])(?:{'|'.join(choices)})") if choices else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where in ``text`` the words found are: (start, end) of each."""
        if self._pattern is None:
            return []
        return [m.span() for m in self._pattern.finditer(fold_letters(text))]


def _forms(word: SearchWord) -> tuple[str, str]:
    stem = fold_letters(word.stem)
    return stem, f"{stem}s"


# Each character as FTS5 compares it, one for one: "É" is "e". Filled as characters are met.
_FOLDED: dict[int, str] = {code: chr(code).lower() for code in range(128)}


def fold_letters(text: str) -> str:
    """``text`` without capitals or accents, each character folded to one character (so
    places in the folded text are places in ``text``)."""
    if not text.isascii():
        for character in set(text):
            code = ord(character)
            if code not in _FOLDED:
                folded = _folded(character)
                _FOLDED[code] = folded if len(folded) == 1 else character
    return text.translate(_FOLDED)


def mark_matches(text: str, words: list[SearchWord], start: str, end: str) -> str:
    """``text`` with every word the search finds in it put between ``start`` and ``end``.

    Done here rather than by FTS5's highlight(), which reads the index again for each
    record shown: a word just begun ("chil") can stand for thousands of words.
    """
    return _marked(text, Matcher(words).spans(text), start, end)


def marked_extract(text: str, words: list[SearchWord], start: str, end: str, size: int = 24) -> str:
    """About ``size`` words of ``text`` around the words found (where most of them are),
    marked as by ``mark_matches``, with "…" where the text is cut."""
    tokens = [m.span() for m in _WORD.finditer(text)]
    if len(tokens) <= size:
        return mark_matches(text, words, start, end)
    starts = {a for a, _ in Matcher(words).spans(text)}
    found = [a in starts for a, _ in tokens]
    best, best_count = 0, -1
    count = sum(found[:size])
    for first in range(len(tokens) - size + 1):
        if first:
            count += found[first + size - 1] - found[first - 1]
        if count > best_count:
            best, best_count = first, count
    # Start a few words before the window's first match, where there is room.
    first_found = next((i for i in range(best, best + size) if found[i]), best)
    first = max(0, min(first_found - 3, len(tokens) - size))
    last = first + size
    begin = tokens[first][0] if first else 0
    finish = tokens[last - 1][1] if last < len(tokens) else len(text)
    spans = [
        (a - begin, b - begin)
        for (a, b), hit in zip(tokens[first:last], found[first:last], strict=True)
        if hit
    ]
    shown = _marked(text[begin:finish], spans, start, end)
    return ("…" if first else "") + shown + ("…" if last < len(tokens) else "")


def _marked(text: str, spans: list[tuple[int, int]], start: str, end: str) -> str:
    parts: list[str] = []
    position = 0
    for a, b in spans:
        parts.append(text[position:a])
        parts.append(f"{start}{text[a:b]}{end}")
        position = b
    parts.append(text[position:])
    return "".join(parts)
