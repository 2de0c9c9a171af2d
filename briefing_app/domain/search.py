"""Full-text search over the paragraphs of every report held."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# The search index wraps each match in these, so screens can highlight it.
MATCH_START = "\x02"
MATCH_END = "\x03"


@dataclass(frozen=True)
class SearchHit:
    """One paragraph that matches a search, with its matches marked."""

    report_id: int
    authority: str
    inspection_end: date
    paragraph: int
    section: str
    marked_text: str

    @property
    def text(self) -> str:
        return self.marked_text.replace(MATCH_START, "").replace(MATCH_END, "")

    @property
    def report_title(self) -> str:
        return f"{self.authority}, {self.inspection_end:%B %Y}"

    def segments(self) -> list[tuple[str, bool]]:
        """The text in pieces, each marked True if it is a match."""
        pieces: list[tuple[str, bool]] = []
        rest = self.marked_text
        while rest:
            start = rest.find(MATCH_START)
            if start < 0:
                pieces.append((rest, False))
                break
            if start:
                pieces.append((rest[:start], False))
            end = rest.find(MATCH_END, start)
            if end < 0:
                end = len(rest)
            pieces.append((rest[start + 1 : end], True))
            rest = rest[end + 1 :]
        return [piece for piece in pieces if piece[0]]
