"""The checks every page, window and dialog must pass: keyboard use and screen readers.

``keyboard_problems`` walks the Tab key round a window (every tab of every tab bar, and
every radio button by the arrow keys); ``name_problems`` and ``colour_problems`` look at
what a screen reader is told and at anything shown in colour; ``font_problems`` at text
smaller than the size chosen, and ``contrast_ratio`` measures two colours. The page tests, the menu
walk (``menu_windows``) and the walk of the dialogs that pages open (``page_windows``)
all use them, so a control added anywhere is checked.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app.ui.appearance import system_font
from tests.ui.controls import (
    cell_by_cell_problems,
    controls,
    describe,
    reading_order_problems,
    walk_every_tab,
)

MNEMONIC = re.compile(r"&([^&\s])")
LEAKED_SHORTCUT = re.compile(r"&\w")
MAX_ROWS_CHECKED = 300


def keyboard_problems(
    qtbot: QtBot, root: QWidget, start: QWidget, chrome: list[QWidget]
) -> list[str]:
    """Every control is reached, in reading order, with no traps and no Alt+letter used
    twice, in every arrangement of the window's tabs."""
    problems: list[str] = []
    walked = 0
    for walk in walk_every_tab(qtbot, root, start, extra=chrome):
        walked += 1
        problems += [f"Tab never reaches {describe(c)}" for c in walk.missing()]
        problems += reading_order_problems(walk.cycle, walk.expected)
        problems += cell_by_cell_problems(walk)
        problems += mnemonic_problems(root)
    assert walked >= 1
    return sorted(set(problems))


def window_keyboard_problems(qtbot: QtBot, window: QWidget) -> list[str]:
    """``keyboard_problems`` for a window or dialog of its own, from its first control."""
    found = controls(window)
    assert found, "it has no controls"
    return keyboard_problems(qtbot, window, start=found[0], chrome=[])


def _mnemonic(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_problems(root: QWidget) -> list[str]:
    """Alt+letter shortcuts: each label's goes somewhere, and none is used twice at once."""
    problems = []
    used: dict[str, str] = {}

    def use(letter: str | None, owner: str) -> None:
        if letter is None:
            return
        if letter in used and used[letter] != owner:
            problems.append(f"Alt+{letter.upper()} is used by both {used[letter]} and {owner}")
        used[letter] = owner

    for label in root.findChildren(QLabel):
        letter = _mnemonic(label.text()) if label.textFormat() != Qt.TextFormat.RichText else None
        if letter and label.isVisible():
            if label.buddy() is None:
                problems.append(f"the label {label.text()!r} has a shortcut but no control")
            use(letter, f"label {label.text()!r}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            use(_mnemonic(button.text()), f"button {button.text()!r}")
    for box in root.findChildren(QGroupBox):
        if box.isVisible():
            use(_mnemonic(box.title()), f"group {box.title()!r}")
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                use(_mnemonic(bar.tabText(index)), f"tab {bar.tabText(index)!r}")
    window = root.window()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            use(_mnemonic(action.text()), f"menu {action.text()!r}")
    return problems


def name_problems(root: QWidget) -> list[str]:
    """Every control, hidden or not, has a name of its own for screen readers."""
    problems = []
    for control in controls(root, usable_now=False):
        name = control.accessibleName().strip()
        description = control.accessibleDescription().strip()
        if not name:
            problems.append(f"{describe(control)} has no accessible name")
            continue
        if LEAKED_SHORTCUT.search(name):
            problems.append(f"{describe(control)}: the name {name!r} has a shortcut marker in it")
        if description and description.lower() == name.lower():
            problems.append(f"{describe(control)}: the description only repeats the name")
        interface = QAccessible.queryAccessibleInterface(control)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            problems.append(f"{describe(control)} gives screen readers no name")
    return problems


def colour_problems(root: QWidget) -> list[str]:
    """Anything coloured also carries words: table cells, and labels styled with colour."""
    problems = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS_CHECKED)):
            for column in range(columns):
                index = model.index(row, column)
                coloured = any(
                    index.data(role) is not None
                    for role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
                )
                if coloured and not str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip():
                    problems.append(f"{describe(view)} row {row} column {column}: colour only")
        if isinstance(view, QTableView) and not view.horizontalHeader().isHidden():
            for column in range(columns):
                title = model.headerData(column, Qt.Orientation.Horizontal)
                if not str(title or "").strip():
                    problems.append(f"{describe(view)} column {column} has no heading")
    for label in root.findChildren(QLabel):
        if "color" in label.styleSheet() and not label.text().strip() and label.pixmap().isNull():
            problems.append(f"{describe(label)} is coloured but has no text")
    return problems


def window_name_problems(window: QWidget) -> list[str]:
    """``name_problems`` and ``colour_problems`` for a window, which needs a name too."""
    problems = name_problems(window) + colour_problems(window)
    if not window.accessibleName():
        problems.append(f"the window {window.windowTitle()!r} has no accessible name")
    return problems


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def font_problems(root: QWidget, percent: int) -> list[str]:
    """Every widget's text is at least ``percent`` of the system's size (headings larger)."""
    expected = system_font().pointSizeF() * percent / 100
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        fonts = [("font", widget.font())]
        if isinstance(widget, QTextEdit):
            fonts.append(("document font", widget.document().defaultFont()))
        for what, font in fonts:
            size = font.pointSizeF()
            if size <= 0:
                problems.append(f"{type(widget).__name__} has its {what} size set in pixels")
            elif size < expected - 0.01:
                problems.append(f"{type(widget).__name__} {widget.accessibleName()!r}: {size}pt")
    return problems
