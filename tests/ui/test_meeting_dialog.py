"""The meeting dialog's particulars for the front sheet, driven from the Meetings page as
an officer would: a new meeting starts with its committee's last particulars, each is
typed or chosen from the keyboard, and the meeting keeps them."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.exempt_information import ExemptParagraph
from briefing_app.domain.meetings import MeetingArrangements, MeetingDetails
from briefing_app.services.opening.container import Services
from briefing_app.ui.dialogs.meeting_dialog import MeetingDialog
from briefing_app.ui.pages.meetings import MeetingsPage
from tests.ui.keys import type_text, when_modal

BOARD = "Corporate Parenting Board"
EARLIER = MeetingArrangements(
    start=time(16, 0),
    venue="Conference Room A, Civic Offices",
    membership=("Councillor Zoë Hartley (Chair)", "Councillor Łukasz Wójcik"),
    clerk="Jane Smith, Democratic Services",
    clerk_contact="023 9283 4057",
    exempt_paragraph=ExemptParagraph.IDENTITY,
)


def _page(qtbot: QtBot, services: Services) -> MeetingsPage:
    page = MeetingsPage(services.meetings, services.records)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_new_meeting_starts_with_its_committees_last_particulars(
    qtbot: QtBot, services: Services
) -> None:
    services.meetings.create(MeetingDetails(BOARD, date(2025, 1, 8), "Winter", EARLIER))
    services.meetings.create(MeetingDetails("Scrutiny Panel", date(2025, 2, 1)))
    page = _page(qtbot, services)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.committee_box.setCurrentText(BOARD)
        seen["board"] = dialog.arrangements()
        dialog.committee_box.setCurrentText("Scrutiny Panel")
        seen["panel"] = dialog.arrangements()
        dialog.committee_box.setCurrentText(BOARD)
        dialog.date_edit.setDate(QDate(2025, 5, 7))
        dialog.venue_edit.clear()
        type_text(dialog.venue_edit, "Council Chamber, Guildhall")
        dialog.time_edit.clear()
        type_text(dialog.time_edit, "10.30am")
        # Another committee now leaves what was typed alone.
        dialog.committee_box.setCurrentText("Scrutiny Panel")
        dialog.committee_box.setCurrentText(BOARD)
        dialog.paragraph_box.setFocus()
        qtbot.keyClick(dialog.paragraph_box, Qt.Key.Key_Down)
        seen["words"] = dialog.paragraph_words.text()
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen["board"] == EARLIER
    assert seen["panel"] == MeetingArrangements()
    assert seen["words"] == (
        "Schedule 12A says: Information relating to the financial or business affairs of "
        "any particular person (including the authority holding that information)."
    )
    assert page.meeting is not None
    saved = services.meetings.meeting(page.meeting.id).arrangements
    assert saved.venue == "Council Chamber, Guildhall"
    assert saved.start == time(10, 30)
    assert saved.membership == EARLIER.membership
    assert saved.exempt_paragraph is ExemptParagraph.FINANCIAL


def test_a_time_that_is_not_one_is_refused_and_nothing_typed_is_lost(
    qtbot: QtBot, services: Services
) -> None:
    meeting = services.meetings.create(MeetingDetails(BOARD, date(2025, 1, 8)))
    dialog = MeetingDialog([BOARD], services.meetings.meeting(meeting.id))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.time_edit, "25:00")
    dialog.membership_edit.setFocus()
    type_text(dialog.membership_edit, "Councillor Amara Okafor")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert '"25:00" is not a time of day' in dialog.problems_label.text()
    assert dialog.membership_edit.toPlainText() == "Councillor Amara Okafor"
    dialog.time_edit.clear()
    type_text(dialog.time_edit, "4pm")
    dialog.paragraph_box.setCurrentIndex(0)
    assert dialog.paragraph_box.currentText().startswith("Not chosen: packs cite paragraph 1")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    papers = dialog.details().arrangements
    assert (papers.start, papers.membership, papers.exempt_paragraph) == (
        time(16, 0),
        ("Councillor Amara Okafor",),
        None,
    )
