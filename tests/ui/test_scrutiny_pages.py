"""The Scrutiny questions, Meetings and Actions pages, driven as a user would."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QUrl
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.meetings import ActionDetails, ItemStatus, MeetingDetails
from briefing_app.services.opening.container import Services
from briefing_app.ui.dialogs.action_dialog import CloseActionDialog
from briefing_app.ui.dialogs.meeting_dialog import MeetingDialog
from briefing_app.ui.dialogs.question_editor import QuestionEditorDialog
from briefing_app.ui.pages.actions import ActionsPage
from briefing_app.ui.pages.meetings import MeetingsPage
from briefing_app.ui.pages.questions import QuestionsPage
from briefing_app.ui.widgets.evidence import question_url
from tests.pdfcheck import page_texts
from tests.ui.keys import type_text, when_modal

TODAY = date(2025, 3, 12)


@pytest.fixture
def dated(services: Services) -> Services:
    services.meetings.today = lambda: TODAY
    services.actions.today = lambda: TODAY
    services.records.today = lambda: TODAY
    return services


def _id(services: Services, code: str) -> int:
    return next(q.id for q in services.scrutiny.all_questions() if q.code == code)


def _codes(page: QuestionsPage) -> list[str]:
    return [page.model.question(r).code for r in range(page.model.rowCount())]


def test_filter_the_bank_by_theme_principle_status_and_words(qtbot: QtBot, dated: Services) -> None:
    page = QuestionsPage(dated.scrutiny, dated.meetings, dated.glossary)
    qtbot.addWidget(page)
    page.show()
    total = page.model.rowCount()
    assert total >= 40
    assert page.count_label.text() == f"{total} of {total} questions"
    assert "Each of its 15 recommendations has at least 2" in page.coverage_label.text()

    page.theme_box.setFocus()
    qtbot.keyClicks(page.theme_box, "Care")
    assert page.theme_box.currentData() == "care-leavers"
    assert page.model.rowCount() < total
    assert all(page.model.question(r).theme == "care-leavers" for r in range(page.model.rowCount()))

    qtbot.keyClicks(page.principle_box, "(g)")
    assert page.principle_box.currentData() == "ready-for-adulthood"
    assert _codes(page) == ["POR14-30", "POR14-54"]

    qtbot.keyClicks(page.search_edit, "vulnerable")
    qtbot.waitUntil(lambda: _codes(page) == ["POR14-54"])
    assert "paragraph 107" in page.evidence.toPlainText().lower()


def test_retire_and_reinstate_from_the_page(qtbot: QtBot, dated: Services) -> None:
    page = QuestionsPage(dated.scrutiny, dated.meetings, dated.glossary)
    qtbot.addWidget(page)
    page.show()
    first = page.current_question()
    assert first is not None
    assert first.code == "POR14-01"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert "POR14-01 is retired" in page.message_label.text()
    assert page.current_question() is not None
    assert page.current_question().code == "POR14-01"  # shown under the widened filter
    assert page.retire_button.text() == "Re&instate"
    assert not page.add_to_meeting_button.isEnabled()
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert dated.scrutiny.question(first.id).is_active


def test_browse_both_ways(qtbot: QtBot, dated: Services) -> None:
    page = QuestionsPage(dated.scrutiny, dated.meetings, dated.glossary)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 1
    row = next(
        r
        for r in range(page.finding_list.count())
        if page.finding_list.item(r).data(Qt.ItemDataRole.UserRole) == 104
    )
    page.finding_list.setCurrentRow(row)
    detail = page.finding_detail.toPlainText()
    assert "The adjusted NEET figure for care leavers in Portsmouth is 48.1%" in detail
    assert "POR14-32" in detail
    assert "POR14-33" in detail
    assert question_url(_id(dated, "POR14-33")) in page.finding_detail.toHtml()

    page.finding_detail.anchorClicked.emit(QUrl(question_url(_id(dated, "POR14-33"))))
    assert page.tabs.currentIndex() == 0
    assert page.current_question().code == "POR14-33"
    evidence = page.evidence.toPlainText()
    assert "Paragraph 104." in evidence
    assert "Four new apprenticeships within the council" in evidence  # verbatim
    assert "Experiences and progress of care leavers: ! Requires improvement" in evidence
    assert "NEET: Not in education, employment or training" in evidence


def test_an_officer_writes_a_question(qtbot: QtBot, dated: Services) -> None:
    report = dated.reports.latest()
    dialog = QuestionEditorDialog(dated.scrutiny, report)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.text_edit, "Have care leavers like Zoë been told about the grant")
    qtbot.keyClicks(dialog.findings_edit, "108")
    qtbot.keyClicks(dialog.theme_box, "Care")
    qtbot.keyClicks(dialog.principle_box, "(d)")
    dialog.recommendation_list.item(9).setCheckState(Qt.CheckState.Checked)  # paragraph 22
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "question mark" in dialog.problems_label.text()
    qtbot.keyClicks(dialog.text_edit, "?")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None
    assert saved.text == "Have care leavers like Zoë been told about the grant?"
    assert (saved.findings, saved.recommendations, saved.theme, saved.principle.letter) == (
        (108,),
        (22,),
        "care-leavers",
        "d",
    )


def test_prepare_a_meeting_on_the_page(qtbot: QtBot, dated: Services) -> None:
    earlier = dated.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    item = dated.meetings.add_question(earlier.id, _id(dated, "POR14-52"))
    dated.meetings.add_action(
        item.id, ActionDetails("Fostering manager", "count staying put", TODAY + timedelta(3))
    )
    page = MeetingsPage(dated.meetings, dated.records)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.committee_box.setCurrentText("Corporate Parenting Board")
        dialog.date_edit.setDate(QDate(2025, 5, 7))
        qtbot.keyClicks(dialog.title_edit, "Care leavers")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.heading.text() == "Corporate Parenting Board, 7 May 2025: Care leavers"
    assert "1 action from earlier meetings still open" in page.message_label.text()
    assert page.lower_tabs.currentIndex() == 1
    assert "count staying put" in page.open_actions_list.item(0).text()
    assert "Due soon" in page.open_actions_list.item(0).text()

    qtbot.mouseClick(page.add_action_questions_button, Qt.MouseButton.LeftButton)
    assert [i.question_code for i in page.item_model.items()] == ["POR14-52"]

    page.lower_tabs.setCurrentIndex(0)
    first = page.suggestion_model.suggestion(0).question.code
    second = page.suggestion_model.suggestion(1).question.code
    page.suggestion_table.setFocus()
    qtbot.keyClick(page.suggestion_table, Qt.Key.Key_Return)
    qtbot.keyClick(page.suggestion_table, Qt.Key.Key_Return)
    assert [i.question_code for i in page.item_model.items()] == ["POR14-52", first, second]

    with qtbot.waitActive(page):  # the offscreen platform does not do this after a dialog
        page.activateWindow()
    page.item_table.setFocus()
    page.item_table.selectionModel().setCurrentIndex(
        page.item_model.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(page.item_table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.item_table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [i.question_code for i in page.item_model.items()] == [second, "POR14-52", first]
    qtbot.keyClick(page.item_table, Qt.Key.Key_Delete)
    assert [i.question_code for i in page.item_model.items()] == ["POR14-52", first]
    stored = dated.meetings.items(page.meeting.id if page.meeting else 0)
    assert [i.question_code for i in stored] == ["POR14-52", first]


def test_removing_an_answered_question_asks_first(qtbot: QtBot, dated: Services) -> None:
    meeting = dated.meetings.create(MeetingDetails("Board", TODAY))
    item = dated.meetings.add_question(meeting.id, _id(dated, "POR14-01"))
    dated.meetings.set_status(item.id, ItemStatus.ANSWERED)
    page = MeetingsPage(dated.meetings, dated.records)
    qtbot.addWidget(page)
    page.show()
    page.item_table.selectionModel().setCurrentIndex(
        page.item_model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    when_modal(lambda box: box.reject() if isinstance(box, QMessageBox) else None)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(dated.meetings.items(meeting.id)) == 1

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(yes)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert dated.meetings.items(meeting.id) == []


def test_export_the_record_from_the_page(
    qtbot: QtBot, dated: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = dated.meetings.create(MeetingDetails("Board", TODAY))
    item = dated.meetings.add_question(meeting.id, _id(dated, "POR14-01"))
    dated.meetings.save_answer(item.id, "=WEBSERVICE(x)", private=False)
    page = MeetingsPage(dated.meetings, dated.records)
    qtbot.addWidget(page)
    target = tmp_path / "record.csv"
    monkeypatch.setattr(
        "briefing_app.ui.pages.meeting_export.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(target), "CSV files (*.csv)"),
    )
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "'=WEBSERVICE(x)" in target.read_text(encoding="utf-8-sig")
    assert f"Saved the record to {target}" in page.message_label.text()


def test_export_the_record_as_a_pdf_leaving_private_answers_out(
    qtbot: QtBot, dated: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = dated.meetings.create(MeetingDetails("Board", TODAY, "Spring"))
    item = dated.meetings.add_question(meeting.id, _id(dated, "POR14-01"))
    dated.meetings.set_status(item.id, ItemStatus.ANSWERED)
    dated.meetings.save_answer(item.id, "Private-answer-8b: Zoë's family", private=True)
    dated.meetings.add_action(item.id, ActionDetails("Łukasz Wójcik", "Report back.", TODAY))
    page = MeetingsPage(dated.meetings, dated.records, lambda: dated.packs)
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(
        "briefing_app.ui.pages.meeting_export.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(target), "PDF files (*.pdf)"),
    )

    def leave_private_out(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "marked private" in box.text()
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(leave_private_out)
    assert page.export_pdf_button.isEnabled()
    qtbot.mouseClick(page.export_pdf_button, Qt.MouseButton.LeftButton)
    assert page.exporter.is_busy()
    qtbot.waitUntil(lambda: not page.exporter.is_busy(), timeout=60_000)
    assert page.message_label.text().startswith(f"Saved the record to {target} (1 page).")
    text = " ".join(" ".join(page_texts(PdfReader(target))).split())
    assert "Board, 12 March 2025: Spring" in text
    assert "Łukasz Wójcik" in text
    assert "Private-answer-8b" not in text
    assert "(private note, not included in this record)" in text
    assert "OFFICIAL" in text


def test_close_an_action_with_a_note_and_reopen_it(qtbot: QtBot, dated: Services) -> None:
    meeting = dated.meetings.create(MeetingDetails("Board", TODAY - timedelta(days=30)))
    item = dated.meetings.add_question(meeting.id, _id(dated, "POR14-31"))
    for who, due in (("Nurse", TODAY - timedelta(2)), ("Manager", TODAY + timedelta(60))):
        dated.meetings.add_action(item.id, ActionDetails(who, "send health histories", due))
    page = ActionsPage(dated.actions)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    assert page.counts_label.text() == "2 open: 1 overdue, 0 due within two weeks. 0 closed."
    page.filter_box.setFocus()
    qtbot.keyClicks(page.filter_box, "Overdue")
    assert page.model.rowCount() == 1
    assert page.model.view(0).action.owner == "Nurse"

    def close_with_note(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseActionDialog)
        qtbot.keyClicks(dialog.note_edit, "Sent to all 23 care leavers in April.")
        dialog.accept() if dialog.note() else dialog.reject()

    when_modal(close_with_note)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert page.counts_label.text().endswith("1 closed.")
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Down)
    assert page.filter_box.currentText() == "Closed"
    assert page.model.view(0).action.closing_note == "Sent to all 23 care leavers in April."
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert "open again" in page.message_label.text()
    assert dated.actions.actions()[0].action.closing_note == "Sent to all 23 care leavers in April."
