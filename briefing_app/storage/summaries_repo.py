"""Theme summaries. Returns domain objects, never rows."""

from __future__ import annotations

import sqlite3

from briefing_app.domain.outcomes import Audience
from briefing_app.domain.summaries import Summary
from briefing_app.storage.database import Database, now_text


class SummaryRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def all(self, audience: Audience | None = None) -> list[Summary]:
        if audience is None:
            rows = self.db.query("SELECT * FROM summaries ORDER BY audience, position")
        else:
            rows = self.db.query(
                "SELECT * FROM summaries WHERE audience = ? ORDER BY position",
                (audience.value,),
            )
        return [_summary(row) for row in rows]

    def get(self, audience: Audience, topic: str) -> Summary | None:
        rows = self.db.query(
            "SELECT * FROM summaries WHERE audience = ? AND topic = ?", (audience.value, topic)
        )
        return _summary(rows[0]) if rows else None

    def put(self, summary: Summary) -> Summary | None:
        """Store a summary; the one it replaces (if any) is returned."""
        with self.db.transaction():
            replaced = self.get(summary.audience, summary.topic)
            self.db.execute(
                "INSERT INTO summaries (audience, topic, title, text, position, origin, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(audience, topic) DO "
                "UPDATE SET title = excluded.title, text = excluded.text, "
                "position = excluded.position, origin = excluded.origin, "
                "updated_at = excluded.updated_at",
                (
                    summary.audience.value,
                    summary.topic,
                    summary.title,
                    summary.text,
                    summary.position,
                    summary.origin,
                    now_text(),
                ),
            )
        return replaced


def _summary(row: sqlite3.Row) -> Summary:
    return Summary(
        audience=Audience(row["audience"]),
        topic=row["topic"],
        title=row["title"],
        text=row["text"],
        position=row["position"],
        origin=row["origin"],
    )
