"""Making one of the main window's actions: its text, shortcuts and what it does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def window_action(
    window: QMainWindow, text: str, shortcuts: list[str], slot: Callable[[], object]
) -> QAction:
    """An action of the window, with its shortcuts, that calls ``slot``."""
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
    action.triggered.connect(lambda _checked=False: slot())
    return action
