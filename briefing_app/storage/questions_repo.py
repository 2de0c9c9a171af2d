"""The question bank of the workspace's council. Returns domain objects, never rows.

Each question belongs to a council (and rests on a report or a DfE release of it): this
repository reads and writes only the workspace's council's questions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.principles import PRINCIPLES_BY_KEY
from briefing_app.domain.scrutiny import Question, QuestionDraft, QuestionStatus
from briefing_app.storage.database import Database, now_text
from briefing_app.storage.workspace_repo import OWN_COUNCIL

OFFICER_CODE_PREFIX = "Q"
_OURS = f"council = {OWN_COUNCIL}"


class QuestionRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def take_council_from_reports(self) -> None:
        """Give each question not yet naming its council the council of its report."""
        self.db.execute(
            "UPDATE questions SET council = (SELECT council FROM reports WHERE id = report_id) "
            "WHERE council IS NULL AND report_id IS NOT NULL"
        )

    # -- reading ---------------------------------------------------------------------

    def all(self) -> list[Question]:
        """Every question, retired ones too, in the bank's order (by code)."""
        return self._load(f"SELECT * FROM questions WHERE {_OURS} ORDER BY code", ())

    def get(self, question_id: int) -> Question:
        found = self._load(f"SELECT * FROM questions WHERE {_OURS} AND id = ?", (question_id,))
        if not found:
            raise NotFoundError(f"There is no question number {question_id}.")
        return found[0]

    def by_code(self, code: str) -> Question | None:
        found = self._load(f"SELECT * FROM questions WHERE {_OURS} AND code = ?", (code,))
        return found[0] if found else None

    def for_paragraph(self, paragraph: int, report_id: int | None = None) -> list[Question]:
        """Questions resting on a paragraph, as a finding or as a recommendation."""
        return self._load(
            f"SELECT * FROM questions q WHERE {_OURS} AND (q.report_id IS ? OR ? IS NULL) "
            "AND q.id IN ("
            "SELECT question_id FROM question_findings WHERE paragraph = ? UNION "
            "SELECT question_id FROM question_recommendations WHERE paragraph = ?) "
            "ORDER BY q.code",
            (report_id, report_id, paragraph, paragraph),
        )

    def _load(self, sql: str, parameters: tuple[object, ...]) -> list[Question]:
        rows = self.db.query(sql, parameters)
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        findings = self._links("question_findings", "paragraph", ids)
        recommendations = self._links("question_recommendations", "paragraph", ids)
        indicators = self._links("question_indicators", "indicator_key", ids)
        return [
            _question(
                row,
                tuple(sorted(int(n) for n in findings.get(row["id"], []))),
                tuple(sorted(int(n) for n in recommendations.get(row["id"], []))),
                tuple(str(k) for k in indicators.get(row["id"], [])),
            )
            for row in rows
        ]

    def _links(self, table: str, column: str, ids: list[int]) -> dict[int, list[Any]]:
        links: dict[int, list[Any]] = {}
        # Chunked so a long list never exceeds SQLite's limit on parameters.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(
                f"SELECT question_id, {column} FROM {table} WHERE question_id IN ({marks}) "
                f"ORDER BY rowid",
                tuple(chunk),
            ):
                links.setdefault(row["question_id"], []).append(row[column])
        return links

    # -- writing ---------------------------------------------------------------------

    def add(
        self,
        draft: QuestionDraft,
        report_id: int | None,
        code: str | None = None,
        release_id: int | None = None,
    ) -> int:
        """Add a question of the workspace's council, resting on ``report_id`` (or on the
        DfE release ``release_id``); an officer's new question gets the next free code
        (Q001, ...)."""
        with self.db.transaction():
            code = code or self._next_code()
            now = now_text()
            cursor = self.db.execute(
                "INSERT INTO questions (code, text, why, theme, principle, status, report_id, "
                "release_id, created_at, updated_at, council) "
                f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {OWN_COUNCIL})",
                (
                    code,
                    draft.text.strip(),
                    draft.why.strip(),
                    draft.theme,
                    draft.principle,
                    QuestionStatus.ACTIVE.value,
                    report_id,
                    release_id,
                    now,
                    now,
                ),
            )
            question_id = int(cursor.lastrowid or 0)
            self._write_links(question_id, draft)
        return question_id

    def add_many(self, drafts: Iterable[tuple[str, QuestionDraft]], report_id: int | None) -> int:
        count = 0
        with self.db.transaction():
            for code, draft in drafts:
                self.add(draft, report_id, code)
                count += 1
        return count

    def update(self, question_id: int, draft: QuestionDraft) -> None:
        with self.db.transaction():
            cursor = self.db.execute(
                "UPDATE questions SET text = ?, why = ?, theme = ?, principle = ?, "
                f"updated_at = ? WHERE {_OURS} AND id = ?",
                (
                    draft.text.strip(),
                    draft.why.strip(),
                    draft.theme,
                    draft.principle,
                    now_text(),
                    question_id,
                ),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"There is no question number {question_id}.")
            for table in ("question_findings", "question_recommendations", "question_indicators"):
                self.db.execute(f"DELETE FROM {table} WHERE question_id = ?", (question_id,))
            self._write_links(question_id, draft)

    def set_status(self, question_id: int, status: QuestionStatus) -> None:
        cursor = self.db.execute(
            f"UPDATE questions SET status = ?, updated_at = ? WHERE {_OURS} AND id = ?",
            (status.value, now_text(), question_id),
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"There is no question number {question_id}.")

    def _write_links(self, question_id: int, draft: QuestionDraft) -> None:
        conn = self.db.connection
        conn.executemany(
            "INSERT INTO question_findings (question_id, paragraph) VALUES (?, ?)",
            [(question_id, n) for n in sorted(set(draft.findings))],
        )
        conn.executemany(
            "INSERT INTO question_recommendations (question_id, paragraph) VALUES (?, ?)",
            [(question_id, n) for n in sorted(set(draft.recommendations))],
        )
        conn.executemany(
            "INSERT INTO question_indicators (question_id, indicator_key) VALUES (?, ?)",
            [(question_id, k) for k in dict.fromkeys(draft.indicators)],
        )

    def _next_code(self) -> str:
        codes = self.db.query(
            "SELECT code FROM questions WHERE code GLOB ?", (f"{OFFICER_CODE_PREFIX}[0-9]*",)
        )
        numbers = [int(row["code"][1:]) for row in codes if row["code"][1:].isdigit()]
        return f"{OFFICER_CODE_PREFIX}{max(numbers, default=0) + 1:03d}"


def _question(
    row: sqlite3.Row,
    findings: tuple[int, ...],
    recommendations: tuple[int, ...],
    indicators: tuple[str, ...],
) -> Question:
    return Question(
        id=row["id"],
        code=row["code"],
        text=row["text"],
        why=row["why"],
        theme=row["theme"],
        principle=PRINCIPLES_BY_KEY[row["principle"]],
        findings=findings,
        recommendations=recommendations,
        indicators=indicators,
        status=QuestionStatus(row["status"]),
        report_id=row["report_id"],
    )
