"""Free text published for public packs, and the answers and actions it may come from."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.publication import Publications, TextKind
from briefing_app.storage.database import Database


class PublicationRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def publications(self) -> Publications:
        return Publications(
            {
                (TextKind(row["kind"]), row["item_id"]): row["text_digest"]
                for row in self.db.query("SELECT kind, item_id, text_digest FROM published_texts")
            }
        )

    def publish(self, kind: TextKind, item_id: int, digest: str, on: date) -> None:
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO published_texts (kind, item_id, text_digest, published_on) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (kind, item_id) DO UPDATE SET "
                "text_digest = excluded.text_digest, published_on = excluded.published_on",
                (kind.value, item_id, digest, on.isoformat()),
            )

    def withdraw(self, kind: TextKind, item_id: int) -> None:
        with self.db.transaction():
            self.db.execute(
                "DELETE FROM published_texts WHERE kind = ? AND item_id = ?", (kind.value, item_id)
            )

    def answers(self) -> list[tuple[int, str, str]]:
        """Every answer not marked private: its item's id, the text, and where it was given."""
        rows = self.db.query(
            "SELECT i.id, i.answer, m.committee, m.meeting_date, q.code FROM meeting_items i "
            "JOIN meetings m ON m.id = i.meeting_id JOIN questions q ON q.id = i.question_id "
            "WHERE i.answer <> '' AND NOT i.answer_private ORDER BY m.meeting_date DESC, i.position"
        )
        return [
            (row["id"], row["answer"], f"{row['committee']}, {row['meeting_date']}: {row['code']}")
            for row in rows
        ]

    def actions(self) -> list[tuple[int, str, str]]:
        """Every action: its id, its description, and the meeting that agreed it."""
        rows = self.db.query(
            "SELECT a.id, a.description, m.committee, m.meeting_date FROM actions a "
            "JOIN meetings m ON m.id = a.meeting_id ORDER BY a.due_date, a.id"
        )
        return [
            (row["id"], row["description"], f"{row['committee']}, {row['meeting_date']}")
            for row in rows
        ]
