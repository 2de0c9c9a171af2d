"""Full-text search queries (SQLite FTS5) from the words a person typed.

Every search in the app finds records holding every word typed, each word as the start
of a word ("foster" finds "fostering"), accents and capitals aside ("Wojcik" finds
"Wójcik"). Words are quoted, so characters FTS5 reads as syntax (quotes, stars, NEAR,
AND, a colon) are searched for as plain words.

A word typed more than once is looked for once, and only the first ``MAX_WORDS``
different words (each cut to ``MAX_WORD_LENGTH`` characters) are looked for: a search box
holds a few words, and a page pasted into it would otherwise make a query that takes
SQLite seconds to answer.
"""

from __future__ import annotations

import re
import unicodedata

MAX_WORDS = 16
MAX_WORD_LENGTH = 64

_WORD = re.compile(r"\w+", re.UNICODE)


def _folded(word: str) -> str:
    """The word as FTS5's tokenizer compares it: without capitals or accents."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_words(text: str) -> list[str]:
    """The words searched for in ``text``: each once, in the order typed, at most ``MAX_WORDS``."""
    words: list[str] = []
    typed: set[str] = set()  # as typed: most repeats are spelt the same, and quick to spot
    folded: set[str] = set()
    for whole in _WORD.findall(text):
        word = whole[:MAX_WORD_LENGTH]
        if word in typed:
            continue
        typed.add(word)
        key = _folded(word)
        if key in folded:
            continue
        folded.add(key)
        words.append(word)
        if len(words) == MAX_WORDS:
            break
    return words


def match_query(text: str, column: str | None = None) -> str | None:
    """The FTS5 query for records holding every word in ``text`` (in ``column`` only, if
    given); None when nothing searchable was typed."""
    words = search_words(text)
    if not words:
        return None
    terms = " ".join(f'"{word}"*' for word in words)
    return f"{column} : ({terms})" if column else terms
