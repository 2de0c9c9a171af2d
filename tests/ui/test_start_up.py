"""Starting the window quickly: what start-up leaves until it is needed, the cycle collector
paused while starting, and a window closed unchanged leaving its settings file alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.main_window import MainWindow
from tests.support.processes import modules_under, run_python_for_json

# What the first page does not need, and costs start-up time to load: libraries for other
# work, the importers, the other pages and their services, the search, the glossary, the
# backups and the ways to recover an unusable file, committee mode, the message boxes, the
# indicators, packs and training, the commands' own parsers, and the rotating log file.
KEPT_OFF_THE_START_UP_PATH = (
    "reportlab",
    "pypdfium2",
    "pypdfium2_raw",
    "sqlite_utils",
    "logging.handlers",
    "briefing_app.importers",
    "briefing_app.packs",
    "briefing_app.cli.meetings",
    "briefing_app.cli.outcomes",
    "briefing_app.cli.packs",
    "briefing_app.cli.reports",
    "briefing_app.cli.safety",
    "briefing_app.cli.training",
    "briefing_app.domain.backups",
    "briefing_app.domain.glossary",
    "briefing_app.domain.outcomes",
    "briefing_app.domain.packs",
    "briefing_app.domain.search",
    "briefing_app.domain.training",
    "briefing_app.services.backups",
    "briefing_app.services.glossary",
    "briefing_app.services.meetings",
    "briefing_app.services.opening.recovery",
    "briefing_app.services.outcomes",
    "briefing_app.services.packs",
    "briefing_app.services.report_import",
    "briefing_app.services.scrutiny",
    "briefing_app.services.search",
    "briefing_app.services.training",
    "briefing_app.storage.fts",
    "briefing_app.storage.glossary_repo",
    "briefing_app.storage.search_repo",
    "briefing_app.ui.committee",
    "briefing_app.ui.dialogs",
    "briefing_app.ui.pages.actions",
    "briefing_app.ui.pages.findings",
    "briefing_app.ui.pages.meetings",
    "briefing_app.ui.pages.outcomes",
    "briefing_app.ui.pages.packs",
    "briefing_app.ui.pages.questions",
    "briefing_app.ui.pages.training",
    "briefing_app.ui.widgets.message_boxes",
)

_START = """
import gc, json, sys
from briefing_app.cli import main

code = main(["--exit-after-startup", "--database", sys.argv[1]])
print(json.dumps({
    "code": code,
    "modules": sorted(sys.modules),
    "collecting": gc.isenabled(),
    "set_aside": gc.get_freeze_count(),
}))
"""


@pytest.fixture
def started(seeded_db_path: Path, tmp_path: Path) -> dict[str, object]:
    """What a whole start of the window (command line and all) left behind."""
    outcome: dict[str, object] = run_python_for_json(
        _START, str(seeded_db_path), XDG_CONFIG_HOME=str(tmp_path / "config")
    )
    assert outcome["code"] == 0
    return outcome


def test_the_window_starts_without_loading_what_its_first_page_does_not_need(
    started: dict[str, object],
) -> None:
    modules = started["modules"]
    assert isinstance(modules, list)
    assert "briefing_app.ui.pages.overview" in modules
    assert modules_under(modules, KEPT_OFF_THE_START_UP_PATH) == []


def test_once_the_window_is_drawn_the_cycle_collector_runs_again(
    started: dict[str, object],
) -> None:
    assert started["collecting"] is True
    # What start-up made was set aside for good rather than looked through again.
    set_aside = started["set_aside"]
    assert isinstance(set_aside, int)
    assert set_aside > 10_000


def _file_identity(path: Path) -> tuple[int, int, bytes]:
    status = path.stat()
    return status.st_ino, status.st_mtime_ns, path.read_bytes()


def test_a_window_closed_as_it_was_opened_leaves_its_settings_file_alone(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"

    def open_and_close(resize: tuple[int, int] | None = None) -> None:
        window = MainWindow(services, make_settings(settings_file))
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        if resize is not None:
            window.resize(*resize)
        window.close()

    open_and_close()
    # The window is put back where it was (the screen may have trimmed it to fit).
    open_and_close()
    written = _file_identity(settings_file)
    open_and_close()
    assert _file_identity(settings_file) == written
    open_and_close(resize=(700, 500))
    assert _file_identity(settings_file) != written
