"""Searching the paragraphs of every report (SQLite FTS5, accents folded).

``find`` gives the first paragraphs found, whole, with every match marked, for the
findings page; ``hits`` gives the same matches as ``SearchHit``s with a short extract, for
the search of everything (reports, questions, answers and actions).

A search is answered in a few milliseconds however many reports are held, because no
step reads more than ``RANK_LIMIT`` paragraphs, and FTS5 is asked at most twice:

1. The paragraphs holding every word are listed, up to ``RANK_LIMIT`` and one more, most
   recently added first (FTS5 lists matches without reading the paragraphs; the index
   holds the first letters of every word, so a word just begun is as quick to find as a
   whole one).
2. Up to ``RANK_LIMIT`` of them are put in order: by relevance (SQLite's bm25, which
   reads where each word falls in each paragraph), or newest report first and in
   paragraph order.
3. More than that are too many to sort in the time a search as you type allows, and too
   many for relevance to mean much (the words are in most paragraphs): the page then
   holds the first found (those of the reports added most recently), and says so.
4. Only the paragraphs of the page are read, and their matches marked (``storage.fts``).

A search of some reports (a council's, or one) asks FTS5 for the block of paragraph ids
those reports' paragraphs lie in, and keeps those of the reports.
"""

from __future__ import annotations

import bisect
import json
import sqlite3
from collections.abc import Collection, Sequence
from datetime import date

from briefing_app.domain.dates import month_year
from briefing_app.domain.search import (
    MATCH_END,
    MATCH_START,
    FindingHit,
    FindingOrder,
    FindingResults,
    SearchHit,
)
from briefing_app.storage.database import Database
from briefing_app.storage.fts import (
    MAX_SPELT_OUT,
    SearchWord,
    Spelling,
    mark_matches,
    marked_extract,
    query_of,
    search_words,
)

# More paragraphs found than this are not sorted: the page holds the first found.
RANK_LIMIT = 300
# How many paragraphs a search gives unless asked for more.
PAGE = 20

# Reports in the order paragraph order lists them: newest inspection first.
_REPORT_ORDER = "r.inspection_end DESC, r.authority, r.id"
_IDS = "(SELECT value FROM json_each(?))"


class SearchRepository:
    def __init__(self, database: Database) -> None:
        self.db = database
        self._words = _IndexWords(database)

    # -- the findings page ------------------------------------------------------------

    def find(
        self,
        words: str,
        report_ids: Collection[int] | None = None,
        *,
        order: FindingOrder = FindingOrder.RELEVANCE,
        limit: int = PAGE,
    ) -> FindingResults:
        """The first ``limit`` paragraphs (of every report, or of ``report_ids``) holding
        every word in ``words``, in ``order``, with their matches marked."""
        query = _Query.of(self.db, words, report_ids, self._words)
        if query is None:
            return FindingResults(words, order=order)
        found = query.matching(RANK_LIMIT + 1)
        if len(found) > RANK_LIMIT:
            page = query.in_paragraph_order(found[:limit], limit)
            return FindingResults(
                words, self._marked(query, page), RANK_LIMIT, 0, True, FindingOrder.PARAGRAPH
            )
        if order is FindingOrder.RELEVANCE:
            page = [i for i, _rank in query.best(limit)]
        else:
            page = query.in_paragraph_order(found, limit)
        reports = self.db.scalar(
            f"SELECT count(DISTINCT report_id) FROM findings WHERE id IN {_IDS}",
            (json.dumps(found),),
        )
        return FindingResults(
            words, self._marked(query, page), len(found), int(reports or 0), False, order
        )

    def search(
        self, words: str, report_ids: Collection[int] | None = None, limit: int = PAGE
    ) -> list[FindingHit]:
        """The best ``limit`` paragraphs holding every word in ``words`` (see ``find``)."""
        return list(self.find(words, report_ids, limit=limit).hits)

    def _marked(self, query: _Query, page: Sequence[int]) -> tuple[FindingHit, ...]:
        """The paragraphs ``page`` (ids, in order) with every match marked."""
        rows = _rows(self.db, page)
        return tuple(
            FindingHit(
                report_id=row["report_id"],
                authority=row["authority"],
                inspection_end=date.fromisoformat(row["inspection_end"]),
                paragraph=row["paragraph"],
                section=row["section"],
                marked_text=mark_matches(row["text"], query.words, MATCH_START, MATCH_END),
            )
            for row in rows
        )

    # -- the search of everything -----------------------------------------------------

    def hits(self, words: str, limit: int = PAGE) -> list[SearchHit]:
        """Paragraphs holding every word, best first, each with an extract around its
        matches and its bm25 rank, so they can be ranked with the other searchable
        records. When very many hold them, the first found, ranked after every record
        that could be ranked (rank 0)."""
        query = _Query.of(self.db, words, None, self._words)
        if query is None:
            return []
        found = query.matching(RANK_LIMIT + 1)
        ranked = (
            query.best(limit) if len(found) <= RANK_LIMIT else [(i, 0.0) for i in found[:limit]]
        )
        rank = dict(ranked)
        return [
            _search_hit(row, query.words, rank[row["id"]])
            for row in _rows(self.db, [i for i, _ in ranked])
        ]


class _Query:
    """One search: its words, its FTS5 query, and the reports it is asked of (all, or
    those in ``report_ids``, whose paragraphs' ids lie in ``block``)."""

    def __init__(
        self,
        db: Database,
        words: list[SearchWord],
        report_ids: list[int] | None,
        spell: Spelling | None = None,
    ) -> None:
        self.db = db
        self.words = words
        self.text = query_of(words, spell=spell)
        self.report_ids = report_ids
        self.block: tuple[int, int] = (0, 0)
        if report_ids:
            low, high = db.query(
                f"SELECT min(id), max(id) FROM findings WHERE report_id IN {_IDS}",
                (json.dumps(report_ids),),
            )[0]
            self.block = (low or 0, high or 0)

    @classmethod
    def of(
        cls,
        db: Database,
        typed: str,
        report_ids: Collection[int] | None,
        spell: Spelling | None = None,
    ) -> _Query | None:
        """The search for ``typed``; None if nothing searchable was typed."""
        words = search_words(typed)
        if not words:
            return None
        chosen = None if report_ids is None else sorted(set(report_ids))
        return cls(db, words, chosen, spell)

    def _from(self) -> tuple[str, tuple[object, ...]]:
        """The FROM and WHERE of a query for this search's paragraphs, and its values."""
        if self.report_ids is None:
            return "FROM findings_fts WHERE findings_fts MATCH ?", (self.text,)
        return (
            "FROM findings_fts JOIN findings f ON f.id = findings_fts.rowid "
            "WHERE findings_fts MATCH ? AND findings_fts.rowid BETWEEN ? AND ? "
            f"AND f.report_id IN {_IDS}",
            (self.text, *self.block, json.dumps(self.report_ids)),
        )

    def matching(self, most: int) -> list[int]:
        """The ids of up to ``most`` paragraphs holding every word, most recent first."""
        if self.report_ids == []:
            return []
        where, values = self._from()
        rows = self.db.query(
            f"SELECT findings_fts.rowid {where} ORDER BY findings_fts.rowid DESC LIMIT ?",
            (*values, most),
        )
        return [row[0] for row in rows]

    def best(self, limit: int) -> list[tuple[int, float]]:
        """The ``limit`` paragraphs that match best, and their bm25 rank (lower is better)."""
        if self.report_ids == []:
            return []
        where, values = self._from()
        rows = self.db.query(
            f"SELECT findings_fts.rowid, bm25(findings_fts) AS score {where} "
            "ORDER BY score, findings_fts.rowid LIMIT ?",
            (*values, limit),
        )
        return [(row[0], row[1]) for row in rows]

    def in_paragraph_order(self, ids: list[int], limit: int) -> list[int]:
        """The first ``limit`` of ``ids``: newest report first, in paragraph order."""
        if not ids:
            return []
        rows = self.db.query(
            "SELECT f.id FROM findings f JOIN reports r ON r.id = f.report_id "
            f"WHERE f.id IN {_IDS} ORDER BY {_REPORT_ORDER}, f.paragraph LIMIT ?",
            (json.dumps(ids), limit),
        )
        return [row[0] for row in rows]


class _IndexWords:
    """The words the findings index holds, in order, read again whenever the database has
    changed since (on this connection or another), to spell out a word begun."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._seen: tuple[int, int] | None = None
        self._words: list[str] = []

    def __call__(self, start: str) -> list[str] | None:
        """The index's words that start with ``start``; None if there are too many to
        spell out."""
        seen = (int(self.db.scalar("PRAGMA data_version")), self.db.connection.total_changes)
        if seen != self._seen:
            self._words = [row[0] for row in self.db.query("SELECT term FROM findings_words")]
            self._seen = seen
        first = bisect.bisect_left(self._words, start)
        last = bisect.bisect_left(self._words, start + "\U0010ffff", first)
        if last - first > MAX_SPELT_OUT:
            return None
        return self._words[first:last]


def _rows(db: Database, page: Sequence[int]) -> list[sqlite3.Row]:
    """The paragraphs ``page`` (ids), with their reports, in the order of ``page``."""
    if not page:
        return []
    rows = db.query(
        "SELECT f.id, f.report_id, f.paragraph, f.section, f.text, r.authority, "
        f"r.inspection_end FROM findings f JOIN reports r ON r.id = f.report_id "
        f"WHERE f.id IN {_IDS}",
        (json.dumps(list(page)),),
    )
    by_id = {row["id"]: row for row in rows}
    return [by_id[i] for i in page if i in by_id]


def _search_hit(row: sqlite3.Row, words: list[SearchWord], rank: float) -> SearchHit:
    return SearchHit(
        kind="finding",
        kind_label="Inspection finding",
        ref=row["id"],
        title=(
            f"{row['authority']}, {month_year(date.fromisoformat(row['inspection_end']))}, "
            f"paragraph {row['paragraph']} ({row['section']})"
        ),
        snippet=marked_extract(row["text"], words, MATCH_START, MATCH_END),
        rank=rank,
        report_id=row["report_id"],
        paragraph=row["paragraph"],
    )
