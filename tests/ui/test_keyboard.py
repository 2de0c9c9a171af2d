"""Everything can be done without a mouse: every control on every page and in every
window the menus open is reached with Tab, in an order that follows the screen.

The pages come from ``page_specs()`` and the windows from the menus, so pages and
dialogs added later are checked without changing these tests.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app import APP_NAME
from briefing_app.ui.main_window import MainWindow, page_specs
from briefing_app.ui.pages.findings import FindingsPage
from briefing_app.ui.pages.overview import OverviewPage
from tests.ui.controls import (
    controls,
    describe,
    missing_from,
    reading_order_problems,
    tab_cycle,
    walk_every_tab,
)
from tests.ui.menu_windows import check_menu_windows

MNEMONIC = re.compile(r"&([^&\s])")


def _page_keys() -> list[str]:
    # The keys only: page_specs() builds nothing until a page is shown.
    return [spec.key for spec in page_specs(None)]  # type: ignore[arg-type]


def keyboard_problems(
    qtbot: QtBot, root: QWidget, start: QWidget, chrome: list[QWidget]
) -> list[str]:
    problems: list[str] = []
    walked = 0
    for expected, cycle in walk_every_tab(qtbot, root, start, extra=chrome):
        walked += 1
        problems += [f"Tab never reaches {describe(c)}" for c in missing_from(cycle, expected)]
        problems += reading_order_problems(cycle, expected)
    assert walked >= 1
    problems += mnemonic_problems(root)
    return sorted(set(problems))


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


@pytest.mark.parametrize("key", _page_keys())
def test_every_control_on_the_page_is_reached_with_tab(
    qtbot: QtBot, main_window: MainWindow, key: str
) -> None:
    page = main_window.show_page_by_key(key)
    qtbot.waitUntil(page.isVisible)
    assert controls(page), f"the {key} page has no controls to check"
    problems = keyboard_problems(
        qtbot, page, start=main_window.navigation, chrome=[main_window.navigation]
    )
    assert problems == []


def test_every_window_the_menus_open_is_usable_with_the_keyboard(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    def check(window: QWidget) -> list[str]:
        found = controls(window)
        assert found, "it has no controls"
        return keyboard_problems(qtbot, window, start=found[0], chrome=[])

    results = check_menu_windows(main_window, qtbot, check)
    assert {"Text and colours", f"About {APP_NAME}"} <= set(results)
    assert any(title.endswith("user guide") for title in results), results
    assert {title: problems for title, problems in results.items() if problems} == {}


def test_tab_order_of_the_findings_page_follows_the_screen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = main_window.show_page_by_key("findings")
    assert isinstance(page, FindingsPage)
    cycle = tab_cycle(qtbot, main_window.navigation)
    assert [describe(w) for w in cycle] == [
        "QListWidget('Pages')",
        "ReportChooser('Inspection report')",
        "QSpinBox('Paragraph number')",
        "QPushButton('Go to paragraph')",
        "QTabBar('Findings views')",
        "QListView('Sections of the report')",
        "QTextBrowser('Paragraphs in the chosen section')",
    ]
    page.tabs.setCurrentIndex(1)
    cycle = tab_cycle(qtbot, main_window.navigation)
    assert [describe(w) for w in cycle][-2:] == [
        "QTableView('Recommendations')",
        "QTextBrowser('The chosen recommendation and its evidence')",
    ]


def test_tab_leaves_the_judgements_table(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.show_page_by_key("overview")
    assert isinstance(page, OverviewPage)
    table = page.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1  # the arrow keys move between rows
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
