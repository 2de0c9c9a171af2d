"""Search results from any kind of record, in one shape so that sources can be combined.

Each source (questions, answers, actions, and findings where that search is wired in)
returns ``SearchHit``s; a search service asks every source and merges the hits. A
snippet marks matched words between ``MATCH_START`` and ``MATCH_END``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

MATCH_START = "\x02"
MATCH_END = "\x03"


@dataclass(frozen=True)
class SearchHit:
    kind: str
    kind_label: str
    ref: int
    title: str
    snippet: str
    rank: float
    private: bool = False
    meeting_id: int | None = None
    question_id: int | None = None

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, matched) pieces, for highlighting."""
        parts: list[tuple[str, bool]] = []
        rest = self.snippet
        while rest:
            start = rest.find(MATCH_START)
            if start < 0:
                parts.append((rest, False))
                break
            if start:
                parts.append((rest[:start], False))
            end = rest.find(MATCH_END, start)
            if end < 0:
                parts.append((rest[start + 1 :], True))
                break
            parts.append((rest[start + 1 : end], True))
            rest = rest[end + 1 :]
        return [p for p in parts if p[0]]

    @property
    def plain_snippet(self) -> str:
        return "".join(text for text, _ in self.snippet_parts())


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
