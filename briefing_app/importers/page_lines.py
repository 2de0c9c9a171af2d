"""A printed line of a report, and what the first characters of a line can tell.

Both the PDF reader (``pdf_text``) and the text reader give a report as pages of these
lines; ``report_furniture`` and ``report_lines`` turn them into the report's paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# What a bullet can look like once extracted: symbol-font bullets come out as private-use
# characters, which are shown as "•".
BULLETS = "•◼▪■●◦○‣⁃·-–*"
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPTS}]+")
# A paragraph's number: "12. The", or "12.The" where the space was lost in setting.
_NUMBER_GAP = r"(?:\s+|(?=[A-Z‘“'\"(]))"
PARAGRAPH = re.compile(rf"^(\d{{1,3}})\.{_NUMBER_GAP}(\S.*)$")
PARAGRAPH_START = re.compile(rf"^(\d{{1,3}})\.{_NUMBER_GAP}")
_NUMBERED = re.compile(rf"^\d{{1,3}}(?:\.\d{{1,2}})*\.{_NUMBER_GAP}\S|^\d{{1,3}}\.\d{{1,2}}\s+\S")


@dataclass(frozen=True)
class PageLine:
    """One printed line, with where it sits on the page when that is known (PDF points)."""

    text: str
    size: float | None = None
    left: float | None = None
    right: float | None = None
    baseline: float | None = None
    joins_next: bool = False
    blank_before: bool = False

    @property
    def has_geometry(self) -> bool:
        return self.size is not None and self.right is not None and self.baseline is not None


Page = Sequence[PageLine]


def normalise_text(text: str) -> str:
    """Tidy one line's characters: symbol bullets, odd spaces, doubled spaces."""
    if not text.isascii():
        text = _PRIVATE_USE.sub("•", text)
    return " ".join(text.split())


def strip_superscripts(text: str) -> str:
    """A line without footnote marks (¹²³), and without surrounding space."""
    return _SUPERSCRIPT_RUN.sub("", text).strip()


def starts_item(text: str) -> bool:
    """True if a line starts a numbered paragraph or a bulleted item."""
    return bool(_NUMBERED.match(text)) or (
        text[0] in BULLETS and (len(text) == 1 or text[1] == " " or text[0] in "•◼▪■●")
    )
