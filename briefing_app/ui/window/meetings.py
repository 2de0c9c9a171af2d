"""Meetings in the main window: committee mode (F11), the search of questions, answers and
actions (Ctrl+Shift+F), and going to what a page or a search points at."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from briefing_app.ui.window.base import WindowBase

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from briefing_app.ui.pages.meetings import MeetingsPage


class MeetingsMixin(WindowBase):
    def _meetings_page(self) -> MeetingsPage | None:
        """The Meetings page if it has been built (it is built when first shown)."""
        from briefing_app.ui.pages.meetings import MeetingsPage

        page = self._built.get("meetings")
        return page if isinstance(page, MeetingsPage) else None

    def _on_meeting_changed(self, meeting_id: int) -> None:
        self.statusBar().showMessage("The question was added to the meeting.", 8000)
        page = self._meetings_page()
        if page is not None:
            page.select_meeting(meeting_id)

    def start_committee_mode(self, meeting_id: int | None = None) -> QWidget | None:
        """Open committee mode for a meeting: the one chosen, or else the next one."""
        from briefing_app.ui.committee.window import CommitteeWindow

        if self.committee_window is not None:
            self.committee_window.raise_()
            self.committee_window.activateWindow()
            return self.committee_window
        if meeting_id is None:
            page = self._meetings_page()
            chosen = page.meeting if page is not None else None
            meeting = chosen or self.services.meetings.next_meeting()
            meeting_id = meeting.id if meeting is not None else None
        if meeting_id is None or not self.services.meetings.items(meeting_id):
            from briefing_app.ui.widgets.message_boxes import inform

            inform(
                self,
                "Prepare a meeting first",
                "Committee mode runs a meeting one question at a time. Create a meeting and "
                "choose its questions on the Meetings page first.",
            )
            self.show_page_by_key("meetings")
            return None
        window = CommitteeWindow(
            self.services.meetings,
            self.services.scrutiny,
            self.services.glossary,
            meeting_id,
            settings=self.settings,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._on_committee_closed)
        self.committee_window = window
        # The geometry first: without a window manager, full screen alone does not resize.
        window.setGeometry(self.screen().geometry())
        window.showFullScreen()
        window.activateWindow()
        return window

    def _on_committee_closed(self, meeting_id: int) -> None:
        self.committee_window = None
        self.refresh_pages()
        page = self._meetings_page()
        if page is not None:
            page.select_meeting(meeting_id)

    def open_search(self) -> QWidget:
        from briefing_app.ui.dialogs.search_dialog import SearchDialog

        dialog = SearchDialog(self.services.search, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.hitActivated.connect(self.go_to_hit)
        dialog.open()
        return dialog

    def go_to_hit(self, hit: object) -> None:
        """Show what a search found: a question, the meeting an answer was given at, an action."""
        from briefing_app.domain.search import SearchHit
        from briefing_app.ui.pages.actions import ActionsPage
        from briefing_app.ui.pages.meetings import MeetingsPage
        from briefing_app.ui.pages.questions import QuestionsPage

        if not isinstance(hit, SearchHit):
            return
        if hit.kind == "finding" and hit.paragraph is not None:
            self.open_paragraph(hit.report_id, hit.paragraph)
        elif hit.kind == "answer" and hit.meeting_id is not None:
            meetings = self.show_page_by_key("meetings")
            if isinstance(meetings, MeetingsPage):
                meetings.select_meeting(hit.meeting_id, hit.question_id)
        elif hit.kind == "action":
            actions = self.show_page_by_key("actions")
            if isinstance(actions, ActionsPage):
                actions.select_action(hit.ref)
        elif hit.question_id is not None:
            questions = self.show_page_by_key("questions")
            if isinstance(questions, QuestionsPage):
                questions.select_question(hit.question_id)

    def open_paragraph(self, report_id: int | None, paragraph: int) -> None:
        """Show ``paragraph`` of the report ``report_id`` (the latest if None) on the
        Inspection findings page."""
        from briefing_app.ui.pages.findings import FindingsPage

        page = self.show_page_by_key("findings")
        if isinstance(page, FindingsPage):
            page.show_paragraph(report_id, paragraph)
