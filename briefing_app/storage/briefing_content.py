"""What a briefing file's content holds: cutting a copy of the database down to an
edition, and finding the lasting targets of members' notes in it.

The lasting identities (see ``domain.briefing``) are read from the database here: a
report by its council, kind and inspection dates; a paragraph by its report and number;
a figure by its indicator's key; a question by its code; a meeting item by its meeting's
``stable_id`` and its question's code.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from briefing_app.domain.briefing import ReportIdentity, Target, TargetKind
from briefing_app.domain.publication import NOT_PUBLISHED, TextKind
from briefing_app.storage.database import Database
from briefing_app.storage.publications_repo import PublicationRepository
from briefing_app.storage.workspace_repo import OWN_COUNCIL


class BriefingContent:
    """The content of a briefing being published (a copy of the database), or of one open."""

    def __init__(self, database: Database) -> None:
        self.db = database

    # -- cutting a copy down to an edition ------------------------------------------------

    def meeting_ids(self) -> list[str]:
        return [row[0] for row in self.db.query("SELECT stable_id FROM meetings ORDER BY id")]

    def stable_id_of_meeting(self, meeting_id: int) -> str | None:
        found = self.db.scalar("SELECT stable_id FROM meetings WHERE id = ?", (meeting_id,))
        return None if found is None else str(found)

    def keep_only_meetings(self, stable_ids: Iterable[str]) -> None:
        """Leave out every meeting (with its items and actions) but those named."""
        kept = list(stable_ids)
        marks = ", ".join("?" for _ in kept)
        self.db.execute(f"DELETE FROM meetings WHERE stable_id NOT IN ({marks})", tuple(kept))

    def leave_out_private(self) -> None:
        """What a public pack never shows: answers marked private, free text an officer has
        not published for the public (or has edited since), action owners' names (and
        notes on closing actions), and the council's members with their training records
        and self-checks."""
        self.db.execute("UPDATE meeting_items SET answer = '' WHERE answer_private = 1")
        self._withhold_unpublished()
        self.db.execute("UPDATE actions SET owner = '', closing_note = ''")
        self.db.execute("DELETE FROM members")
        # The search indexes are built again from what is left, so that no word of what
        # was left out stays in them.
        for index in ("answers_fts", "actions_fts"):
            self.db.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")

    def _withhold_unpublished(self) -> None:
        """Answers and action descriptions not published as they stand say so instead, as
        they do in a public pack."""
        texts = PublicationRepository(self.db)
        published = texts.publications()
        for kind, rows, sql in (
            (TextKind.ANSWER, texts.answers(), "UPDATE meeting_items SET answer = ? WHERE id = ?"),
            (TextKind.ACTION, texts.actions(), "UPDATE actions SET description = ? WHERE id = ?"),
        ):
            for item_id, text, _where in rows:
                if not published.allows(kind, item_id, text):
                    self.db.execute(sql, (NOT_PUBLISHED, item_id))

    def leave_out_figure(self, indicator: str, as_at: date) -> None:
        """Leave out one of the council's own figures (a small count a public pack hides)."""
        self.db.execute(
            f"DELETE FROM indicator_values WHERE council = {OWN_COUNCIL} "
            "AND indicator = ? AND as_at = ?",
            (indicator, as_at.isoformat()),
        )

    def summaries(self) -> list[tuple[str, str, str]]:
        """The council's summaries: (audience, topic, text)."""
        rows = self.db.query(
            f"SELECT audience, topic, text FROM summaries WHERE council = {OWN_COUNCIL}"
        )
        return [(row["audience"], row["topic"], row["text"]) for row in rows]

    def set_summary_text(self, audience: str, topic: str, text: str) -> None:
        self.db.execute(
            f"UPDATE summaries SET text = ? WHERE council = {OWN_COUNCIL} "
            "AND audience = ? AND topic = ?",
            (text, audience, topic),
        )

    # -- targets of notes -------------------------------------------------------------------

    def reports(self) -> list[ReportIdentity]:
        """The council's own reports, newest first."""
        rows = self.db.query(
            "SELECT council, kind, inspection_start, inspection_end FROM reports "
            f"WHERE council = {OWN_COUNCIL} ORDER BY inspection_end DESC, id DESC"
        )
        return [
            ReportIdentity(
                row["council"],
                row["kind"],
                date.fromisoformat(row["inspection_start"]),
                date.fromisoformat(row["inspection_end"]),
            )
            for row in rows
        ]

    def has(self, target: Target) -> bool:
        """Whether ``target`` is in this content."""
        if target.kind is TargetKind.PARAGRAPH:
            report, number = target.paragraph()
            return self._exists(
                "SELECT 1 FROM findings f JOIN reports r ON r.id = f.report_id "
                "WHERE r.council = ? AND r.kind = ? AND r.inspection_start = ? "
                "AND r.inspection_end = ? AND f.paragraph = ?",
                (
                    report.council,
                    report.kind,
                    report.start.isoformat(),
                    report.end.isoformat(),
                    number,
                ),
            )
        if target.kind is TargetKind.INDICATOR:
            return self._exists(
                f"SELECT 1 FROM indicator_values WHERE council = {OWN_COUNCIL} AND indicator = ?",
                (target.key,),
            ) or self._exists(
                "SELECT 1 FROM statistics_values WHERE indicator = ? AND area_code IN "
                f"({OWN_COUNCIL}, (SELECT new_la_code FROM councils WHERE old_la_code = "
                f"{OWN_COUNCIL}))",
                (target.key,),
            )
        if target.kind is TargetKind.QUESTION:
            return self._exists(
                f"SELECT 1 FROM questions WHERE code = ? AND (council = {OWN_COUNCIL} "
                "OR council IS NULL)",
                (target.key,),
            )
        meeting, _, code = target.key.rpartition(":")
        return self._exists(
            "SELECT 1 FROM meeting_items i JOIN meetings m ON m.id = i.meeting_id "
            "JOIN questions q ON q.id = i.question_id WHERE m.stable_id = ? AND q.code = ?",
            (meeting, code),
        )

    def _exists(self, sql: str, parameters: tuple[object, ...]) -> bool:
        return self.db.scalar(sql, parameters) is not None
