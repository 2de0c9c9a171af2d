"""Importing a folder of reports from the window: off the window's thread, with progress
and Cancel, then a summary of what was imported, skipped and refused."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from briefing_app.services.opening.container import Services
from briefing_app.services.report_batch import BatchResult, Outcome
from briefing_app.ui.application import make_settings
from briefing_app.ui.dialogs.import_folder import BatchSummaryDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.findings import FindingsPage
from tests.conftest import REFERENCE_PDFS

NAMES = ("sheffield-2023-11-03.pdf", "slough-2019-03-04.pdf", "portsmouth-2014-09-01.pdf")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in NAMES:
        shutil.copyfile(REFERENCE_PDFS / name, folder / name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a PDF at all\n")
    return folder


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def _close_summary(seen: list[str]) -> None:
    """Note the summary's text when it opens, and close it."""

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, BatchSummaryDialog) and widget.isVisible():
                seen.append(f"{widget.headline.text()}\n{widget.details.toPlainText()}")
                widget.reject()
                return
        QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def test_a_folder_is_imported_off_the_window_thread_with_a_summary(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    importer = window.importing.folder_importer()
    seen: list[str] = []
    _close_summary(seen)
    with qtbot.waitSignal(importer.finished, timeout=60000):
        assert window.importing.import_reports([_folder(tmp_path)])
        assert importer.busy  # reading on another thread; the window carries on
        assert not window.importing.folder_action.isEnabled()
        assert not window.importing.import_action.isEnabled()
    assert window.importing.folder_action.isEnabled()
    result = importer.result
    assert isinstance(result, BatchResult)
    assert [(f.path.name, f.outcome) for f in result.files] == [
        ("broken.pdf", Outcome.REFUSED),
        (NAMES[2], Outcome.SKIPPED),
        (NAMES[0], Outcome.IMPORTED),
        (NAMES[1], Outcome.IMPORTED),
    ]
    assert seen[0].startswith("Imported 2 reports; skipped 1 already held; refused 1 file.\n")
    assert "Refused:\n- broken.pdf: broken.pdf: the PDF is cut short" not in seen[0]
    assert "- broken.pdf: the PDF is cut short" in seen[0]
    assert window.statusBar().currentMessage() == result.headline
    # The window's own connection sees what the batch's saved, and shows the last.
    assert {h.authority for h in services.reports.headers()} >= {"Sheffield"}
    page = window.pages.current()
    assert isinstance(page, FindingsPage)
    assert page.report is not None
    assert page.report.id == result.of(Outcome.IMPORTED)[-1].report_id


def test_cancel_stops_after_the_report_being_read(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    importer = window.importing.folder_importer()
    importer.show_summary = False
    folder = _folder(tmp_path)
    with qtbot.waitSignal(importer.finished, timeout=60000):
        assert window.importing.import_reports([folder])
        assert importer.progress is not None
        cancel = next(
            b for b in importer.progress.findChildren(QPushButton) if b.text() == "Cancel"
        )
        cancel.click()
    result = importer.result
    assert result is not None
    assert result.stopped
    assert result.of(Outcome.NOT_REACHED)
    assert "stopped before" in result.headline
    held = services.reports.headers()
    assert len(held) == 1 + len(result.of(Outcome.IMPORTED))


def test_a_folder_without_reports_says_so(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    window = _window(qtbot, services, tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    seen: list[str] = []

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.windowTitle() == "No reports to import":
                seen.append(widget.windowTitle())
                widget.close()
                return
        QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)
    assert not window.importing.import_reports([empty])
    assert seen == ["No reports to import"]
    assert window.importing.folder_action.isEnabled()
