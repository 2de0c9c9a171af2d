"""Self-checks: each module's questions, and each result kept with the attendance it follows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.training.self_checks import (
    Answer,
    SelfCheck,
    SelfCheckQuestion,
    SelfCheckResult,
)
from briefing_app.storage.database import Database


class SelfCheckRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    # -- questions -----------------------------------------------------------------------

    def checks(self) -> dict[int, SelfCheck]:
        """Every module's self-check, by module id."""
        questions: dict[int, list[tuple[str, SelfCheckQuestion]]] = {}
        for row in self.db.query(
            "SELECT q.*, m.key FROM self_check_questions q "
            "JOIN training_modules m ON m.id = q.module_id ORDER BY q.module_id, q.position"
        ):
            question = SelfCheckQuestion(
                text=row["text"],
                choices=tuple(json.loads(row["choices"])),
                answer=row["answer"],
                explanation=row["explanation"],
                source=row["source"],
            )
            questions.setdefault(row["module_id"], []).append((row["key"], question))
        return {
            module_id: SelfCheck(found[0][0], tuple(q for _, q in found))
            for module_id, found in questions.items()
        }

    def put(self, module_id: int, check: SelfCheck) -> None:
        """Set the module's questions (replacing any it had)."""
        with self.db.transaction():
            self.db.execute("DELETE FROM self_check_questions WHERE module_id = ?", (module_id,))
            self.db.connection.executemany(
                "INSERT INTO self_check_questions (module_id, position, text, choices, answer, "
                "explanation, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        module_id,
                        position,
                        q.text,
                        json.dumps(list(q.choices), ensure_ascii=False),
                        q.answer,
                        q.explanation,
                        q.source,
                    )
                    for position, q in enumerate(check.questions, start=1)
                ],
            )

    # -- results -------------------------------------------------------------------------

    def results(self, completion_ids: Iterable[int] | None = None) -> list[SelfCheckResult]:
        """Results with their answers: all of them, or those kept with ``completion_ids``."""
        if completion_ids is None:
            rows = self.db.query("SELECT * FROM self_check_results ORDER BY id")
        else:
            wanted = sorted(set(completion_ids))
            if not wanted:
                return []
            marks = ", ".join("?" * len(wanted))
            rows = self.db.query(
                f"SELECT * FROM self_check_results WHERE completion_id IN ({marks}) ORDER BY id",
                tuple(wanted),
            )
        answers: dict[int, list[Answer]] = {}
        ids = [row["id"] for row in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.query(
                f"SELECT * FROM self_check_answers WHERE result_id IN ({marks}) "
                "ORDER BY result_id, position",
                tuple(chunk),
            ):
                answers.setdefault(row["result_id"], []).append(
                    Answer(
                        row["question"],
                        row["chosen"],
                        row["right_answer"],
                        bool(row["correct"]),
                        row["explanation"],
                    )
                )
        return [
            SelfCheckResult(
                row["completion_id"],
                date.fromisoformat(row["taken_on"]),
                tuple(answers.get(row["id"], ())),
            )
            for row in rows
        ]

    def record(self, result: SelfCheckResult) -> None:
        """Keep the result with its attendance, in place of any taken before for it."""
        with self.db.transaction():
            self.db.execute(
                "DELETE FROM self_check_results WHERE completion_id = ?", (result.completion_id,)
            )
            try:
                cursor = self.db.execute(
                    "INSERT INTO self_check_results (completion_id, taken_on, correct, total) "
                    "VALUES (?, ?, ?, ?)",
                    (
                        result.completion_id,
                        result.taken_on.isoformat(),
                        result.correct,
                        result.total,
                    ),
                )
            except sqlite3.IntegrityError as error:
                raise InvalidInputError(
                    "The attendance this self-check follows is no longer in the records, so "
                    "the result was not saved.",
                    "Close this window and try again.",
                ) from error
            result_id = int(cursor.lastrowid or 0)
            self.db.connection.executemany(
                "INSERT INTO self_check_answers (result_id, position, question, chosen, "
                "right_answer, correct, explanation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        result_id,
                        position,
                        a.question,
                        a.chosen,
                        a.right_answer,
                        int(a.correct),
                        a.explanation,
                    )
                    for position, a in enumerate(result.answers, start=1)
                ],
            )
