"""Screen readers: every control on every page and in every window the menus open has
an accessible name, and nothing is shown by colour alone.

Pages come from ``PAGES`` and windows from the menus, so later ones are checked
too. Controls hidden at the moment (in another tab, say) are checked as well.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from briefing_app import APP_NAME
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.registry import PAGES
from tests.ui.audit import colour_problems, name_problems, window_name_problems
from tests.ui.controls import controls
from tests.ui.menu_windows import check_menu_windows


def _page_keys() -> list[str]:
    return [key for key, _title in PAGES]


@pytest.mark.parametrize("key", _page_keys())
def test_every_control_on_the_page_has_a_name(main_window: MainWindow, key: str) -> None:
    page = main_window.pages.show(key)
    assert controls(page, usable_now=False), f"the {key} page has no controls to check"
    assert name_problems(page) == []
    assert name_problems(main_window.pages.navigation) == []


@pytest.mark.parametrize("key", _page_keys())
def test_nothing_on_the_page_is_shown_by_colour_alone(main_window: MainWindow, key: str) -> None:
    page = main_window.pages.show(key)
    assert colour_problems(page) == []


def test_every_window_the_menus_open_names_its_controls(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    results = check_menu_windows(main_window, qtbot, window_name_problems)
    assert {"Text and colours", f"About {APP_NAME}"} <= set(results)
    assert any(title.endswith("user guide") for title in results), results
    assert {title: problems for title, problems in results.items() if problems} == {}
