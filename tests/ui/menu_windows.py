"""Opening every window and dialog the menus lead to, to check each one while it is open.

Each menu command is triggered in turn. Any window or dialog that appears (modal ones
while the command is still running) is handed to a check, then closed with Cancel or
Close, so nothing is changed. Toggles and Quit are left alone. Qt's own file dialog is
closed unchecked: on Windows the system's dialog is shown instead.

``check_windows_opened`` does the same for any list of commands: ``page_windows`` uses it
for the buttons on each page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
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
                if widget.windowType() not in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                    continue  # menus, tooltips and pop-up lists
                self.known.append(widget)
                self._check_and_close(widget)
        finally:
            self.busy = False

    def _add(self, title: str, problems: list[str]) -> None:
        """The same window may be opened more than once: keep every problem found."""
        self.results[title] = sorted({*self.results.get(title, []), *problems})

    def _check_and_close(self, widget: QWidget) -> None:
        title = widget.windowTitle() or type(widget).__name__
        try:
            if not isinstance(widget, QFileDialog):
                widget.activateWindow()
                self.qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
                self._add(title, self.check(widget))
        except Exception as error:  # reported by the test, after the window is closed
            self._add(title, [f"the check failed: {error!r}"])
        finally:
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()


def check_windows_opened(
    window: QWidget,
    qtbot: QtBot,
    check: Check,
    commands: Sequence[Callable[[], object]],
) -> dict[str, list[str]]:
    """Run each command in turn; check every window or dialog it opens, then close it.
    Returns the problems found, by window title (an empty list for a window that passed).
    ``window`` is made active again after each command."""
    watcher = _Watcher(qtbot, check, known=list(QApplication.topLevelWidgets()))
    timer = QTimer()
    timer.timeout.connect(watcher.poll)
    timer.start(20)
    try:
        for command in commands:
            command()
            qtbot.wait(50)
            watcher.poll()
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    finally:
        timer.stop()
    return watcher.results


def check_menu_windows(window: QMainWindow, qtbot: QtBot, check: Check) -> dict[str, list[str]]:
    """Open every window the menus lead to and run ``check`` on it. Returns the problems
    found, by window title (an empty list for a window that passed)."""
    return check_windows_opened(
        window, qtbot, check, [action.trigger for action in menu_commands(window)]
    )
