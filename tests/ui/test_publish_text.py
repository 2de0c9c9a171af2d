"""Publishing text for public packs from the window, by keyboard: the officer sees what
the app flagged in each answer and action, ticks one with Space, saves, and it is
published; unticking withdraws it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from briefing_app.domain.meetings import ActionDetails, ItemStatus, MeetingDetails
from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.dialogs.publish_text import PublishTextDialog
from briefing_app.ui.pages.packs import PackBuilderPage

ACTION = "Check on the 2 children at Oak House."
ANSWER = "Director said Amara Okafor will chase it."


def _plant(services: Services) -> None:
    question = services.scrutiny.all_questions()[0]
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2024, 6, 12))
    )
    item = services.meetings.add_question(meeting.id, question.id)
    services.meetings.set_status(item.id, ItemStatus.ANSWERED)
    services.meetings.save_answer(item.id, ANSWER, private=False)
    services.meetings.add_action(
        item.id, ActionDetails("Head of Service", ACTION, date(2024, 9, 1))
    )


def test_the_officer_sees_the_flags_and_publishes_by_keyboard(
    qtbot: QtBot, services: Services
) -> None:
    _plant(services)
    dialog = PublishTextDialog(services.publication)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.texts.item(row).text() for row in range(dialog.texts.count())]
    assert rows[0] == (
        f"Answer, Corporate Parenting Board, 2024-06-12: "
        f"{services.scrutiny.all_questions()[0].code}\n{ANSWER}\n"
        "Flagged: looks like a name: Amara Okafor."
    )
    assert rows[1].endswith(f"{ACTION}\nFlagged: looks like a name: Oak House; a small number: 2.")
    dialog.texts.setFocus()
    qtbot.keyClick(dialog.texts, Qt.Key.Key_Down)
    assert dialog.flags.text() == "Flagged: looks like a name: Oak House; a small number: 2."
    qtbot.keyClick(dialog.texts, Qt.Key.Key_Space)
    assert [t.text for t in dialog.ticked()] == [ACTION]
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    published = {t.text: t.published for t in services.publication.texts()}
    assert published == {ANSWER: False, ACTION: True}

    again = PublishTextDialog(services.publication)
    qtbot.addWidget(again)
    assert again.texts.item(1).checkState() == Qt.CheckState.Checked
    again.texts.item(1).setCheckState(Qt.CheckState.Unchecked)
    again.save()
    assert not any(t.published for t in services.publication.texts())


def test_the_packs_page_opens_it(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    page = PackBuilderPage(
        services.packs,
        make_settings(tmp_path / "settings.ini"),
        publication=services.publication,
    )
    qtbot.addWidget(page)
    page.show()
    assert page.publish_button.isVisible()
    assert page.publish_button.accessibleName() == "Publish text for public packs"


def test_a_covering_note_is_flagged_before_it_goes_public(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page = PackBuilderPage(services.packs, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    page.note_members_only.setChecked(True)
    page.note.setPlainText("Cllr Łukasz Wójcik will visit the 2 children at Oak House.")
    assert page.choices.note_flags.text() == (
        "Flagged in the note: looks like a name: Cllr Łukasz Wójcik; looks like a name: "
        "Oak House; a small number: 2. It is printed in the members' pack only."
    )
    page.note_members_only.setChecked(False)
    assert page.choices.note_flags.text().endswith(
        "It will be printed in the public pack too: check it is fit for the public."
    )
    page.note.setPlainText("The meeting is open to the public.")
    assert page.choices.note_flags.text() == ""
