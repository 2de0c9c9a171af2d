"""Searching the paragraphs of every report (SQLite FTS5, accents folded).

``search`` gives whole paragraphs with every match marked, for the findings page;
``hits`` gives the same matches as ``SearchHit``s with a short extract, for the app-wide
search across reports, questions, answers and actions.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from briefing_app.domain.dates import month_year
from briefing_app.domain.search import MATCH_END, MATCH_START, FindingHit, SearchHit
from briefing_app.storage.database import Database
from briefing_app.storage.fts import match_query

# The column of ``findings_fts`` holding a paragraph's words.
_TEXT = "text"


class SearchRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def search(
        self, words: str, report_ids: Collection[int] | None = None, limit: int = 1000
    ) -> list[FindingHit]:
        """Paragraphs holding every word in ``words``, best matches first."""
        query = match_query(words, _TEXT)
        if query is None:
            return []
        sql = (
            "SELECT f.report_id, r.authority, r.inspection_end, f.paragraph, f.section, "
            "highlight(findings_fts, 0, ?, ?) AS marked "
            "FROM findings_fts JOIN findings f ON f.id = findings_fts.rowid "
            "JOIN reports r ON r.id = f.report_id WHERE findings_fts MATCH ?"
        )
        parameters: list[object] = [MATCH_START, MATCH_END, query]
        if report_ids is not None:
            ids = sorted(set(report_ids))
            if not ids:
                return []
            sql += f" AND f.report_id IN ({', '.join('?' for _ in ids)})"
            parameters.extend(ids)
        sql += " ORDER BY rank, f.report_id, f.paragraph LIMIT ?"
        parameters.append(limit)
        return [
            FindingHit(
                report_id=row["report_id"],
                authority=row["authority"],
                inspection_end=date.fromisoformat(row["inspection_end"]),
                paragraph=row["paragraph"],
                section=row["section"],
                marked_text=row["marked"],
            )
            for row in self.db.query(sql, tuple(parameters))
        ]

    def hits(self, words: str, limit: int = 50) -> list[SearchHit]:
        """Paragraphs holding every word, best first, each with an extract around its
        matches (ranked as the other searchable records are, by bm25)."""
        query = match_query(words, _TEXT)
        if query is None:
            return []
        rows = self.db.query(
            "SELECT f.id, f.report_id, f.paragraph, f.section, r.authority, r.inspection_end, "
            "snippet(findings_fts, 0, ?, ?, '…', 24) AS snip, bm25(findings_fts) AS score "
            "FROM findings_fts JOIN findings f ON f.id = findings_fts.rowid "
            "JOIN reports r ON r.id = f.report_id WHERE findings_fts MATCH ? "
            "ORDER BY score, f.report_id, f.paragraph LIMIT ?",
            (MATCH_START, MATCH_END, query, limit),
        )
        return [
            SearchHit(
                kind="finding",
                kind_label="Inspection finding",
                ref=row["id"],
                title=(
                    f"{row['authority']}, "
                    f"{month_year(date.fromisoformat(row['inspection_end']))}, "
                    f"paragraph {row['paragraph']} ({row['section']})"
                ),
                snippet=row["snip"],
                rank=row["score"],
                report_id=row["report_id"],
                paragraph=row["paragraph"],
            )
            for row in rows
        ]
