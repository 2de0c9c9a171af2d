"""Matching people's names as they are typed in files and search boxes.

``name_key`` is for exact matching: Unicode-normalised (NFC), case-blind, spaces tidied,
so "ZOË  hartley" matches "Zoë Hartley" whichever way the ë was encoded. ``loose_key``
also drops accents and folds letters such as ł and ø, so "Lukasz Wojcik" finds
"Łukasz Wójcik"; it is used for searching and for suggesting a name, never to match a
record on its own.
"""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not split into a base letter and an accent.
_FOLDS = str.maketrans(
    {
        "ł": "l",
        "đ": "d",
        "ø": "o",
        "ħ": "h",
        "ŧ": "t",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
        "’": "'",
        "‘": "'",
        "‐": "-",
        "–": "-",
    }
)


def visible_text(text: str) -> str:
    """``text`` without the characters that are not seen but change what is seen: Unicode's
    format characters (bidirectional overrides and isolates such as U+202E, zero-width
    spaces and joiners, the byte-order mark, soft hyphens). Kept in a name, they can make
    it show differently from what is stored ("Evil" shown as "livE"), so names and any
    imported text shown as a name are kept without them."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def name_key(name: str) -> str:
    folded = unicodedata.normalize("NFC", name).casefold()
    return " ".join(unicodedata.normalize("NFC", folded).split())


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def loose_key(name: str) -> str:
    # Twice round: case folding can make new accented letters ("ǰ"), and decomposing can
    # make new capitals ("℠" becomes "SM").
    text = _strip_accents(_strip_accents(name).casefold()).casefold().translate(_FOLDS)
    return " ".join(text.split())


def loosely_contains(text: str, query: str) -> bool:
    """Whether ``query`` appears in ``text``, ignoring case and accents."""
    return loose_key(query) in loose_key(text)
