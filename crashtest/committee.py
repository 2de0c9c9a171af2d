"""Committee mode for the crash harness: a meeting to run, the typing, and what may be saved.

The child runs the real committee window (offscreen). It types each answer one key
press at a time, pausing between sentences as a councillor does, so the window's own
autosave saves it as it goes. It marks the first question answered, moves on, marks the
next answer private and types it, then leaves committee mode, which saves what is left.

Killed at any moment, the file must hold a state those saves pass through in order:
earlier questions finished, the current one's answer a prefix of what was typed, later
ones untouched, and nothing else in the file changed.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from typing import TYPE_CHECKING

from crashtest.harness import Ready
from crashtest.states import State

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from briefing_app.services.opening.container import Services

COMMITTEE = "Corporate Parenting Board"
QUESTIONS = ("POR14-52", "POR14-01", "POR14-02")
# What is typed for each of the first two questions, sentence by sentence.
ANSWERS = (
    (
        "The director said refresher training for board members runs in March. ",
        "Cllr Wójcik asked how many have been trained so far. ",
        "Officers will report the numbers to the next meeting.",
    ),
    (
        "Private: the chair will raise the placement moves with the director. ",
        "Zoë asked for the figures by ward.",
    ),
)
KEY_GAP = 0.002  # seconds between key presses: a fast typist
SENTENCE_GAP = 0.35  # a pause longer than the autosave's idle time, so it saves


def plan_meeting(services: Services) -> int:
    """A meeting with three questions from the default question bank; returns its id."""
    from briefing_app.domain.meetings import MeetingDetails

    meetings = services.meetings
    meeting = meetings.create(MeetingDetails(COMMITTEE, date(2026, 1, 15), "Crash test"))
    by_code = {q.code: q for q in services.scrutiny.all_questions()}
    for code in QUESTIONS:
        meetings.add_question(meeting.id, by_code[code].id)
    return meeting.id


def _type(app: QApplication, widget: QWidget, text: str) -> None:
    """One key press and release per character, letting the window run between them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for character in text:
        key = Qt.Key.Key_Space if character == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character))
        _run_events(app, KEY_GAP)


def _run_events(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.001)


def run_meeting(services: Services, meeting_id: int, ready: Ready) -> None:
    """Open committee mode on the meeting, then (after ``ready``) type and mark as planned."""
    from PySide6.QtWidgets import QApplication

    from briefing_app.domain.meetings import ItemStatus
    from briefing_app.ui.committee.window import CommitteeWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    window = CommitteeWindow(services.meetings, services.scrutiny, services.glossary, meeting_id)
    window.show()
    _run_events(app, 0.05)
    ready()
    for number, sentences in enumerate(ANSWERS):
        window.focus_answer()
        if number == 1:
            window.private_box.setChecked(True)  # saved at once
        for sentence in sentences:
            _type(app, window.answer_edit, sentence)
            _run_events(app, SENTENCE_GAP)
        window.mark(ItemStatus.ANSWERED)  # what Ctrl+2 does: saves the answer, then the mark
        window.next()
    window.close()  # saves anything still waiting


# -- what a killed meeting may leave -------------------------------------------------


def _meeting_tables(state: State) -> frozenset[str]:
    return frozenset(
        name
        for name, _, _ in state.tables
        if name == "meeting_items" or name.startswith("answers_fts")
    )


def saved_so_far(connection: sqlite3.Connection, state: State, before: State) -> bool:
    """True when the meeting is as a run of saves leaves it, in order, and nothing else moved."""
    tables = _meeting_tables(before) | _meeting_tables(state)
    if state.without(tables) != before.without(tables):
        return False
    rows = connection.execute(
        "SELECT i.status, i.answer, i.answer_private, i.question_text, q.code, q.text "
        "FROM meeting_items i JOIN questions q ON q.id = i.question_id ORDER BY i.position"
    ).fetchall()
    if [row[4] for row in rows] != list(QUESTIONS):
        return False
    typed = ["".join(sentences) for sentences in ANSWERS]
    current = 0  # the question being typed when the app was killed
    while current < len(typed) and _finished(rows[current], typed[current], private=current == 1):
        current += 1
    for position, (status, answer, private, asked, _code, _text) in enumerate(rows):
        if position < current:
            continue
        untouched = (status, answer, private, asked) == ("not_asked", "", 0, "")
        if position > current and not untouched:
            return False
        if position == current and not untouched:
            if position >= len(typed) or status != "not_asked" or asked:
                return False
            if not typed[position].startswith(answer):
                return False
            if private != (1 if position == 1 else 0):
                return False
    return True


def _finished(row: tuple[object, ...], text: str, *, private: bool) -> bool:
    status, answer, is_private, asked, _code, question = row
    return (status, answer, is_private, asked) == ("answered", text, int(private), question)
