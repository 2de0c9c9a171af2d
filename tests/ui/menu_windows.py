"""Opening every window and dialog the menus lead to, to check each one while it is open.

Each menu command is triggered in turn. Any window or dialog that appears (modal ones
while the command is still running) is handed to a check, then closed with Cancel or
Close, so nothing is changed. Toggles and Quit are left alone. Qt's own file dialog is
closed unchecked: on Windows the system's dialog is shown instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

Check = Callable[[QWidget], list[str]]


def menu_commands(window: QMainWindow) -> list[QAction]:
    """Every command in the menu bar, submenus included, except toggles and Quit."""
    found: list[QAction] = []

    def visit(menu: QMenu) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                visit(submenu)
            elif not action.isSeparator() and action.isEnabled():
                if action.isCheckable() or action.menuRole() == QAction.MenuRole.QuitRole:
                    continue
                found.append(action)

    for top in window.menuBar().actions():
        submenu = top.menu()
        if isinstance(submenu, QMenu):
            visit(submenu)
    return found


@dataclass
class _Watcher:
    qtbot: QtBot
    check: Check
    known: list[QWidget]
    results: dict[str, list[str]] = field(default_factory=dict)
    busy: bool = False

    def poll(self) -> None:
        if self.busy:
            return
        self.busy = True
        try:
            for widget in QApplication.topLevelWidgets():
                if not widget.isVisible() or any(widget is k for k in self.known):
                    continue
                if not isinstance(widget, QDialog | QMainWindow):
                    continue  # menus, tooltips and pop-up lists
                self.known.append(widget)
                self._check_and_close(widget)
        finally:
            self.busy = False

    def _check_and_close(self, widget: QWidget) -> None:
        title = widget.windowTitle() or type(widget).__name__
        try:
            if not isinstance(widget, QFileDialog):
                widget.activateWindow()
                self.qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
                self.results[title] = self.check(widget)
        except Exception as error:  # reported by the test, after the window is closed
            self.results[title] = [f"the check failed: {error!r}"]
        finally:
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()


def check_menu_windows(window: QMainWindow, qtbot: QtBot, check: Check) -> dict[str, list[str]]:
    """Open every window the menus lead to and run ``check`` on it. Returns the problems
    found, by window title (an empty list for a window that passed)."""
    watcher = _Watcher(qtbot, check, known=list(QApplication.topLevelWidgets()))
    timer = QTimer()
    timer.timeout.connect(watcher.poll)
    timer.start(20)
    try:
        for action in menu_commands(window):
            action.trigger()
            qtbot.wait(50)
            watcher.poll()
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    finally:
        timer.stop()
    return watcher.results
