"""Sections of a report without numbered paragraphs (such as its statistics), kept so a
figure taken from one can be shown in its place."""

from __future__ import annotations

from briefing_app.storage.database import Database


class ReportSectionRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def put(self, report_id: int, heading: str, text: str) -> None:
        self.db.execute(
            "INSERT INTO report_sections (report_id, heading, text) VALUES (?, ?, ?) "
            "ON CONFLICT(report_id, heading) DO UPDATE SET text = excluded.text",
            (report_id, heading, text),
        )

    def get(self, report_id: int, heading: str) -> str | None:
        """The section's text, or None if it is not held for that report."""
        text = self.db.scalar(
            "SELECT text FROM report_sections WHERE report_id = ? AND heading = ?",
            (report_id, heading),
        )
        return None if text is None else str(text)
