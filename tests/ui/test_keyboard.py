"""Everything can be done without a mouse: every control on every page and in every
window the menus open is reached with Tab, in an order that follows the screen.

The pages come from ``PAGES`` and the windows from the menus, so pages and
dialogs added later are checked without changing these tests.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
)
from pytestqt.qtbot import QtBot

from briefing_app import APP_NAME
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.findings import FindingsPage
from briefing_app.ui.pages.overview import OverviewPage
from briefing_app.ui.pages.registry import PAGES
from tests.ui.audit import keyboard_problems, window_keyboard_problems
from tests.ui.controls import controls, describe, tab_cycle
from tests.ui.menu_windows import check_menu_windows


def _page_keys() -> list[str]:
    return [key for key, _title in PAGES]


@pytest.mark.parametrize("key", _page_keys())
def test_every_control_on_the_page_is_reached_with_tab(
    qtbot: QtBot, main_window: MainWindow, key: str
) -> None:
    page = main_window.pages.show(key)
    qtbot.waitUntil(page.isVisible)
    assert controls(page), f"the {key} page has no controls to check"
    problems = keyboard_problems(
        qtbot, page, start=main_window.pages.navigation, chrome=[main_window.pages.navigation]
    )
    assert problems == []


def test_every_window_the_menus_open_is_usable_with_the_keyboard(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    results = check_menu_windows(
        main_window, qtbot, lambda window: window_keyboard_problems(qtbot, window)
    )
    assert {"Text and colours", f"About {APP_NAME}"} <= set(results)
    assert any(title.endswith("user guide") for title in results), results
    assert {title: problems for title, problems in results.items() if problems} == {}


def test_tab_order_of_the_findings_page_follows_the_screen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = main_window.pages.show("findings")
    assert isinstance(page, FindingsPage)
    cycle = tab_cycle(qtbot, main_window.pages.navigation)
    # The choices above the tabs are a grid of three rows, read row by row.
    assert [describe(w) for w in cycle] == [
        "QListWidget('Pages')",
        "QComboBox('Council')",
        "ReportChooser('Inspection report')",
        "QComboBox('Show paragraphs about the judgement')",
        "QComboBox('Show paragraphs about the theme')",
        "QSpinBox('Paragraph number')",
        "QPushButton('Go to paragraph')",
        "QTabBar('Findings views')",
        "QListView('Sections of the report')",
        "_Browser('Paragraphs in the chosen section')",
        # The demonstration's banner, above the page list: Tab comes round to it last.
        "QPushButton('Set up for your council')",
    ]
    page.tabs.setCurrentIndex(1)
    cycle = tab_cycle(qtbot, main_window.pages.navigation)
    assert [describe(w) for w in cycle][-3:-1] == [
        "RowTable('Recommendations')",
        "_Browser('The chosen recommendation and its evidence')",
    ]


def test_tab_leaves_the_judgements_table(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.pages.show("overview")
    assert isinstance(page, OverviewPage)
    table = page.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1  # the arrow keys move between rows
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
