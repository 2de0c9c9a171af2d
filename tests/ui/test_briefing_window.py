"""Briefing files in the window: an officer publishes from the File menu; the briefing
opens read-only, every page and committee mode included, with no officers' tools; a
briefing for another council is opened only if the member says so; notes are kept in
the member's own notes file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from briefing_app.domain.briefing import Edition, NoteKind
from briefing_app.services.opening.container import Services
from briefing_app.ui.committee.window import CommitteeWindow
from briefing_app.ui.dialogs.my_notes import MyNotesDialog
from briefing_app.ui.dialogs.publish_briefing import PublishDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.window.officer_controls import OFFICER_CONTROLS, officer_controls
from tests.ui.audit import window_keyboard_problems, window_name_problems
from tests.ui.modal_dialogs import drive_modal


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _press(button: QMessageBox.StandardButton) -> object:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(button).click()

    return act


def _publish(window: MainWindow, path: Path) -> None:
    done: list[bool] = []
    drive_modal(
        lambda: done.append(window.briefing.publish(path, Edition.MEMBERS, [])),
        _press(QMessageBox.StandardButton.Ok),
    )
    assert done == [True]


def _file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def test_publish_then_open_read_only_with_no_officers_tools(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    officer_menu = _file_menu_texts(main_window)
    assert "&Publish for members…" in officer_menu
    assert any("Import" in text for text in officer_menu)
    path = tmp_path / "board.briefing"
    _publish(main_window, path)
    sent = _sha(path)

    notes = tmp_path / "notes.sqlite3"
    main_window.briefing.notes_file = notes
    assert main_window.briefing.open_file(path)
    services = main_window.services
    assert services.briefing is not None
    assert not services.officer_tools
    assert "(briefing, read-only)" in main_window.windowTitle()
    member_menu = _file_menu_texts(main_window)
    assert "&Publish for members…" not in member_menu
    assert not any("Import" in text for text in member_menu)
    assert not any("Back up" in text or "Restore" in text for text in member_menu)
    assert "Open &briefing…" in member_menu
    assert "My &notes…" in member_menu

    # Every page shows, read from the briefing, with none of its officers' tools.
    for row, spec in enumerate(main_window.pages.specs):
        main_window.pages.show_row(row)
        QApplication.processEvents()
        page = main_window.pages.get(spec.key)
        assert all(c.isHidden() for c in officer_controls(spec.key, page)), spec.key
    main_window.pages.refresh()
    assert main_window.pages.get("questions").new_button.isHidden()  # type: ignore[attr-defined]
    assert _sha(path) == sent


def test_every_officers_control_named_is_on_its_page(main_window: MainWindow) -> None:
    for row, spec in enumerate(main_window.pages.specs):
        main_window.pages.show_row(row)
        QApplication.processEvents()
        page = main_window.pages.get(spec.key)
        controls = officer_controls(spec.key, page)  # a name that is no control fails here
        assert len(controls) == len(OFFICER_CONTROLS.get(spec.key, ()))
    assert not main_window.pages.get("questions").new_button.isHidden()  # type: ignore[attr-defined]


def test_committee_mode_opens_on_a_briefing(
    qtbot: QtBot, main_window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from briefing_app.domain.meetings import MeetingDetails

    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", services.training.today())
    )
    question = services.scrutiny.all_questions()[0]
    services.meetings.add_question(meeting.id, question.id)
    path = tmp_path / "meeting.briefing"
    _publish(main_window, path)
    main_window.briefing.notes_file = tmp_path / "notes.sqlite3"
    assert main_window.briefing.open_file(path)
    committee = main_window.meetings.start_committee_mode(meeting.id)
    assert committee is not None
    qtbot.waitUntil(committee.isVisible)
    assert isinstance(committee, CommitteeWindow)
    assert committee.question_label.text()  # the question is shown
    assert committee.answer_edit.isReadOnly()  # nothing can be recorded in a briefing
    assert not committee.answered_button.isEnabled()
    main_window.meetings.close_committee_mode()


def test_a_briefing_for_another_council_is_opened_only_if_asked(
    qtbot: QtBot, main_window: MainWindow, seeded_db_path: Path, tmp_path: Path
) -> None:
    ours = tmp_path / "ours.briefing"
    _publish(main_window, ours)
    other_db = tmp_path / "other.sqlite3"
    shutil.copyfile(seeded_db_path, other_db)
    with sqlite3.connect(other_db) as connection:
        connection.execute("UPDATE workspace SET old_la_code = '373'")
    connection.close()
    from briefing_app.services.opening.root import AppRoot

    with AppRoot(main_window.services.paths, other_db).open() as other:
        theirs = tmp_path / "theirs.briefing"
        other.publisher.publish(theirs)

    main_window.briefing.notes_file = tmp_path / "notes.sqlite3"
    assert main_window.briefing.open_file(ours)
    results: list[bool] = []
    drive_modal(
        lambda: results.append(main_window.briefing.open_file(theirs)),
        _press(QMessageBox.StandardButton.No),
    )
    assert results == [False]
    assert main_window.services.briefing is not None
    assert main_window.services.briefing.council == "851"
    drive_modal(
        lambda: results.append(main_window.briefing.open_file(theirs)),
        _press(QMessageBox.StandardButton.Yes),
    )
    assert results[-1] is True
    assert main_window.services.briefing is not None
    assert main_window.services.briefing.council == "373"


def test_a_file_that_is_not_a_briefing_gets_a_plain_message(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    fake = tmp_path / "minutes.briefing"
    fake.write_text("Minutes of the last meeting.", encoding="utf-8")
    before = _sha(fake)
    shown: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(f"{dialog.text()} {dialog.informativeText()}")
        dialog.accept()

    results: list[bool] = []
    drive_modal(lambda: results.append(main_window.briefing.open_file(fake)), read)
    assert results == [False]
    assert "minutes.briefing: it is not a briefing file" in shown[0]
    assert main_window.services.officer_tools
    assert _sha(fake) == before


def test_a_dropped_briefing_opens(qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "dropped.briefing"
    _publish(main_window, path)
    main_window.briefing.notes_file = tmp_path / "notes.sqlite3"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    main_window.dropEvent(event)
    assert main_window.services.briefing is not None


def test_my_notes_and_the_publish_dialog(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dialog = PublishDialog([(1, "Corporate Parenting Board, 4 March 2026")])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert window_name_problems(dialog) == []
    assert window_keyboard_problems(qtbot, dialog) == []
    dialog.public.setChecked(True)
    dialog.meeting.setCurrentIndex(1)
    assert dialog.choices().edition is Edition.PUBLIC
    assert dialog.choices().meetings == [1]

    path = tmp_path / "board.briefing"
    _publish(main_window, path)
    main_window.briefing.notes_file = tmp_path / "notes.sqlite3"
    assert main_window.briefing.open_file(path)
    services = main_window.services
    assert services.briefing is not None
    from briefing_app.services.notes import NotesService

    with NotesService.open(
        tmp_path / "notes.sqlite3", services.database, services.briefing
    ) as notes:
        printed: list[Path] = []
        notes_dialog = MyNotesDialog(notes, print_pdf=printed.append)
        qtbot.addWidget(notes_dialog)
        notes_dialog.show()
        with qtbot.waitActive(notes_dialog):
            notes_dialog.activateWindow()
        assert window_name_problems(notes_dialog) == []
        assert window_keyboard_problems(qtbot, notes_dialog) == []
        notes_dialog.kind.setCurrentIndex(2)  # a question
        notes_dialog.key.setText("POR14-02")
        notes_dialog.text.setText("Ask who checks the plans.")
        assert notes_dialog.add_note()
        assert notes_dialog.table.rowCount() == 1
        assert notes_dialog.table.item(0, 0).text() == "question"
        assert notes_dialog.table.item(0, 2).text() == "Ask who checks the plans."
        notes_dialog.key.setText("POR14-03")
        notes_dialog.note_kind.setCurrentIndex(2)  # a question I want to ask
        assert notes_dialog.add_note()
        assert notes_dialog.table.item(1, 2).text() == "(to ask)"
        assert [p.note.kind for p in notes.placed()] == [NoteKind.NOTE, NoteKind.TO_ASK]
        notes_dialog.module.setText("Corporate parenting refresher")
        notes_dialog.done_on.setDate(QDate(2026, 1, 20))
        assert notes_dialog.record_training()
        assert notes_dialog.training.item(0).text() == (
            "20 January 2026: Corporate parenting refresher"
        )
        assert [t.module for t in notes.training()] == ["Corporate parenting refresher"]
        drive_modal(
            lambda: notes_dialog.print_to(tmp_path / "notes.pdf"),
            _press(QMessageBox.StandardButton.Ok),
        )
        assert printed == [tmp_path / "notes.pdf"]


def test_a_newer_briefing_arriving_in_the_watched_folder_is_offered(
    qtbot: QtBot, main_window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from datetime import datetime

    synced = tmp_path / "OneDrive - Council" / "Members"
    synced.mkdir(parents=True)
    main_window.watch.watch(synced)
    assert main_window.watch.folder() == synced
    assert main_window.watch.newest() is None
    first = synced / "board-january.briefing"
    services.publisher.publish(first, now=datetime(2026, 1, 5, 9, 0))
    later = tmp_path / "board-february.briefing"  # published now, synced to members later
    services.publisher.publish(later, now=datetime(2026, 2, 2, 9, 0))
    (synced / "notes.briefing").write_text("not a briefing", encoding="utf-8")
    main_window.briefing.notes_file = tmp_path / "notes.sqlite3"
    assert main_window.watch.newest() == first
    assert main_window.briefing.open_file(first)
    assert main_window.watch.newest() is None  # the one open is the newest

    later.rename(synced / later.name)
    drive_modal(main_window.watch.look, _press(QMessageBox.StandardButton.Yes))
    opened = main_window.services.briefing
    assert opened is not None
    assert opened.published_at == datetime(2026, 2, 2, 9, 0)
    assert main_window.watch.newest() is None
