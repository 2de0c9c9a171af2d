"""Fixtures for the window tests: a main window on a fresh database and settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.services.opening.container import Services
from briefing_app.ui.appearance import Appearance, apply_appearance
from briefing_app.ui.application import make_settings
from briefing_app.ui.main_window import MainWindow
from tests.conftest import REPO


@pytest.fixture
def normal_appearance(qapp: QApplication) -> Iterator[None]:
    """Put the text size and colours back as the system had them after the test."""
    yield
    apply_appearance(Appearance(), REPO / "resources")


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def main_window(
    qtbot: QtBot, services: Services, settings_file: Path, normal_appearance: None
) -> MainWindow:
    """The main window, shown and active, on a fresh copy of the seeded database."""
    window = MainWindow(services, make_settings(settings_file))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window
