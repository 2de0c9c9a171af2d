"""The record of a meeting: built once, then written out as CSV (and, with packs, as PDF).

``MeetingRecordService.record`` is the one place a record is assembled. The CSV writer
below turns it into a file; a PDF writer in ``packs/`` takes the same ``MeetingRecord``.
Private answers are left out unless ``include_private`` is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.meeting_record import CSV_HEADER, MeetingRecord, RecordEntry
from briefing_app.domain.workspace import demonstration_notice
from briefing_app.services.csv_export import write_safe_csv
from briefing_app.storage.actions_repo import ActionRepository
from briefing_app.storage.database import Database
from briefing_app.storage.meetings_repo import MeetingRepository
from briefing_app.storage.questions_repo import QuestionRepository
from briefing_app.storage.workspace_repo import WorkspaceRepository


class MeetingRecordService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._meetings = MeetingRepository(database)
        self._actions = ActionRepository(database)
        self._questions = QuestionRepository(database)
        self._workspace = WorkspaceRepository(database)
        self.today = today

    def record(self, meeting_id: int, *, include_private: bool = False) -> MeetingRecord:
        meeting = self._meetings.get(meeting_id)
        actions = self._actions.for_meeting(meeting_id)
        entries = []
        for number, item in enumerate(self._meetings.items(meeting_id), start=1):
            try:
                paragraphs = self._questions.get(item.question_id).paragraphs
            except NotFoundError:  # a question of another council, put in an older version
                paragraphs = ()
            entries.append(
                RecordEntry(
                    number=number,
                    code=item.question_code,
                    question=item.question_text,
                    paragraphs=paragraphs,
                    status=item.status,
                    answer=item.answer,
                    answer_private=item.answer_private,
                    actions=tuple(a for a in actions if a.question_id == item.question_id),
                )
            )
        return MeetingRecord(meeting, tuple(entries), self.today(), include_private, self._notice())

    def _notice(self) -> str:
        """The demonstration's notice, for a record made in the demonstration."""
        record = self._workspace.get()
        if record is None or not record.demonstration:
            return ""
        return demonstration_notice(self._workspace.council_name() or "Portsmouth")

    def export_csv(
        self, meeting_id: int, path: Path, *, include_private: bool = False, replace: bool = True
    ) -> MeetingRecord:
        """Write the record as CSV, every cell made safe for spreadsheets; return the record.

        The file is written beside its target and moved into place, so a failed export
        never leaves half a file behind. With ``replace=False`` a file already there is
        refused and left as it was.
        """
        record = self.record(meeting_id, include_private=include_private)
        write_record_csv(record, path, replace=replace)
        return record


def write_record_csv(record: MeetingRecord, path: Path, *, replace: bool = True) -> None:
    write_safe_csv(path, CSV_HEADER, record.rows(), replace=replace)
