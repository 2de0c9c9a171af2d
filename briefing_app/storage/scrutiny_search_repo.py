"""Full-text search over questions, answers and actions (SQLite FTS5, diacritics folded).

Each search is a separate source returning ``SearchHit``s, so a search service can
combine them with other sources (such as the findings of inspection reports).
"""

from __future__ import annotations

from datetime import date

from briefing_app.domain.dates import long_date
from briefing_app.domain.search import MATCH_END, MATCH_START, SearchHit
from briefing_app.storage.database import Database
from briefing_app.storage.fts import match_query
from briefing_app.storage.workspace_repo import OWN_COUNCIL

_SNIPPET = "?, ?, '…', 14"


class ScrutinySearchRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def questions(self, text: str, limit: int = 50) -> list[SearchHit]:
        query = match_query(text)
        if query is None:
            return []
        rows = self.db.query(
            f"SELECT q.id, q.code, q.text, snippet(questions_fts, -1, {_SNIPPET}) AS snip, "
            "bm25(questions_fts) AS rank FROM questions_fts "
            "JOIN questions q ON q.id = questions_fts.rowid "
            f"WHERE questions_fts MATCH ? AND q.council = {OWN_COUNCIL} ORDER BY rank LIMIT ?",
            (MATCH_START, MATCH_END, query, limit),
        )
        return [
            SearchHit(
                kind="question",
                kind_label="Question",
                ref=row["id"],
                title=f"{row['code']}: {row['text']}",
                snippet=row["snip"],
                rank=row["rank"],
                question_id=row["id"],
            )
            for row in rows
        ]

    def answers(self, text: str, limit: int = 50) -> list[SearchHit]:
        query = match_query(text)
        if query is None:
            return []
        rows = self.db.query(
            "SELECT i.id, i.meeting_id, i.question_id, i.answer_private, q.code, "
            "m.committee, m.meeting_date, "
            f"snippet(answers_fts, 0, {_SNIPPET}) AS snip, bm25(answers_fts) AS rank "
            "FROM answers_fts JOIN meeting_items i ON i.id = answers_fts.rowid "
            "JOIN meetings m ON m.id = i.meeting_id JOIN questions q ON q.id = i.question_id "
            "WHERE answers_fts MATCH ? ORDER BY rank LIMIT ?",
            (MATCH_START, MATCH_END, query, limit),
        )
        return [
            SearchHit(
                kind="answer",
                kind_label="Answer",
                ref=row["id"],
                title=(
                    f"Answer to {row['code']} at {row['committee']}, "
                    f"{long_date(date.fromisoformat(row['meeting_date']))}"
                ),
                snippet=row["snip"],
                rank=row["rank"],
                private=bool(row["answer_private"]),
                meeting_id=row["meeting_id"],
                question_id=row["question_id"],
            )
            for row in rows
        ]

    def actions(self, text: str, limit: int = 50) -> list[SearchHit]:
        query = match_query(text)
        if query is None:
            return []
        rows = self.db.query(
            "SELECT a.id, a.meeting_id, a.question_id, a.owner, a.due_date, a.closed_on, "
            f"snippet(actions_fts, -1, {_SNIPPET}) AS snip, bm25(actions_fts) AS rank "
            "FROM actions_fts JOIN actions a ON a.id = actions_fts.rowid "
            "WHERE actions_fts MATCH ? ORDER BY rank LIMIT ?",
            (MATCH_START, MATCH_END, query, limit),
        )
        return [
            SearchHit(
                kind="action",
                kind_label="Action",
                ref=row["id"],
                title=(
                    f"Action for {row['owner']}, "
                    + (
                        "closed"
                        if row["closed_on"]
                        else f"due {long_date(date.fromisoformat(row['due_date']))}"
                    )
                ),
                snippet=row["snip"],
                rank=row["rank"],
                meeting_id=row["meeting_id"],
                question_id=row["question_id"],
            )
            for row in rows
        ]
