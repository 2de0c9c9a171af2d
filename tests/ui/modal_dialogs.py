"""Driving a modal dialog from a test: act on it while ``exec()`` waits for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog


def drive_modal(open_dialog: Callable[[], object], act: Callable[[QDialog], None]) -> None:
    """Call ``open_dialog`` (which runs a modal dialog) and ``act`` on the dialog once it
    is shown. If ``act`` fails, the dialog is cancelled so the test cannot hang, and the
    failure is raised once ``open_dialog`` has returned."""
    failures: list[BaseException] = []
    attempts = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            attempts[0] += 1
            if attempts[0] < 100:
                QTimer.singleShot(20, run)
            return
        try:
            dialog.activateWindow()
            deadline = QDeadlineTimer(3000)
            while QApplication.activeWindow() is not dialog and not deadline.hasExpired():
                QTest.qWait(10)
            assert QApplication.activeWindow() is dialog, "the dialog did not become active"
            act(dialog)
        except BaseException as error:
            failures.append(error)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, run)
    open_dialog()
    if failures:
        raise failures[0]
    assert attempts[0] < 100, "no modal dialog was shown"
