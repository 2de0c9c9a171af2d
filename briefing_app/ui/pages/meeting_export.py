"""Saving a meeting's record from the Meetings page: as CSV, or as a PDF printed with
the briefing packs' machinery (on another thread, as packs are)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.meetings import Meeting
from briefing_app.domain.wording import plural
from briefing_app.services.meeting_record import MeetingRecordService
from briefing_app.ui.background import BackgroundTask, report_bug
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.message_boxes import ask

if TYPE_CHECKING:
    from briefing_app.services.packs.service import BuiltPack, PackService


def record_file_name(meeting: Meeting, extension: str = "csv") -> str:
    committee = re.sub(r"[^A-Za-z0-9]+", "-", meeting.committee).strip("-").lower()
    return f"{committee or 'meeting'}-{meeting.meeting_date.isoformat()}-record.{extension}"


class RecordExporter:
    """Asks where to save and whether to include private answers, then saves the record.

    ``say`` shows a line of news on the page.
    """

    def __init__(
        self,
        parent: QWidget,
        records: MeetingRecordService,
        packs: Callable[[], PackService] | None,
        say: Callable[[str], None],
    ) -> None:
        self._parent = parent
        self._records = records
        self._packs = packs
        self._say = say
        self._task: BackgroundTask | None = None

    @property
    def can_print(self) -> bool:
        return self._packs is not None

    def is_busy(self) -> bool:
        return self._task is not None

    def wait(self) -> None:
        if self._task is not None:
            self._task.wait()

    def _target(self, meeting: Meeting, extension: str, kind: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self._parent,
            "Export the meeting record",
            str(Path.home() / record_file_name(meeting, extension)),
            f"{kind} files (*.{extension})",
        )
        return Path(name) if name else None

    def _include_private(self, has_private: bool) -> bool:
        if not has_private:
            return False
        # No, the default and what Escape gives, keeps them out.
        return ask(
            self._parent,
            "Include private notes?",
            "Some answers are marked private. Include them in the record? Choose No "
            "for any record that may be shared.",
        )

    def export_csv(self, meeting: Meeting, has_private: bool) -> None:
        target = self._target(meeting, "csv", "CSV")
        if target is None:
            return
        include_private = self._include_private(has_private)
        try:
            record = self._records.export_csv(meeting.id, target, include_private=include_private)
        except BriefingError as error:
            show_user_error(self._parent, "The record could not be exported", error)
            return
        self._say(f"Saved the record to {target}. {record.summary}")

    def export_pdf(self, meeting: Meeting, has_private: bool) -> bool:
        """Start printing the record as a PDF; False if it did not start."""
        if self._packs is None or self._task is not None:
            return False
        target = self._target(meeting, "pdf", "PDF")
        if target is None:
            return False
        include_private = self._include_private(has_private)
        packs = self._packs()
        try:
            content = packs.record_content(meeting.id, include_private=include_private)
        except BriefingError as error:
            show_user_error(self._parent, "The record could not be exported", error)
            return False
        assert content.record is not None
        summary = content.record.summary

        def done(built: BuiltPack) -> None:
            pages = plural(built.pages, "page")
            self._say(f"Saved the record to {built.path} ({pages}). {summary}")

        self._task = BackgroundTask(
            lambda progress: packs.write(content, target, progress),
            parent=self._parent,
            on_progress=lambda fraction, _message: self._say(
                f"Printing the record as a PDF… {round(fraction * 100)}%"
            ),
            on_success=done,
            on_failure=self._failed,
            on_finished=self._finished,
        )
        self._say("Printing the record as a PDF…")
        self._task.start()
        return True

    def _failed(self, error: Exception) -> None:
        if isinstance(error, BriefingError):
            self._say(f"The record was not saved. {error.message}")
            show_user_error(self._parent, "The record could not be exported", error)
        else:
            self._say("The record was not saved because of an unexpected problem.")
            report_bug(error)

    def _finished(self) -> None:
        self._task = None
