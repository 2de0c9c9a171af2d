"""Search across kinds of record: one service, many sources.

The sources are the paragraphs of every inspection report held, and the scrutiny
records (questions, answers given at meetings, actions); another joins with
``add_source``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefing_app.domain.search import SearchHit, SearchSource, merge_hits
from briefing_app.storage.database import Database
from briefing_app.storage.scrutiny_search_repo import ScrutinySearchRepository
from briefing_app.storage.search_repo import SearchRepository


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


def findings_source(database: Database) -> SearchSource:
    """The paragraphs of every report held (the index the findings page searches)."""
    return FunctionSource("finding", SearchRepository(database).hits)


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


class SearchOnOwnConnection:
    """The search of everything (every report's paragraphs, questions, answers, actions)
    on a connection of its own to the database, opened when first used: for a thread
    other than the window's. Used by one thread at a time; ``close`` when done."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._opened: Database | None = None
        self._service: SearchService | None = None

    def search(
        self, text: str, *, kinds: Iterable[str] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        if self._service is None:
            self._opened = self._database.companion(read_only=True)
            self._service = SearchService(
                [findings_source(self._opened), *scrutiny_sources(self._opened)]
            )
        return self._service.search(text, kinds=kinds, limit=limit)

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()
        self._opened = self._service = None
