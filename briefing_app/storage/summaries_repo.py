"""Theme summaries of the workspace's council. Returns domain objects, never rows.

Each council's summaries are its own (kept by council, audience and topic): this
repository reads and writes only the workspace's council's.
"""

from __future__ import annotations

import json
import sqlite3

from briefing_app.domain.outcomes import Audience
from briefing_app.domain.summaries import FigureBasis, Summary
from briefing_app.storage.database import Database, now_text
from briefing_app.storage.workspace_repo import OWN_COUNCIL


class SummaryRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def all(self, audience: Audience | None = None) -> list[Summary]:
        if audience is None:
            rows = self.db.query(
                f"SELECT * FROM summaries WHERE council = {OWN_COUNCIL} ORDER BY audience, position"
            )
        else:
            rows = self.db.query(
                f"SELECT * FROM summaries WHERE council = {OWN_COUNCIL} AND audience = ? "
                "ORDER BY position",
                (audience.value,),
            )
        return [_summary(row) for row in rows]

    def get(self, audience: Audience, topic: str) -> Summary | None:
        rows = self.db.query(
            f"SELECT * FROM summaries WHERE council = {OWN_COUNCIL} AND audience = ? AND topic = ?",
            (audience.value, topic),
        )
        return _summary(rows[0]) if rows else None

    def put(self, summary: Summary) -> Summary | None:
        """Store a summary of the workspace's council; the one it replaces (if any) is
        returned."""
        with self.db.transaction():
            replaced = self.get(summary.audience, summary.topic)
            self.db.execute(
                "INSERT INTO summaries (council, audience, topic, title, text, position, "
                f"origin, report_id, release_id, basis, updated_at) VALUES ({OWN_COUNCIL}, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(council, audience, topic) DO "
                "UPDATE SET title = excluded.title, text = excluded.text, "
                "position = excluded.position, origin = excluded.origin, "
                "report_id = excluded.report_id, release_id = excluded.release_id, "
                "basis = excluded.basis, updated_at = excluded.updated_at",
                (
                    summary.audience.value,
                    summary.topic,
                    summary.title,
                    summary.text,
                    summary.position,
                    summary.origin,
                    summary.report_id,
                    summary.release_id,
                    _basis_text(summary.basis),
                    now_text(),
                ),
            )
        return replaced

    def delete(self, audience: Audience, topic: str) -> Summary | None:
        """Remove the council's summary of a topic (the app writes one from the figures
        again); the one removed is returned."""
        with self.db.transaction():
            removed = self.get(audience, topic)
            self.db.execute(
                f"DELETE FROM summaries WHERE council = {OWN_COUNCIL} AND audience = ? "
                "AND topic = ?",
                (audience.value, topic),
            )
        return removed


def _basis_text(basis: tuple[FigureBasis, ...]) -> str:
    if not basis:
        return ""
    return json.dumps([[b.key, b.label, b.period, b.value] for b in basis], ensure_ascii=False)


def _basis(text: str) -> tuple[FigureBasis, ...]:
    if not text:
        return ()
    return tuple(FigureBasis(*(str(part) for part in item)) for item in json.loads(text))


def _summary(row: sqlite3.Row) -> Summary:
    return Summary(
        audience=Audience(row["audience"]),
        topic=row["topic"],
        title=row["title"],
        text=row["text"],
        position=row["position"],
        origin=row["origin"],
        report_id=row["report_id"],
        release_id=row["release_id"],
        basis=_basis(row["basis"]),
    )
