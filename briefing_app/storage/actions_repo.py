"""Actions promised at meetings. Returns domain objects, never rows."""

from __future__ import annotations

import sqlite3
from datetime import date

from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.meetings import Action, ActionDetails, ActionView, Meeting
from briefing_app.storage.database import Database

_VIEW_SELECT = (
    "SELECT a.*, m.committee, m.meeting_date, m.title, "
    "coalesce(q.code, '') AS code, "
    "coalesce(nullif(i.question_text, ''), q.text, '') AS question_text "
    "FROM actions a JOIN meetings m ON m.id = a.meeting_id "
    "LEFT JOIN questions q ON q.id = a.question_id "
    "LEFT JOIN meeting_items i ON i.meeting_id = a.meeting_id AND i.question_id = a.question_id "
)


class ActionRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def add(
        self, meeting_id: int, question_id: int | None, details: ActionDetails, raised_on: date
    ) -> int:
        with self.db.transaction():
            cursor = self.db.execute(
                "INSERT INTO actions (meeting_id, question_id, owner, description, due_date, "
                "raised_on) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    meeting_id,
                    question_id,
                    details.owner.strip(),
                    details.description.strip(),
                    details.due.isoformat(),
                    raised_on.isoformat(),
                ),
            )
        return int(cursor.lastrowid or 0)

    def update(self, action_id: int, details: ActionDetails) -> None:
        with self.db.transaction():
            cursor = self.db.execute(
                "UPDATE actions SET owner = ?, description = ?, due_date = ? WHERE id = ?",
                (
                    details.owner.strip(),
                    details.description.strip(),
                    details.due.isoformat(),
                    action_id,
                ),
            )
            self._found(cursor, action_id)

    def close(self, action_id: int, on: date, note: str) -> None:
        with self.db.transaction():
            cursor = self.db.execute(
                "UPDATE actions SET closed_on = ?, closing_note = ? WHERE id = ?",
                (on.isoformat(), note.strip(), action_id),
            )
            self._found(cursor, action_id)

    def reopen(self, action_id: int) -> None:
        """Open a closed action again. The closing note is kept, so nothing is lost."""
        with self.db.transaction():
            cursor = self.db.execute(
                "UPDATE actions SET closed_on = NULL WHERE id = ?", (action_id,)
            )
            self._found(cursor, action_id)

    def delete(self, action_id: int) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM actions WHERE id = ?", (action_id,))

    def get(self, action_id: int) -> Action:
        rows = self.db.query("SELECT * FROM actions WHERE id = ?", (action_id,))
        if not rows:
            raise NotFoundError(f"There is no action number {action_id}.")
        return _action(rows[0])

    def for_meeting(self, meeting_id: int) -> list[Action]:
        return [
            _action(row)
            for row in self.db.query(
                "SELECT * FROM actions WHERE meeting_id = ? ORDER BY id", (meeting_id,)
            )
        ]

    def views(self) -> list[ActionView]:
        """Every action with its meeting and question, soonest due first."""
        rows = self.db.query(_VIEW_SELECT + "ORDER BY a.due_date, a.id")
        return [_view(row) for row in rows]

    def open_views(self, raised_on_or_before: date | None = None) -> list[ActionView]:
        """Open actions, optionally only those from meetings held on or before a date."""
        day = raised_on_or_before.isoformat() if raised_on_or_before else None
        rows = self.db.query(
            _VIEW_SELECT + "WHERE a.closed_on IS NULL AND (? IS NULL OR m.meeting_date <= ?) "
            "ORDER BY a.due_date, a.id",
            (day, day),
        )
        return [_view(row) for row in rows]

    def view(self, action_id: int) -> ActionView:
        rows = self.db.query(_VIEW_SELECT + "WHERE a.id = ?", (action_id,))
        if not rows:
            raise NotFoundError(f"There is no action number {action_id}.")
        return _view(rows[0])

    @staticmethod
    def _found(cursor: sqlite3.Cursor, action_id: int) -> None:
        if cursor.rowcount == 0:
            raise NotFoundError(f"There is no action number {action_id}.")


def _action(row: sqlite3.Row) -> Action:
    return Action(
        id=row["id"],
        meeting_id=row["meeting_id"],
        question_id=row["question_id"],
        owner=row["owner"],
        description=row["description"],
        due=date.fromisoformat(row["due_date"]),
        raised_on=date.fromisoformat(row["raised_on"]),
        closed_on=date.fromisoformat(row["closed_on"]) if row["closed_on"] else None,
        closing_note=row["closing_note"],
    )


def _view(row: sqlite3.Row) -> ActionView:
    meeting = Meeting(
        row["meeting_id"], row["committee"], date.fromisoformat(row["meeting_date"]), row["title"]
    )
    return ActionView(_action(row), meeting, row["code"], row["question_text"])
