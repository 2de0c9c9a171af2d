"""The Briefing packs page, driven as an officer would: choose, build, open, come back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app.domain.meetings import MeetingDetails
from briefing_app.domain.packs.content import SectionKey
from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.packs import PackBuilderPage
from tests.pdfcheck import bookmarks, page_texts, qpdf_check

BUILD_TIMEOUT_MS = 60_000


class _OpenedUrls(QObject):
    """Stands in for the PDF reader: records what the app asked the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[_OpenedUrls]:
    receiver = _OpenedUrls()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


def _page(qtbot: QtBot, services: Services, settings_file: Path, folder: Path) -> PackBuilderPage:
    page = PackBuilderPage(services.packs, make_settings(settings_file))
    qtbot.addWidget(page)
    page.show()
    page.folder.setText(str(folder))
    return page


def _type(widget: QWidget, text: str) -> None:
    """One key event per character: qtbot.keyClicks cannot type non-ASCII text."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            )


def _press_space(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def _build(qtbot: QtBot, page: PackBuilderPage) -> None:
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert page.is_building()
    assert not page.build_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_building(), timeout=BUILD_TIMEOUT_MS)


def test_an_officer_builds_a_public_pack_and_the_choices_are_remembered(
    qtbot: QtBot, services: Services, tmp_path: Path, opened: _OpenedUrls
) -> None:
    settings = tmp_path / "settings.ini"
    page = _page(qtbot, services, settings, tmp_path)
    assert list(page.section_boxes) == [
        SectionKey.AT_A_GLANCE,
        SectionKey.CHILDREN_IN_CARE,
        SectionKey.CARE_LEAVERS,
        SectionKey.FINDINGS,
        SectionKey.TRAINING,
        SectionKey.GLOSSARY,
        SectionKey.SOURCES,
    ]
    assert page.meeting.currentText().startswith("No meeting")
    assert all(box.isChecked() for box in page.section_boxes.values())
    _press_space(qtbot, page.public)
    _press_space(qtbot, page.section_boxes[SectionKey.GLOSSARY])
    assert page.public.isChecked()
    assert not page.section_boxes[SectionKey.GLOSSARY].isChecked()
    page.note.setFocus()
    _type(page.note, "Private-note-91c: Łukasz asked about Zoë")
    assert page.note_members_only.isChecked()
    page.open_after.setChecked(False)

    _build(qtbot, page)

    path = page.target_path()
    assert path.name.endswith("public pack.pdf")
    assert page.last_pack is not None
    assert page.last_pack.path == path
    qpdf_check(path)
    reader = PdfReader(path)
    assert [m.title for m in bookmarks(reader) if m.level == 0] == [
        "Cover",
        "Contents",
        "At a glance",
        "Children in care",
        "Care leavers",
        "Inspection findings by theme",
        "Training compliance",
        "Sources and caveats",
    ]
    text = " ".join(page_texts(reader))
    assert "Private-note-91c" not in text
    assert "Łukasz Wójcik" not in text  # the training roster's names stay out
    assert "Public pack" in text
    assert page.progress.value() == 100
    assert f"({len(reader.pages)} pages)" in page.status.text()
    assert page.open_button.isEnabled()
    assert opened.urls == []  # "open when ready" was off

    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened.urls] == [str(path)]

    again = PackBuilderPage(services.packs, make_settings(settings))
    qtbot.addWidget(again)
    assert again.public.isChecked()
    assert not again.section_boxes[SectionKey.GLOSSARY].isChecked()
    assert again.section_boxes[SectionKey.FINDINGS].isChecked()
    assert again.folder.text() == str(tmp_path)
    assert again.note.toPlainText() == "Private-note-91c: Łukasz asked about Zoë"
    assert not again.open_after.isChecked()
    assert again.committee.text() == "Corporate Parenting Board"


def test_a_members_pack_prints_the_typed_note_and_opens_when_ready(
    qtbot: QtBot, services: Services, tmp_path: Path, opened: _OpenedUrls
) -> None:
    page = _page(qtbot, services, tmp_path / "settings.ini", tmp_path)
    page.committee.clear()
    page.committee.setFocus()
    _type(page.committee, "Wójcik Scrutiny Panel")
    page.note.setFocus()
    _type(page.note, "Łukasz, Zoë and Wójcik will attend.")
    assert page.open_after.isChecked()
    assert "Wójcik Scrutiny Panel" in page.file_name.text()

    _build(qtbot, page)

    path = page.target_path()
    assert [u.toLocalFile() for u in opened.urls] == [str(path)]
    text = " ".join(page_texts(PdfReader(path)))
    assert "Łukasz, Zoë and Wójcik will attend." in text
    assert "Wójcik Scrutiny Panel" in text
    assert "OFFICIAL-SENSITIVE" in text


def test_it_will_not_build_without_sections_or_a_folder(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page = _page(qtbot, services, tmp_path / "settings.ini", tmp_path)
    for box in page.section_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert not page.is_building()
    assert page.status.text() == "Choose at least one section for the pack."

    page.section_boxes[SectionKey.GLOSSARY].setChecked(True)
    page.folder.setText(str(tmp_path / "gone"))
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert not page.is_building()
    assert "does not exist" in page.status.text()
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_existing_pack_is_replaced_only_when_the_officer_agrees(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page = _page(qtbot, services, tmp_path / "settings.ini", tmp_path)
    page.open_after.setChecked(False)
    target = page.target_path()
    target.write_bytes(b"last week's pack")

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert target.name in box.text()
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert not page.is_building()
    assert target.read_bytes() == b"last week's pack"

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    _build(qtbot, page)
    assert target.read_bytes().startswith(b"%PDF-")


def test_the_sections_follow_what_the_app_holds(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, services, tmp_path / "settings.ini", tmp_path)
    _press_space(qtbot, page.section_boxes[SectionKey.GLOSSARY])
    offered = services.packs.choosable_sections()
    without_findings = tuple(key for key in offered if key is not SectionKey.FINDINGS)
    monkeypatch.setattr(
        services.packs, "choosable_sections", lambda meeting_id=None: without_findings
    )
    page.refresh()
    assert tuple(page.section_boxes) == without_findings
    assert not page.section_boxes[SectionKey.GLOSSARY].isChecked()
    assert page.section_boxes[SectionKey.SOURCES].isChecked()

    monkeypatch.setattr(services.packs, "choosable_sections", lambda meeting_id=None: offered)
    page.refresh()
    assert tuple(page.section_boxes) == offered
    assert page.section_boxes[SectionKey.FINDINGS].isChecked()
    assert not page.section_boxes[SectionKey.GLOSSARY].isChecked()
    assert page.section_boxes[SectionKey.FINDINGS].accessibleName() == (
        "Include Inspection findings by theme"
    )


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page = _page(qtbot, services, tmp_path / "settings.ini", tmp_path)
    kinds = (QAbstractButton, QLineEdit, QDateEdit, QPlainTextEdit, QProgressBar, QComboBox)
    controls = [widget for kind in kinds for widget in page.findChildren(kind)]
    # The date box's own inner line editor is part of the date box, which is named.
    controls = [
        widget for widget in controls if not isinstance(widget.parent(), (QDateEdit, QComboBox))
    ]
    assert len(controls) > 10
    assert [widget for widget in controls if not widget.accessibleName()] == []


def test_ctrl_p_opens_the_pack_builder(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.pages.current_key() == "overview"
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_key() == "packs"
    page = window.pages.current()
    assert isinstance(page, PackBuilderPage)
    assert page.build_button.hasFocus()


def test_choosing_a_meeting_sets_committee_and_date_and_offers_its_questions(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    codes = {q.code: q.id for q in services.scrutiny.all_questions()}
    meeting = services.meetings.create(
        MeetingDetails("Children's Scrutiny Panel", date(2025, 3, 12), "Care leavers")
    )
    services.meetings.add_question(meeting.id, codes["POR14-32"])
    settings = tmp_path / "settings.ini"
    page = _page(qtbot, services, settings, tmp_path)
    page.open_after.setChecked(False)
    page.committee.setText("Typed committee")
    assert SectionKey.QUESTIONS not in page.section_boxes
    page.meeting.setFocus()
    qtbot.keyClick(page.meeting, Qt.Key.Key_Down)
    assert page.meeting.currentText() == meeting.heading
    assert page.committee.text() == "Children's Scrutiny Panel"
    assert page.chosen_date() == date(2025, 3, 12)
    assert not page.committee.isEnabled()
    assert not page.pack_date.isEnabled()
    assert page.section_boxes[SectionKey.QUESTIONS].isChecked()
    assert "Children's Scrutiny Panel 2025-03-12 members pack.pdf" in page.file_name.text()
    for key, box in page.section_boxes.items():
        box.setChecked(key in (SectionKey.QUESTIONS, SectionKey.ACTIONS))

    _build(qtbot, page)

    reader = PdfReader(page.target_path())
    assert [m.title for m in bookmarks(reader)] == [
        "Cover",
        "Contents",
        "Questions for this meeting",
        "Question 1 (POR14-32)",
        "Open actions",
    ]
    # What the meeting does not record yet, the officer is told with the pack saved.
    assert "No venue is recorded for the meeting" in page.status.text()
    again = PackBuilderPage(services.packs, make_settings(settings))
    qtbot.addWidget(again)
    assert again.meeting.currentData() == meeting.id
    assert again.section_boxes[SectionKey.QUESTIONS].isChecked()
    assert not again.section_boxes[SectionKey.FINDINGS].isChecked()
    qtbot.keyClick(again.meeting, Qt.Key.Key_Up)  # back to no meeting: typed choices return
    assert again.committee.isEnabled()
    assert again.committee.text() == "Typed committee"
    assert SectionKey.QUESTIONS not in again.section_boxes
