"""Screen readers: every control on every page and in every window the menus open has
an accessible name, and nothing is shown by colour alone.

Pages come from ``page_specs()`` and windows from the menus, so later ones are checked
too. Controls hidden at the moment (in another tab, say) are checked as well.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from briefing_app import APP_NAME
from briefing_app.ui.main_window import MainWindow, page_specs
from tests.ui.controls import controls, describe
from tests.ui.menu_windows import check_menu_windows

LEAKED_SHORTCUT = re.compile(r"&\w")
MAX_ROWS_CHECKED = 300


def _page_keys() -> list[str]:
    return [spec.key for spec in page_specs(None)]  # type: ignore[arg-type]


def name_problems(root: QWidget) -> list[str]:
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


@pytest.mark.parametrize("key", _page_keys())
def test_every_control_on_the_page_has_a_name(main_window: MainWindow, key: str) -> None:
    page = main_window.show_page_by_key(key)
    assert controls(page, usable_now=False), f"the {key} page has no controls to check"
    assert name_problems(page) == []
    assert name_problems(main_window.navigation) == []


@pytest.mark.parametrize("key", _page_keys())
def test_nothing_on_the_page_is_shown_by_colour_alone(main_window: MainWindow, key: str) -> None:
    page = main_window.show_page_by_key(key)
    assert colour_problems(page) == []


def test_every_window_the_menus_open_names_its_controls(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    def check(window: QWidget) -> list[str]:
        problems = name_problems(window) + colour_problems(window)
        if not window.accessibleName():
            problems.append(f"the window {window.windowTitle()!r} has no accessible name")
        return problems

    results = check_menu_windows(main_window, qtbot, check)
    assert {"Text and colours", f"About {APP_NAME}"} <= set(results)
    assert any(title.endswith("user guide") for title in results), results
    assert {title: problems for title, problems in results.items() if problems} == {}
