"""Typing into widgets as a user does, including letters outside ASCII."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """One key press and release per character (qtbot.keyClicks fails on non-ASCII text)."""
    for character in text:
        key = Qt.Key.Key_Space if character == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
            )


def when_modal(handle: Callable[[QWidget], None]) -> None:
    """Deal with the next modal dialog as soon as it is shown (it blocks until closed)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        handle(dialog)

    QTimer.singleShot(0, attempt)
