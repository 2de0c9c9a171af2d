"""Importing reports from the window: File > Import report, dropping a file, duplicates."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.findings import FindingsPage
from tests.conftest import REFERENCE_PDFS
from tests.importers.damage import sheffield_without_page_9

SOUTHAMPTON = REFERENCE_PDFS / "southampton-2020-01-09.pdf"
PORTSMOUTH = REFERENCE_PDFS / "portsmouth-2014-09-01.pdf"


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def _answer_next_message_box(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` on the next message box to open, noting its text."""

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(f"{widget.text()} {widget.informativeText()}")
                for button in widget.buttons():
                    if button.text().replace("&", "") == button_text:
                        button.click()
                        return
        QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def _drop(window: MainWindow, path: Path) -> tuple[bool, bool]:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    with warnings.catch_warnings():
        # PySide6 marks this Qt constructor deprecated, though Qt offers no other.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_pdf_imports_it_off_the_ui_thread(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    importer = window.importing.importer()
    with qtbot.waitSignal(importer.finished, timeout=30000):
        accepted = _drop(window, SOUTHAMPTON)
        assert accepted == (True, True)
        assert importer.busy  # reading on the worker thread; the window carries on
        assert not window.importing.import_action.isEnabled()
    assert window.importing.import_action.isEnabled()
    assert services.reports.headers()[0].authority == "Southampton City Council"
    assert window.pages.current_key() == "findings"
    page = window.pages.current()
    assert isinstance(page, FindingsPage)
    assert page.report is not None
    assert page.report.authority == "Southampton City Council"
    assert "Imported Southampton City Council" in window.statusBar().currentMessage()
    assert list((services.database_path.parent / "backups").glob("*before-import-report*"))


def test_dropping_other_files_is_refused(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    window = _window(qtbot, services, tmp_path)
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    assert _drop(window, picture) == (False, False)
    assert not window.importing.importer().busy


def test_a_report_already_held_offers_replace_or_keep_both(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    importer = window.importing.importer()
    seen: list[str] = []
    _answer_next_message_box("Cancel", seen)
    with qtbot.waitSignal(importer.finished, timeout=30000):
        window.importing.import_report(PORTSMOUTH)
    assert "already held" in seen[0]
    assert len(services.reports.headers()) == 1

    _answer_next_message_box("Keep both", seen)
    with qtbot.waitSignal(importer.finished, timeout=30000):
        window.importing.import_report(PORTSMOUTH)
    assert len(services.reports.headers()) == 2

    _answer_next_message_box("Replace it", seen)
    with qtbot.waitSignal(importer.finished, timeout=30000):
        window.importing.import_report(PORTSMOUTH)
    assert len(services.reports.headers()) == 1
    assert "replaces" in window.statusBar().currentMessage()


def test_a_bad_file_is_explained_and_nothing_changes(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    page = tmp_path / "report.pdf"
    page.write_bytes(b"<!DOCTYPE html><html><body>Sorry</body></html>")
    seen: list[str] = []
    _answer_next_message_box("OK", seen)
    with qtbot.waitSignal(window.importing.importer().finished, timeout=30000):
        window.importing.import_report(page)
    assert "report.pdf" in seen[0]
    assert "web page" in seen[0]
    assert len(services.reports.headers()) == 1


def test_what_looked_wrong_is_shown_before_saving(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    damaged = sheffield_without_page_9(tmp_path / "sheffield-copy.pdf")
    seen: list[str] = []
    _answer_next_message_box("Cancel", seen)
    with qtbot.waitSignal(window.importing.importer().finished, timeout=30000):
        window.importing.import_report(damaged)
    assert seen[0].startswith("Sheffield, September 2023 was read, but some things looked wrong.")
    assert "Paragraphs 54 to 59 were not found" in seen[0]
    assert "Page 9 has no text beyond its heading" in seen[0]
    assert len(services.reports.headers()) == 1  # nothing saved

    _answer_next_message_box("Import it anyway", seen)
    with qtbot.waitSignal(window.importing.importer().finished, timeout=30000):
        window.importing.import_report(damaged)
    assert [h.authority for h in services.reports.headers()] == [
        "Sheffield",
        "Portsmouth City Council",
    ]
    assert "2 things looked wrong when it was read." in window.statusBar().currentMessage()
    held = services.reports.get(services.reports.headers()[0].id)
    assert len(held.warnings) == 2


def test_ctrl_f_opens_the_search_of_all_reports(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.pages.current()
    assert isinstance(page, FindingsPage)
    focused: QWidget | None = QApplication.focusWidget()
    assert focused is page.search.box
