"""Search results, with their matched words marked so screens can highlight them.

The findings index returns ``FindingHit``s (paragraphs of reports). Every other kind of
record (questions, answers, actions, and findings too) can be offered to the app-wide
search as a ``SearchSource`` returning ``SearchHit``s, so sources can be combined.
Matched words are wrapped between ``MATCH_START`` and ``MATCH_END``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from briefing_app.domain.reports import report_name

MATCH_START = "\x02"
MATCH_END = "\x03"


def marked_segments(marked: str) -> list[tuple[str, bool]]:
    """Marked text in pieces, each paired with True if it is a match."""
    pieces: list[tuple[str, bool]] = []
    rest = marked
    while rest:
        start = rest.find(MATCH_START)
        if start < 0:
            pieces.append((rest, False))
            break
        if start:
            pieces.append((rest[:start], False))
        end = rest.find(MATCH_END, start)
        if end < 0:
            pieces.append((rest[start + 1 :], True))
            break
        pieces.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return [piece for piece in pieces if piece[0]]


def unmarked(marked: str) -> str:
    return marked.replace(MATCH_START, "").replace(MATCH_END, "")


@dataclass(frozen=True)
class FindingHit:
    """One paragraph of a report that matches a search, with its matches marked."""

    report_id: int
    authority: str
    inspection_end: date
    paragraph: int
    section: str
    marked_text: str

    @property
    def text(self) -> str:
        return unmarked(self.marked_text)

    @property
    def report_title(self) -> str:
        return report_name(self.authority, self.inspection_end)

    def segments(self) -> list[tuple[str, bool]]:
        return marked_segments(self.marked_text)


@dataclass(frozen=True)
class SearchHit:
    """A match from any searchable kind of record, for the app-wide search."""

    kind: str
    kind_label: str
    ref: int
    title: str
    snippet: str
    rank: float
    private: bool = False
    meeting_id: int | None = None
    question_id: int | None = None
    report_id: int | None = None
    paragraph: int | None = None

    def snippet_parts(self) -> list[tuple[str, bool]]:
        return marked_segments(self.snippet)

    @property
    def plain_snippet(self) -> str:
        return unmarked(self.snippet)


class SearchSource(Protocol):
    """One kind of record that can be searched."""

    @property
    def kind(self) -> str: ...

    def search(self, text: str, limit: int) -> list[SearchHit]: ...


def merge_hits(groups: Iterable[Sequence[SearchHit]], limit: int) -> list[SearchHit]:
    """Hits from several sources, best first (lower rank is better), at most ``limit``."""
    merged = [hit for group in groups for hit in group]
    merged.sort(key=lambda h: (h.rank, h.kind, h.ref))
    return merged[:limit]
