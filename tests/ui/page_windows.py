"""Opening every dialog and window a page's buttons lead to, to check each one.

The menu walk (``menu_windows``) reaches only what the menus open. Here every push button
and tool button on a page is pressed, in every tab of the page, with the keyboard (Space,
as someone without a mouse would). Each window or dialog that appears is checked, then
closed with Cancel, Close or No, so nothing it offers is saved. Buttons that open no
window still do what they do (move a question up, say) on the test's own copy of the
database.

Two kinds of button are left alone: those that hand a file to another program (opening a
built pack in the PDF reader), and those that close the window being walked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QPushButton, QTabWidget, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.menu_windows import Check, check_windows_opened

# By accessible name: buttons that leave the app or close the window walked.
LEFT_ALONE = frozenset(
    {
        "Open the pack just built",
        "Build pack",  # writes the PDF in the background, then may open it
        "Leave committee mode",
    }
)


def _buttons_now(root: QWidget, pressed: set[int]) -> list[QAbstractButton]:
    """The buttons that can be pressed now, in reading order (top to bottom, left to right)."""
    found = [
        button
        for button in root.findChildren(QAbstractButton)
        if isinstance(button, QPushButton | QToolButton)
        and button.isVisible()
        and button.isEnabled()
        and button.accessibleName() not in LEFT_ALONE
        and id(button) not in pressed
        and button.window() is root.window()
    ]

    def place(button: QAbstractButton) -> tuple[int, int]:
        corner = button.mapToGlobal(QPoint(0, 0))
        return corner.y(), corner.x()

    return sorted(found, key=place)


def _press(
    qtbot: QtBot, root: QWidget, button: QAbstractButton, show_again: Callable[[], object] | None
) -> Callable[[], None]:
    def press() -> None:
        if show_again is not None and not root.isVisible():
            show_again()  # the last button went to another page (Open paragraph, say)
        # It may have gone (a page rebuilt its list) or been turned off since it was found.
        try:
            usable = button.isVisible() and button.isEnabled()
        except RuntimeError:
            return
        if usable:
            button.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(button, Qt.Key.Key_Space)

    return press


def check_button_windows(
    window: QWidget,
    root: QWidget,
    qtbot: QtBot,
    check: Check,
    show_again: Callable[[], object] | None = None,
) -> tuple[dict[str, list[str]], list[str]]:
    """Press every button in ``root`` (a page, or a window of its own), in every tab, and
    run ``check`` on each window that opens. ``show_again`` brings ``root`` back if a
    button leaves it. Returns the problems by window title, and the names of the buttons
    pressed."""
    results: dict[str, list[str]] = {}
    pressed: set[int] = set()
    names: list[str] = []
    for tabs in [None, *root.findChildren(QTabWidget)]:
        for index in range(tabs.count() if tabs is not None else 1):
            if show_again is not None and not root.isVisible():
                show_again()
            if tabs is not None:
                if not tabs.isVisible():
                    continue
                tabs.setCurrentIndex(index)
                qtbot.wait(20)
            # From the last to the first: a button that changes what is chosen (Retire,
            # Delete) comes after the buttons that act on the thing chosen.
            buttons = _buttons_now(root, pressed)[::-1]
            pressed.update(id(button) for button in buttons)
            names += [button.accessibleName() for button in buttons]
            found = check_windows_opened(
                window,
                qtbot,
                check,
                [_press(qtbot, root, button, show_again) for button in buttons],
            )
            for title, problems in found.items():
                results[title] = sorted({*results.get(title, []), *problems})
    return results, names
