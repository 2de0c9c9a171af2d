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
from enum import Enum
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


class FindingOrder(Enum):
    """How paragraphs found are listed."""

    # The paragraphs that use the words most, for their length, first (SQLite's bm25).
    RELEVANCE = "relevance"
    # Newest report first, and each report's paragraphs in the report's own order.
    PARAGRAPH = "paragraph"

    @property
    def label(self) -> str:
        if self is FindingOrder.RELEVANCE:
            return "Best matches first"
        return "Newest report first, in paragraph order"


@dataclass(frozen=True)
class FindingResults:
    """What a search of the reports' paragraphs found: the first ``hits``, in ``order``.

    ``total`` paragraphs were found, in ``reports`` reports. When ``capped``, more than
    ``total`` were found and counting stopped there (``reports`` is then 0: not counted);
    so many are not sorted by how well they match, so ``order`` is then always
    ``PARAGRAPH``, whatever was asked for.
    """

    words: str
    hits: tuple[FindingHit, ...] = ()
    total: int = 0
    reports: int = 0
    capped: bool = False
    order: FindingOrder = FindingOrder.RELEVANCE

    @property
    def more(self) -> bool:
        """True when more paragraphs were found than ``hits`` holds."""
        return self.capped or self.total > len(self.hits)


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
