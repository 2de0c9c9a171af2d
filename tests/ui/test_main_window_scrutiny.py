"""Committee mode and search from the main window."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.meetings import ActionDetails, MeetingDetails
from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.committee.window import CommitteeWindow
from briefing_app.ui.dialogs.search_dialog import SearchDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.actions import ActionsPage
from briefing_app.ui.pages.meetings import MeetingsPage
from briefing_app.ui.pages.questions import QuestionsPage
from tests.ui.keys import when_modal


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_f11_without_a_prepared_meeting_explains_and_goes_to_meetings(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(read_and_close)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Create a meeting and choose its questions" in seen[0]
    assert window.pages.current_key() == "meetings"
    assert window.meetings.committee_window is None


def test_f11_and_the_toolbar_open_committee_mode_full_screen(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date.today() + timedelta(days=7))
    )
    question = services.scrutiny.all_questions()[0]
    services.meetings.add_question(meeting.id, question.id)
    window = _window(qtbot, services, tmp_path)
    toolbar = window.findChild(QToolBar)
    assert toolbar is not None
    assert window.meetings.committee_action in toolbar.actions()
    assert window.meetings.committee_action.shortcut().toString() == "F11"

    qtbot.keyClick(window, Qt.Key.Key_F11)
    committee = window.meetings.committee_window
    assert isinstance(committee, CommitteeWindow)
    qtbot.waitUntil(committee.isFullScreen)
    qtbot.waitUntil(committee.isActiveWindow)  # keys reach a window once it is active
    assert committee.meeting.id == meeting.id
    assert committee.question_label.text().startswith(question.code)
    qtbot.keyClick(committee, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(committee.closed):
        qtbot.keyClick(committee, Qt.Key.Key_Escape)
    assert window.meetings.committee_window is None
    page = window.pages.get("meetings")
    assert isinstance(page, MeetingsPage)
    assert page.meeting is not None
    assert page.meeting.id == meeting.id
    assert "Answered" in page.item_model.index(0, 3).data()

    window.meetings.committee_action.trigger()  # the toolbar button
    assert isinstance(window.meetings.committee_window, CommitteeWindow)
    window.close()
    assert (
        window.meetings.committee_window is None or not window.meetings.committee_window.isVisible()
    )


def test_search_goes_to_what_it_found(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    meeting = services.meetings.create(MeetingDetails("Corporate Parenting Board", date.today()))
    item = services.meetings.add_question(meeting.id, services.scrutiny.all_questions()[1].id)
    action = services.meetings.add_action(
        item.id, ActionDetails("Agnieszka Wójcik", "write to schools", date.today())
    )
    services.meetings.save_answer(item.id, "The queue is now eleven days.", False)
    window = _window(qtbot, services, tmp_path)

    def search(text: str) -> SearchDialog:
        with qtbot.waitActive(window):  # offscreen does not give it back after a dialog
            window.activateWindow()
        qtbot.keyClick(
            window,
            Qt.Key.Key_F,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        dialog = window.findChild(SearchDialog)
        assert isinstance(dialog, SearchDialog)
        qtbot.waitUntil(dialog.isVisible)
        qtbot.keyClicks(dialog.query_edit, text)
        qtbot.waitUntil(lambda: bool(dialog.hits))
        return dialog

    dialog = search("wojcik")
    assert "Action: Action for Agnieszka Wójcik" in dialog.results.toPlainText()
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    actions = window.pages.current()
    assert isinstance(actions, ActionsPage)
    view = actions.current_view()
    assert view is not None
    assert view.action.id == action.id

    qtbot.waitUntil(lambda: window.findChild(SearchDialog) is None)
    dialog = search("eleven")
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    meetings = window.pages.current()
    assert isinstance(meetings, MeetingsPage)
    current = meetings.current_item()
    assert current is not None
    assert current.id == item.id

    qtbot.waitUntil(lambda: window.findChild(SearchDialog) is None)
    dialog = search("apprenticeships kept")
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    questions = window.pages.current()
    assert isinstance(questions, QuestionsPage)
    chosen = questions.current_question()
    assert chosen is not None
    assert chosen.code == "POR14-33"


def test_search_finds_report_paragraphs_and_opens_them_on_the_findings_page(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from briefing_app.ui.pages.findings import FindingsPage

    window = _window(qtbot, services, tmp_path)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(SearchDialog)
    assert isinstance(dialog, SearchDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.query_edit, "elected members")
    qtbot.waitUntil(lambda: bool(dialog.hits))
    results = dialog.results.toPlainText()
    # Paragraph 112: "... elected members have not received sufficient training ...".
    assert "Inspection finding: Portsmouth City Council, July 2014, paragraph 112" in results
    assert dialog.hits[0].paragraph == 112
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert window.pages.current_key() == "findings"
    findings = window.pages.current()
    assert isinstance(findings, FindingsPage)
    assert findings.paragraph_box.value() == 112
    assert "112." in findings.section_text.toPlainText()

    # Ctrl+F stays "find in reports": the findings page's own search box.
    qtbot.waitUntil(lambda: window.findChild(SearchDialog) is None)
    window.pages.show("overview")
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_key() == "findings"
    assert findings.search.box.hasFocus()
    assert window.findChild(SearchDialog) is None


def test_the_search_of_everything_runs_off_the_window_thread(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing_app.services.search import SearchOnOwnConnection

    threads: list[int] = []
    real = SearchOnOwnConnection.search

    def watched(self: SearchOnOwnConnection, text: str, **options: object) -> list[object]:
        threads.append(threading.get_ident())
        return real(self, text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchOnOwnConnection, "search", watched)
    window = _window(qtbot, services, tmp_path)
    dialog = window.meetings.open_search()
    assert isinstance(dialog, SearchDialog)
    qtbot.keyClicks(dialog.query_edit, "apprenticeships")
    qtbot.waitUntil(lambda: bool(dialog.hits))
    assert threads
    assert threading.get_ident() not in threads
    dialog.reject()
