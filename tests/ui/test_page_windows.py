"""Every dialog and window the pages' own buttons open is usable from the keyboard,
named for screen readers and readable at the largest text size in high contrast, as the
pages and the menus' windows are.

The database holds a meeting with questions, an answer and actions (open and closed),
and an earlier meeting with an action still open, so that every button that needs a
meeting or an action is there to press. Pages come from ``PAGES``, so a page
added later is walked too; the titles listed here make sure the walk reaches the
dialogs it should.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.meetings import ActionDetails, MeetingDetails
from briefing_app.services.opening.container import Services
from briefing_app.ui.appearance import Appearance, apply_appearance
from briefing_app.ui.application import make_settings
from briefing_app.ui.committee.window import CommitteeWindow
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.registry import PAGES
from briefing_app.ui.pages.training import TrainingPage
from tests.conftest import REPO
from tests.ui.audit import font_problems, window_keyboard_problems, window_name_problems
from tests.ui.menu_windows import check_windows_opened
from tests.ui.page_windows import check_button_windows

LARGEST = 200

# What each page's buttons must lead to (more may open: each is checked).
EXPECTED = {
    "overview": set(),
    "findings": set(),
    "children-in-care": {"Edit summary:", "Edit figure:"},
    "care-leavers": {"Edit summary:", "Edit figure:"},
    "questions": {"New scrutiny question", "Edit question", "Add to a meeting"},
    "meetings": {"New meeting", "Meeting details", "Delete the meeting?", "Committee mode"},
    "actions": {"Close an action", "Change action", "Delete the action?"},
    "training": {
        "Record a training session",
        "Remove demonstration members",
        "Reload demonstration members",
        "Add a member",
        "Edit member",
        "Delete member",
        "Record training for",
        "Edit training record",
        "Delete training record",
        "Add a module",
        "Edit module",
        "Delete module",
    },
    "packs": set(),
}


def _member_with_records(page: QWidget) -> None:
    """Choose a member with training records, so that their records can be changed."""
    assert isinstance(page, TrainingPage)
    member = next(r.member for r in page.board.records if r.completions)
    page.show_member(member.id or 0)


# Choices made before the buttons are pressed.
PREPARE: dict[str, Callable[[QWidget], None]] = {"training": _member_with_records}


def _page_keys() -> list[str]:
    return [key for key, _title in PAGES]


def prepare_meetings(services: Services) -> int:
    """A meeting today with three questions, an answer and two actions (one closed), and
    an earlier meeting with an action still open. Returns today's meeting's id."""
    today = services.meetings.today()
    questions = services.scrutiny.all_questions()
    earlier = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", today - timedelta(days=90), "Health")
    )
    old_item = services.meetings.add_question(earlier.id, questions[5].id)
    services.meetings.add_action(
        old_item.id, ActionDetails("Director of Children's Services", "report back", today)
    )
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", today, "Care leavers")
    )
    items = [services.meetings.add_question(meeting.id, q.id) for q in questions[:3]]
    services.meetings.save_answer(items[0].id, "Figures are going the right way.", False)
    services.meetings.add_action(
        items[0].id, ActionDetails("Head of Service", "share the figures", today)
    )
    closed = services.meetings.add_action(
        items[1].id, ActionDetails("Virtual School Head", "visit", date(2025, 1, 1))
    )
    services.actions.close(closed.id, "Visited in January.")
    return meeting.id


@pytest.fixture
def window_with_meetings(
    qtbot: QtBot, services: Services, settings_file: object, normal_appearance: None
) -> MainWindow:
    prepare_meetings(services)
    window = MainWindow(services, make_settings(settings_file))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def _check(qtbot: QtBot, window: QWidget) -> list[str]:
    """Named, usable from the keyboard, and (the walk runs at the largest text size, in
    high contrast) with every word at twice the system's size."""
    return (
        window_name_problems(window)
        + window_keyboard_problems(qtbot, window)
        + font_problems(window, LARGEST)
    )


def _titles_reached(results: dict[str, list[str]], wanted: set[str]) -> set[str]:
    """The wanted titles no window opened with (a title may go on, e.g. with a name)."""
    return {w for w in wanted if not any(title.startswith(w) for title in results)}


@pytest.mark.parametrize("key", _page_keys())
def test_every_window_a_pages_buttons_open_works_from_the_keyboard_and_is_named(
    qtbot: QtBot, window_with_meetings: MainWindow, key: str
) -> None:
    window_with_meetings.display.set_appearance(Appearance(text_size=LARGEST, high_contrast=True))
    page = window_with_meetings.pages.show(key)
    qtbot.waitUntil(page.isVisible)
    prepare = PREPARE.get(key)
    if prepare is not None:
        prepare(page)
    results, _pressed = check_button_windows(
        window_with_meetings,
        page,
        qtbot,
        lambda window: _check(qtbot, window),
        show_again=lambda: window_with_meetings.pages.show(key),
    )
    assert _titles_reached(results, EXPECTED[key]) == set(), sorted(results)
    assert {title: problems for title, problems in results.items() if problems} == {}


def test_committee_mode_and_what_its_buttons_open(
    qtbot: QtBot, services: Services, normal_appearance: None
) -> None:
    meeting_id = prepare_meetings(services)
    apply_appearance(Appearance(text_size=LARGEST, high_contrast=True), REPO / "resources")
    window = CommitteeWindow(services.meetings, services.scrutiny, services.glossary, meeting_id)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert _check(qtbot, window) == []
    results, pressed = check_button_windows(
        window, window, qtbot, lambda dialog: _check(qtbot, dialog)
    )
    assert "Add an action" in pressed
    go_to = check_windows_opened(
        window,
        qtbot,
        lambda dialog: _check(qtbot, dialog),
        [lambda: qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)],
    )
    results.update(go_to)
    assert _titles_reached(results, {"Add an action", "Go to a question"}) == set(), results
    assert {title: problems for title, problems in results.items() if problems} == {}
