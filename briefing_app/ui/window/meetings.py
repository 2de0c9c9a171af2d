"""Meetings in the main window: committee mode (F11), the search of questions, answers and
actions (Ctrl+Shift+F), and going to what a page or a search points at."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from briefing_app.services.opening.container import Services
from briefing_app.ui.window.pages import PageStack

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from briefing_app.ui.committee.window import CommitteeWindow
    from briefing_app.ui.pages.meetings import MeetingsPage


class Meetings:
    """Committee mode, the search, and going from a search hit or a link to its page."""

    def __init__(
        self,
        window: QMainWindow,
        services: Callable[[], Services],
        settings: QSettings,
        pages: PageStack,
    ) -> None:
        self._window = window
        self._services = services
        self._settings = settings
        self._pages = pages
        self.committee_window: QWidget | None = None
        self.committee_action = QAction("&Committee mode", window)
        self.committee_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.committee_action.setToolTip("Run a meeting full screen, one question at a time (F11)")
        self.committee_action.triggered.connect(lambda: self.start_committee_mode())
        self.search_action = QAction("&Search reports, questions, answers and actions…", window)
        self.search_action.setIconText("Search everything")
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.setToolTip(
            "Search the reports' findings, the questions, and the answers and actions "
            "recorded at meetings (Ctrl+Shift+F)"
        )
        self.search_action.triggered.connect(self.open_search)

    def _meetings_page(self) -> MeetingsPage | None:
        """The Meetings page if it has been built (it is built when first shown)."""
        # Its page's class, loaded with the page, not with the window (about 75 ms).
        from briefing_app.ui.pages.meetings import MeetingsPage

        return self._pages.built("meetings", MeetingsPage)

    def on_meeting_changed(self, meeting_id: int) -> None:
        self._window.statusBar().showMessage("The question was added to the meeting.", 8000)
        page = self._meetings_page()
        if page is not None:
            page.select_meeting(meeting_id)

    def start_committee_mode(self, meeting_id: int | None = None) -> QWidget | None:
        """Open committee mode for a meeting: the one chosen, or else the next one."""
        # Committee mode, only when it starts (about 70 ms).
        from briefing_app.ui.committee.window import CommitteeWindow

        if self.committee_window is not None:
            self.committee_window.raise_()
            self.committee_window.activateWindow()
            return self.committee_window
        services = self._services()
        if meeting_id is None:
            page = self._meetings_page()
            chosen = page.meeting if page is not None else None
            meeting = chosen or services.meetings.next_meeting()
            meeting_id = meeting.id if meeting is not None else None
        if meeting_id is None or not services.meetings.items(meeting_id):
            # Only when there is something to say (about 3 ms).
            from briefing_app.ui.widgets.message_boxes import inform

            inform(
                self._window,
                "Prepare a meeting first",
                "Committee mode runs a meeting one question at a time. Create a meeting and "
                "choose its questions on the Meetings page first.",
            )
            self._pages.show("meetings")
            return None
        window = CommitteeWindow(
            services.meetings,
            services.scrutiny,
            services.glossary,
            meeting_id,
            settings=self._settings,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not services.officer_tools:
            read_only_committee(window)
        window.closed.connect(self._on_committee_closed)
        self.committee_window = window
        # The geometry first: without a window manager, full screen alone does not resize.
        window.setGeometry(self._window.screen().geometry())
        window.showFullScreen()
        window.activateWindow()
        return window

    def close_committee_mode(self) -> None:
        if self.committee_window is not None:
            self.committee_window.close()

    def _on_committee_closed(self, meeting_id: int) -> None:
        self.committee_window = None
        self._pages.refresh()
        page = self._meetings_page()
        if page is not None:
            page.select_meeting(meeting_id)

    def open_search(self) -> QWidget:
        # The dialog, only when it is opened (about 28 ms).
        from briefing_app.ui.dialogs.search_dialog import SearchDialog

        dialog = SearchDialog(self._services().search_on_own_connection(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.hitActivated.connect(self.go_to_hit)
        dialog.open()
        return dialog

    def go_to_hit(self, hit: object) -> None:
        """Show what a search found: a question, the meeting an answer was given at, an action."""
        # The pages' classes, loaded with the pages, not with the window (about 200 ms).
        from briefing_app.domain.search import SearchHit
        from briefing_app.ui.pages.actions import ActionsPage
        from briefing_app.ui.pages.meetings import MeetingsPage
        from briefing_app.ui.pages.questions import QuestionsPage

        if not isinstance(hit, SearchHit):
            return
        if hit.kind == "finding" and hit.paragraph is not None:
            self.open_paragraph(hit.report_id, hit.paragraph)
        elif hit.kind == "answer" and hit.meeting_id is not None:
            meetings = self._pages.show_as("meetings", MeetingsPage)
            if meetings is not None:
                meetings.select_meeting(hit.meeting_id, hit.question_id)
        elif hit.kind == "action":
            actions = self._pages.show_as("actions", ActionsPage)
            if actions is not None:
                actions.select_action(hit.ref)
        elif hit.question_id is not None:
            questions = self._pages.show_as("questions", QuestionsPage)
            if questions is not None:
                questions.select_question(hit.question_id)

    def open_paragraph(self, report_id: int | None, paragraph: int) -> None:
        """Show ``paragraph`` of the report ``report_id`` (the latest if None) on the
        Inspection findings page."""
        # Its page's class, loaded with the page, not with the window (about 40 ms).
        from briefing_app.ui.pages.findings import FindingsPage

        page = self._pages.show_as("findings", FindingsPage)
        if page is not None:
            page.show_paragraph(report_id, paragraph)


# Committee mode's commands that record something at the meeting.
RECORDING_COMMANDS = frozenset(
    {"Mark asked", "Mark answered", "Mark deferred", "Mark not asked", "Add an action"}
)


def read_only_committee(window: CommitteeWindow) -> None:
    """Committee mode over a briefing file: the questions, evidence and answers held are
    shown, and nothing can be recorded (the briefing is read-only)."""
    window.answer_edit.setReadOnly(True)
    window.answer_edit.setPlaceholderText("No answer was recorded in this briefing.")
    for control in (
        window.private_box,
        window.asked_button,
        window.answered_button,
        window.deferred_button,
        window.not_asked_button,
        window.add_action_button,
    ):
        control.setEnabled(False)
    for action in window.actions():
        if action.text() in RECORDING_COMMANDS:
            action.setEnabled(False)
