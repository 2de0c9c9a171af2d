"""Driving the window as a user would: typing any text, and answering modal dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` one key event per character (qtbot.keyClicks crashes on non-ASCII)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def when_modal(handle: Callable[[QWidget], None]) -> None:
    """Call ``handle`` with the next modal dialog once it is showing."""

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(10, check)
            return
        handle(widget)

    QTimer.singleShot(0, check)


def click_button(widget: QWidget, text: str) -> None:
    button = next(
        b for b in widget.findChildren(QAbstractButton) if b.text().replace("&", "") == text
    )
    button.click()


def answer(text: str, seen: list[str] | None = None) -> None:
    """Press the button called ``text`` on the next message box; keep its words in ``seen``."""

    def handle(widget: QWidget) -> None:
        if seen is not None and isinstance(widget, QMessageBox):
            seen.append(f"{widget.text()}\n{widget.informativeText()}")
        click_button(widget, text)

    when_modal(handle)
