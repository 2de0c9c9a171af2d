"""Committee mode driven from the keyboard, with every change checked on disk."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from briefing_app.domain.meetings import ItemStatus, MeetingDetails
from briefing_app.services.opening.container import Services
from briefing_app.storage.database import Database
from briefing_app.ui.committee.autosave import MAX_WAIT_MS
from briefing_app.ui.committee.window import CommitteeWindow
from tests.ui.keys import type_text, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CODES = ("POR14-32", "POR14-30", "POR14-31")


def _prepare(services: Services) -> int:
    services.meetings.today = lambda: date(2025, 3, 12)
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2025, 3, 12), "Care leavers")
    )
    ids = {q.code: q.id for q in services.scrutiny.all_questions()}
    for code in CODES:
        services.meetings.add_question(meeting.id, ids[code])
    return meeting.id


def _on_disk(path: Path) -> list[tuple[str, str, str, int]]:
    """What another program reading the file now would see."""
    with Database.open(path) as other:
        return [
            (row["code"], row["status"], row["answer"], row["answer_private"])
            for row in other.query(
                "SELECT q.code, i.status, i.answer, i.answer_private FROM meeting_items i "
                "JOIN questions q ON q.id = i.question_id ORDER BY i.position"
            )
        ]


def _actions_on_disk(path: Path) -> list[tuple[str, str, str]]:
    with Database.open(path) as other:
        return [
            (row["owner"], row["description"], row["due_date"])
            for row in other.query("SELECT * FROM actions ORDER BY id")
        ]


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[CommitteeWindow]:
    meeting_id = _prepare(services)
    made = CommitteeWindow(services.meetings, services.scrutiny, services.glossary, meeting_id)
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitActive(made):
        made.activateWindow()
    return made


def test_a_meeting_run_with_the_keyboard_alone(
    qtbot: QtBot, window: CommitteeWindow, seeded_db_path: Path
) -> None:
    assert window.position_label.text() == "Question 1 of 3"
    assert window.question_label.text().startswith("POR14-32: What share of care leavers")
    assert "48.1%" in window.evidence.toPlainText()
    assert "Paragraph 104." in window.evidence.toPlainText()

    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert window.answer_edit.hasFocus()
    qtbot.keyClicks(window.answer_edit, "Now 41 per cent, said the Head of Service. ")
    type_text(window.answer_edit, "Zoë Wójcik asked why.")
    qtbot.keyClick(window.answer_edit, Qt.Key.Key_2, CTRL)
    assert "Answered" in window.status_label.text()
    answer = "Now 41 per cent, said the Head of Service. Zoë Wójcik asked why."
    assert _on_disk(seeded_db_path)[0] == ("POR14-32", "answered", answer, 0)

    qtbot.keyClick(window.answer_edit, Qt.Key.Key_N, CTRL)
    dialog = window.action_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.owner_edit.hasFocus)
    type_text(dialog.owner_edit, "Łukasz, Head of Service")
    qtbot.keyClick(dialog.owner_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.description_edit, "report NEET figures each quarter")
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.action_dialog is None)
    assert _actions_on_disk(seeded_db_path) == [
        ("Łukasz, Head of Service", "report NEET figures each quarter", "2025-04-09")
    ]
    assert "report NEET figures each quarter" in window.actions_list.item(0).text()

    qtbot.waitUntil(window.isActiveWindow)
    assert window.answer_edit.hasFocus()
    qtbot.keyClick(window.answer_edit, Qt.Key.Key_Right, ALT)
    assert window.position_label.text() == "Question 2 of 3"
    assert window.answer_edit.toPlainText() == ""
    assert "No actions yet" in window.actions_list.item(0).text()
    qtbot.keyClick(window.answer_edit, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(window.answer_edit, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(window.answer_edit, Qt.Key.Key_1, CTRL)
    assert window.position_label.text() == "Question 3 of 3"
    qtbot.keyClick(window.answer_edit, Qt.Key.Key_Right, ALT)  # no further: stays on the last
    assert window.position_label.text() == "Question 3 of 3"

    qtbot.keyClick(window.answer_edit, Qt.Key.Key_Left, ALT)
    qtbot.keyClick(window.answer_edit, Qt.Key.Key_Left, ALT)
    assert window.position_label.text() == "Question 1 of 3"
    assert window.answer_edit.toPlainText() == answer
    assert [row[:2] for row in _on_disk(seeded_db_path)] == [
        ("POR14-32", "answered"),
        ("POR14-30", "deferred"),
        ("POR14-31", "asked"),
    ]

    with qtbot.waitSignal(window.closed) as closed:
        qtbot.keyClick(window.answer_edit, Qt.Key.Key_Escape)
    assert closed.args == [window.meeting.id]
    assert not window.isVisible()


def test_typing_is_saved_within_a_second_without_leaving_the_box(
    qtbot: QtBot, window: CommitteeWindow, seeded_db_path: Path
) -> None:
    window.answer_edit.setFocus()
    qtbot.keyClicks(window.answer_edit, "Typed in committee")
    started = time.monotonic()
    qtbot.waitUntil(lambda: _on_disk(seeded_db_path)[0][2] == "Typed in committee", timeout=1000)
    assert time.monotonic() - started < 1.0
    assert window.answer_edit.hasFocus()
    assert "saved" in window.save_label.text().lower()


def test_steady_typing_is_saved_while_it_goes_on(
    qtbot: QtBot, window: CommitteeWindow, seeded_db_path: Path
) -> None:
    """A pause in typing is not needed: the answer is saved at least every MAX_WAIT_MS."""
    window.answer_edit.setFocus()
    saved_while_typing = []
    deadline = time.monotonic() + 2.5 * MAX_WAIT_MS / 1000
    while time.monotonic() < deadline:
        qtbot.keyClicks(window.answer_edit, "a")
        qtbot.wait(100)  # faster than the idle pause, so only the deadline can save
        on_disk = _on_disk(seeded_db_path)[0][2]
        if on_disk:
            saved_while_typing.append(len(on_disk))
    assert saved_while_typing, "nothing was saved while typing went on"
    assert max(saved_while_typing) >= 5


@pytest.mark.parametrize("how", ["focus out", "next question", "close"])
def test_no_wait_when_leaving_the_answer(
    qtbot: QtBot, window: CommitteeWindow, seeded_db_path: Path, how: str
) -> None:
    window.answer_edit.setFocus()
    qtbot.keyClicks(window.answer_edit, "Last words")
    assert _on_disk(seeded_db_path)[0][2] == ""  # not yet: the timer has not fired
    if how == "focus out":
        qtbot.keyClick(window.answer_edit, Qt.Key.Key_Tab)
        assert not window.answer_edit.hasFocus()
    elif how == "next question":
        qtbot.keyClick(window.answer_edit, Qt.Key.Key_PageDown, CTRL)
        assert window.position_label.text() == "Question 2 of 3"
    else:
        window.close()
    assert _on_disk(seeded_db_path)[0][2] == "Last words"


def test_private_notes_are_saved_as_private(
    qtbot: QtBot, window: CommitteeWindow, seeded_db_path: Path
) -> None:
    window.answer_edit.setFocus()
    qtbot.keyClicks(window.answer_edit, "Names were given")
    qtbot.keyClick(window.answer_edit, Qt.Key.Key_Tab)  # to the private box
    assert window.private_box.hasFocus()
    qtbot.keyClick(window.private_box, Qt.Key.Key_Space)
    assert window.private_box.isChecked()
    assert _on_disk(seeded_db_path)[0][2:] == ("Names were given", 1)


def test_text_size_and_going_to_a_question(qtbot: QtBot, window: CommitteeWindow) -> None:
    before = window.question_label.font().pointSizeF()
    base = QApplication.font().pointSizeF()
    assert before > base * 1.5  # large type
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert window.question_label.font().pointSizeF() > before
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert window.question_label.font().pointSizeF() < before

    def choose_three(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setIntValue(3)
        dialog.accept()

    when_modal(choose_three)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL)
    assert window.position_label.text() == "Question 3 of 3"


def test_an_empty_meeting_says_so(qtbot: QtBot, services: Services) -> None:
    meeting = services.meetings.create(MeetingDetails("Board", date(2025, 3, 12)))
    made = CommitteeWindow(services.meetings, services.scrutiny, services.glossary, meeting.id)
    qtbot.addWidget(made)
    assert "no questions yet" in made.question_label.text()
    assert not made.answer_edit.isEnabled()
    made.next()
    made.mark(ItemStatus.ANSWERED)
    assert made.position_label.text() == ""
    assert services.meetings.items(meeting.id) == []
