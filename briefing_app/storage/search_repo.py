"""Searching the paragraphs of every report (SQLite FTS5, accents folded)."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from briefing_app.domain.search import MATCH_END, MATCH_START, FindingHit
from briefing_app.storage.database import Database

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(words: str) -> str:
    """An FTS5 query for paragraphs holding every word typed (each as a prefix)."""
    tokens = _TOKEN.findall(words)
    if not tokens:
        return ""
    terms = " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)
    return f"text : ({terms})"


class SearchRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def search(
        self, words: str, report_ids: Collection[int] | None = None, limit: int = 1000
    ) -> list[FindingHit]:
        """Paragraphs holding every word in ``words``, best matches first."""
        query = fts_query(words)
        if not query:
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
