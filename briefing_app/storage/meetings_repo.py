"""Meetings and the questions on them, with answers. Returns domain objects, never rows.

Every write is its own committed transaction, so what is typed in committee is on disk
(WAL, ``synchronous=FULL``) as soon as the call returns.
"""

from __future__ import annotations

import sqlite3
from datetime import date, time

from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.exempt_information import ExemptParagraph
from briefing_app.domain.meetings import (
    ItemStatus,
    Meeting,
    MeetingArrangements,
    MeetingDetails,
    MeetingItem,
    MeetingSummary,
    membership_lines,
)
from briefing_app.storage.database import Database, now_text

_ITEM_SELECT = (
    "SELECT i.*, q.code AS code, q.text AS current_text FROM meeting_items i "
    "JOIN questions q ON q.id = i.question_id "
)


class MeetingRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    # -- meetings --------------------------------------------------------------------

    def add(self, details: MeetingDetails) -> int:
        with self.db.transaction():
            cursor = self.db.execute(
                f"INSERT INTO meetings ({', '.join(_COLUMNS)}, created_at) "
                f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})",
                (*_values(details), now_text()),
            )
        return int(cursor.lastrowid or 0)

    def update(self, meeting_id: int, details: MeetingDetails) -> None:
        with self.db.transaction():
            cursor = self.db.execute(
                f"UPDATE meetings SET {', '.join(f'{c} = ?' for c in _COLUMNS)} WHERE id = ?",
                (*_values(details), meeting_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"There is no meeting number {meeting_id}.")

    def delete(self, meeting_id: int) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))

    def get(self, meeting_id: int) -> Meeting:
        rows = self.db.query("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
        if not rows:
            raise NotFoundError(f"There is no meeting number {meeting_id}.")
        return _meeting(rows[0])

    def all(self) -> list[Meeting]:
        """Every meeting, newest first."""
        return [
            _meeting(row)
            for row in self.db.query("SELECT * FROM meetings ORDER BY meeting_date DESC, id DESC")
        ]

    def previous(self, meeting: Meeting) -> Meeting | None:
        """The same committee's meeting before ``meeting``, if one is held."""
        day = meeting.meeting_date.isoformat()
        rows = self.db.query(
            "SELECT * FROM meetings WHERE committee = ? AND id != ? "
            "AND (meeting_date < ? OR (meeting_date = ? AND id < ?)) "
            "ORDER BY meeting_date DESC, id DESC LIMIT 1",
            (meeting.committee, meeting.id, day, day, meeting.id),
        )
        return _meeting(rows[0]) if rows else None

    def summaries(self) -> list[MeetingSummary]:
        rows = self.db.query(
            "SELECT m.*, "
            "(SELECT count(*) FROM meeting_items i WHERE i.meeting_id = m.id) AS questions, "
            "(SELECT count(*) FROM meeting_items i WHERE i.meeting_id = m.id "
            " AND i.status IN ('answered', 'deferred')) AS done, "
            "(SELECT count(*) FROM actions a WHERE a.meeting_id = m.id "
            " AND a.closed_on IS NULL) AS open_actions "
            "FROM meetings m ORDER BY m.meeting_date DESC, m.id DESC"
        )
        return [
            MeetingSummary(_meeting(row), row["questions"], row["done"], row["open_actions"])
            for row in rows
        ]

    def committees(self) -> list[str]:
        """Committee names used before, most used first."""
        rows = self.db.query(
            "SELECT committee, count(*) AS n FROM meetings GROUP BY committee "
            "ORDER BY n DESC, committee"
        )
        return [row["committee"] for row in rows]

    # -- items -----------------------------------------------------------------------

    def items(self, meeting_id: int) -> list[MeetingItem]:
        rows = self.db.query(
            _ITEM_SELECT + "WHERE i.meeting_id = ? ORDER BY i.position, i.id", (meeting_id,)
        )
        return [_item(row) for row in rows]

    def item(self, item_id: int) -> MeetingItem:
        rows = self.db.query(_ITEM_SELECT + "WHERE i.id = ?", (item_id,))
        if not rows:
            raise NotFoundError(f"That question is no longer on the meeting (item {item_id}).")
        return _item(rows[0])

    def add_item(self, meeting_id: int, question_id: int) -> int:
        """Put a question at the end of a meeting's list (once only); return the item id."""
        with self.db.transaction():
            existing = self.db.scalar(
                "SELECT id FROM meeting_items WHERE meeting_id = ? AND question_id = ?",
                (meeting_id, question_id),
            )
            if existing is not None:
                return int(existing)
            position = self.db.scalar(
                "SELECT coalesce(max(position), 0) + 1 FROM meeting_items WHERE meeting_id = ?",
                (meeting_id,),
            )
            cursor = self.db.execute(
                "INSERT INTO meeting_items (meeting_id, question_id, position, updated_at) "
                "VALUES (?, ?, ?, ?)",
                (meeting_id, question_id, position, now_text()),
            )
        return int(cursor.lastrowid or 0)

    def remove_item(self, item_id: int) -> None:
        with self.db.transaction():
            meeting_id = self.db.scalar(
                "SELECT meeting_id FROM meeting_items WHERE id = ?", (item_id,)
            )
            self.db.execute("DELETE FROM meeting_items WHERE id = ?", (item_id,))
            if meeting_id is not None:
                self._renumber(int(meeting_id))

    def reorder(self, meeting_id: int, item_ids: list[int]) -> None:
        """Put a meeting's items in the given order (ids not listed keep their order after)."""
        with self.db.transaction():
            current = [
                row["id"]
                for row in self.db.query(
                    "SELECT id FROM meeting_items WHERE meeting_id = ? ORDER BY position, id",
                    (meeting_id,),
                )
            ]
            ordered = [i for i in item_ids if i in current]
            ordered += [i for i in current if i not in ordered]
            for position, item_id in enumerate(ordered, start=1):
                self.db.execute(
                    "UPDATE meeting_items SET position = ? WHERE id = ?", (position, item_id)
                )

    def _renumber(self, meeting_id: int) -> None:
        self.reorder(meeting_id, [])

    def set_status(self, item_id: int, status: ItemStatus) -> None:
        """Mark a question; the first mark fixes the wording that was put to the meeting."""
        with self.db.transaction():
            cursor = self.db.execute(
                "UPDATE meeting_items SET status = ?, updated_at = ?, question_text = CASE "
                "WHEN question_text = '' AND ? != 'not_asked' THEN "
                "(SELECT text FROM questions WHERE id = meeting_items.question_id) "
                "ELSE question_text END WHERE id = ?",
                (status.value, now_text(), status.value, item_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"That question is no longer on the meeting (item {item_id}).")

    def save_answer(self, item_id: int, answer: str, private: bool) -> None:
        with self.db.transaction():
            cursor = self.db.execute(
                "UPDATE meeting_items SET answer = ?, answer_private = ?, updated_at = ? "
                "WHERE id = ?",
                (answer, int(private), now_text(), item_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"That question is no longer on the meeting (item {item_id}).")

    def history(self, question_id: int) -> list[tuple[Meeting, MeetingItem]]:
        """Every meeting a question was on, newest first, with what happened to it."""
        rows = self.db.query(
            _ITEM_SELECT.replace("SELECT i.*", "SELECT i.*, m.committee, m.meeting_date, m.title")
            + "JOIN meetings m ON m.id = i.meeting_id WHERE i.question_id = ? "
            "ORDER BY m.meeting_date DESC, m.id DESC",
            (question_id,),
        )
        return [
            (
                Meeting(
                    row["meeting_id"],
                    row["committee"],
                    date.fromisoformat(row["meeting_date"]),
                    row["title"],
                ),
                _item(row),
            )
            for row in rows
        ]

    def last_outcomes(self, before: date | None = None) -> list[tuple[Meeting, MeetingItem]]:
        """For each question, the latest meeting it was marked at (before ``before``)."""
        rows = self.db.query(
            _ITEM_SELECT.replace("SELECT i.*", "SELECT i.*, m.committee, m.meeting_date, m.title")
            + "JOIN meetings m ON m.id = i.meeting_id "
            "WHERE i.status != 'not_asked' AND (? IS NULL OR m.meeting_date < ?) "
            "ORDER BY m.meeting_date, m.id",
            (before.isoformat() if before else None, before.isoformat() if before else None),
        )
        latest: dict[int, tuple[Meeting, MeetingItem]] = {}
        for row in rows:
            meeting = Meeting(
                row["meeting_id"],
                row["committee"],
                date.fromisoformat(row["meeting_date"]),
                row["title"],
            )
            latest[row["question_id"]] = (meeting, _item(row))
        return list(latest.values())


# A meeting's columns as an officer sets them, in the order ``_values`` gives them.
_COLUMNS = (
    "committee",
    "meeting_date",
    "title",
    "start_time",
    "venue",
    "membership",
    "clerk",
    "clerk_contact",
    "exempt_paragraph",
    "alternative_formats",
)


def _values(details: MeetingDetails) -> tuple[object, ...]:
    papers = details.arrangements
    return (
        details.committee.strip(),
        details.meeting_date.isoformat(),
        details.title.strip(),
        papers.start.strftime("%H:%M") if papers.start is not None else "",
        papers.venue.strip(),
        "\n".join(name.strip() for name in papers.membership if name.strip()),
        papers.clerk.strip(),
        papers.clerk_contact.strip(),
        papers.exempt_paragraph.number if papers.exempt_paragraph is not None else None,
        papers.alternative_formats.strip(),
    )


def _meeting(row: sqlite3.Row) -> Meeting:
    paragraph = row["exempt_paragraph"]
    start = row["start_time"]
    return Meeting(
        id=row["id"],
        committee=row["committee"],
        meeting_date=date.fromisoformat(row["meeting_date"]),
        title=row["title"],
        arrangements=MeetingArrangements(
            start=time.fromisoformat(start) if start else None,
            venue=row["venue"],
            membership=membership_lines(row["membership"]),
            clerk=row["clerk"],
            clerk_contact=row["clerk_contact"],
            exempt_paragraph=ExemptParagraph(paragraph) if paragraph is not None else None,
            alternative_formats=row["alternative_formats"],
        ),
    )


def _item(row: sqlite3.Row) -> MeetingItem:
    return MeetingItem(
        id=row["id"],
        meeting_id=row["meeting_id"],
        question_id=row["question_id"],
        position=row["position"],
        status=ItemStatus(row["status"]),
        answer=row["answer"],
        answer_private=bool(row["answer_private"]),
        question_text=row["question_text"] or row["current_text"],
        question_code=row["code"],
    )
