"""Search across kinds of record: one service, many sources.

The scrutiny sources (questions, answers given at meetings, actions) are built in;
another source, such as the findings of inspection reports, joins with ``add_source``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefing_app.domain.search import SearchHit, SearchSource, merge_hits
from briefing_app.storage.database import Database
from briefing_app.storage.scrutiny_search_repo import ScrutinySearchRepository


@dataclass(frozen=True)
class FunctionSource:
    """A search source made from a function, e.g. one method of a repository."""

    kind: str
    function: Callable[[str, int], list[SearchHit]]

    def search(self, text: str, limit: int) -> list[SearchHit]:
        return self.function(text, limit)


def scrutiny_sources(database: Database) -> list[SearchSource]:
    repository = ScrutinySearchRepository(database)
    return [
        FunctionSource("question", repository.questions),
        FunctionSource("answer", repository.answers),
        FunctionSource("action", repository.actions),
    ]


class SearchService:
    def __init__(self, sources: Iterable[SearchSource] = ()) -> None:
        self._sources: list[SearchSource] = list(sources)

    def add_source(self, source: SearchSource) -> None:
        self._sources.append(source)

    @property
    def kinds(self) -> list[str]:
        return [s.kind for s in self._sources]

    def search(
        self, text: str, *, kinds: Iterable[str] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """The best hits for ``text`` from every source (or only those of ``kinds``)."""
        wanted = set(kinds) if kinds is not None else None
        groups = [
            source.search(text, limit)
            for source in self._sources
            if wanted is None or source.kind in wanted
        ]
        return merge_hits(groups, limit)
