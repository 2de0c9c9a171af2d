"""Each kind of unusable database file, at the window's start-up, driven through its dialog.

The dialog says what is wrong and what to do, offers the choices that fit (a backup, a
fresh database, a writable copy, or trying again), and whatever is chosen the file that
could not be opened is kept with every byte unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.paths import AppPaths
from briefing_app.services.opening.recovery import Remedy
from briefing_app.services.opening.root import AppRoot
from briefing_app.storage.database import Database
from briefing_app.ui.application import run_application
from briefing_app.ui.dialogs.database_problem import DatabaseProblemDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.startup import open_with_recovery
from tests.safety.bad_files import CASES, folder_listing, held, release

CHOICE = {
    "empty": Remedy.START_FRESH,
    "truncated": Remedy.OPEN_BACKUP,
    "random-bytes": Remedy.START_FRESH,
    "pdf": Remedy.OPEN_BACKUP,
    "newer": Remedy.START_FRESH,
    "read-only": Remedy.WRITABLE_COPY,
    "undecodable-schema": Remedy.OPEN_BACKUP,
    "lost-changes": Remedy.WRITABLE_COPY,
}
OFFERED = {
    "read-only": [Remedy.WRITABLE_COPY, Remedy.OPEN_BACKUP, Remedy.START_FRESH],
    "lost-changes": [Remedy.WRITABLE_COPY, Remedy.OPEN_BACKUP, Remedy.START_FRESH],
    "locked": [Remedy.TRY_AGAIN],
    "in-use": [Remedy.TRY_AGAIN],
}


def _when_dialog_shows(act: Callable[[DatabaseProblemDialog], None]) -> list[str]:
    """Run ``act`` on the start-up dialog as soon as it is on screen; collect what it said."""
    said: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DatabaseProblemDialog) and dialog.isVisible():
            said.append(f"{dialog.message.text()}\n{dialog.advice.text()}")
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return said


def _click(qtbot: QtBot, dialog: DatabaseProblemDialog, remedy: Remedy | None) -> None:
    button = dialog.quit_button if remedy is None else dialog.buttons[remedy]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _setup(name: str, app_paths: AppPaths, template: Path) -> Path:
    path = app_paths.user_data / "briefing.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(template.read_bytes())
    with Database.open(path) as database:
        database.backup("before-import-report")
    path.unlink()
    CASES[name].make(path, template)
    return path


@pytest.mark.parametrize("name", list(CHOICE))
def test_dialog_offers_the_way_on_and_keeps_the_file(
    name: str, qtbot: QtBot, app_paths: AppPaths, seeded_db_path: Path
) -> None:
    case = CASES[name]
    path = _setup(name, app_paths, seeded_db_path)
    original = path.read_bytes()
    before = folder_listing(path.parent)
    offered: list[list[Remedy]] = []

    def act(dialog: DatabaseProblemDialog) -> None:
        offered.append(list(dialog.buttons))
        assert folder_listing(path.parent) == before
        assert dialog.backup_list.count() == 1
        _click(qtbot, dialog, CHOICE[name])

    said = _when_dialog_shows(act)
    opened = open_with_recovery(AppRoot(app_paths, path))
    assert opened is not None
    try:
        assert len(said) == 1
        assert case.words in said[0]
        assert "has not been changed" in said[0]
        assert offered == [OFFERED.get(name, [Remedy.OPEN_BACKUP, Remedy.START_FRESH])]
        kept = [
            p
            for p in path.parent.iterdir()
            if p.name.startswith("briefing-set-aside-") and p.suffix == ".sqlite3"
        ]
        assert len(kept) == 1
        assert kept[0].read_bytes() == original
        assert str(kept[0]) in opened.note
        assert opened.services.database_path == path
        report = opened.services.reports.latest()
        assert report is not None
        assert len(report.findings) == 163
    finally:
        opened.services.close()


@pytest.mark.parametrize("name", ["locked", "in-use"])
def test_a_held_file_offers_try_again_and_opens_when_let_go(
    name: str, qtbot: QtBot, app_paths: AppPaths, seeded_db_path: Path
) -> None:
    case = CASES[name]
    path = app_paths.user_data / "briefing.sqlite3"
    path.parent.mkdir(parents=True)
    case.make(path, seeded_db_path)
    with held(path, case.holder) as holder:
        before = folder_listing(path.parent)
        offered: list[list[Remedy]] = []

        def act(dialog: DatabaseProblemDialog) -> None:
            offered.append(list(dialog.buttons))
            assert folder_listing(path.parent) == before
            release(holder)
            _click(qtbot, dialog, Remedy.TRY_AGAIN)

        said = _when_dialog_shows(act)
        opened = open_with_recovery(AppRoot(app_paths, path))
    assert opened is not None
    try:
        assert offered == [OFFERED[name]]
        assert case.words in said[0]
        assert "Close the other" in said[0]
        assert opened.note == ""
        assert opened.services.database.count("findings") == 163
    finally:
        opened.services.close()


def test_quit_changes_nothing(qtbot: QtBot, app_paths: AppPaths, seeded_db_path: Path) -> None:
    path = _setup("pdf", app_paths, seeded_db_path)
    before = folder_listing(path.parent)
    _when_dialog_shows(lambda dialog: _click(qtbot, dialog, None))
    assert open_with_recovery(AppRoot(app_paths, path)) is None
    assert folder_listing(path.parent) == before


def test_the_backup_chosen_in_the_list_is_the_one_opened(
    qtbot: QtBot, app_paths: AppPaths, seeded_db_path: Path
) -> None:
    path = app_paths.user_data / "briefing.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(seeded_db_path.read_bytes())
    with Database.open(path) as database:
        database.backup("before-import-report")
        database.execute("DELETE FROM glossary WHERE term = 'IRO'")
        database.backup("manual")
    CASES["truncated"].make(path, seeded_db_path)

    def act(dialog: DatabaseProblemDialog) -> None:
        assert "made by hand" in dialog.backup_list.item(0).text()
        dialog.backup_list.setFocus()
        qtbot.keyClick(dialog.backup_list, Qt.Key.Key_Down)
        _click(qtbot, dialog, Remedy.OPEN_BACKUP)

    _when_dialog_shows(act)
    opened = open_with_recovery(AppRoot(app_paths, path))
    assert opened is not None
    try:
        assert opened.services.glossary.glossary().lookup("IRO") is not None
    finally:
        opened.services.close()


def test_the_window_opens_after_a_fresh_start_and_says_where_the_file_went(
    qtbot: QtBot, app_paths: AppPaths, seeded_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = _setup("random-bytes", app_paths, seeded_db_path)
    seen: list[str] = []

    def close_window() -> None:
        # The window this run shows: one left closed by an earlier test may linger.
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(20, close_window)
            return
        seen.append(windows[0].statusBar().currentMessage())
        windows[0].close()

    def fresh(dialog: DatabaseProblemDialog) -> None:
        _click(qtbot, dialog, Remedy.START_FRESH)
        QTimer.singleShot(0, close_window)

    _when_dialog_shows(fresh)
    code = run_application(AppRoot(app_paths, path))
    assert code == 0
    assert "A fresh database was started." in seen[0]
    assert "briefing-set-aside-" in seen[0]


def test_quitting_at_start_up_exits_with_2(
    qtbot: QtBot, app_paths: AppPaths, seeded_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = _setup("empty", app_paths, seeded_db_path)
    _when_dialog_shows(lambda dialog: _click(qtbot, dialog, None))
    with nullcontext():
        assert run_application(AppRoot(app_paths, path)) == 2
    assert path.read_bytes() == b""
