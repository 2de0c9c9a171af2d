"""Windows that neither the menus nor the pages' buttons open: the start-up dialog for a
database that cannot be opened, and the windows of a report import. Each is checked as
the others are: named for screen readers, usable from the keyboard, nothing shown by
colour alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseInUseError,
    ReadOnlyDatabaseError,
)
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.recovery import remedies_for
from briefing_app.services.report_import import ReportImportService
from briefing_app.ui.dialogs.database_problem import DatabaseProblemDialog
from briefing_app.ui.dialogs.import_report import progress_dialog
from briefing_app.ui.main_window import MainWindow
from tests.conftest import PORTSMOUTH_TEXT
from tests.ui.audit import window_keyboard_problems, window_name_problems
from tests.ui.menu_windows import check_windows_opened

FILE = Path("briefing.sqlite3")


def _check(qtbot: QtBot, window: QWidget) -> list[str]:
    return window_name_problems(window) + window_keyboard_problems(qtbot, window)


@pytest.mark.parametrize(
    "error",
    [
        DamagedDatabaseError(FILE, "The file is damaged.", "Open a backup."),
        ReadOnlyDatabaseError(FILE, "The file is read-only.", "Make a writable copy."),
        DatabaseInUseError(FILE, "The file is open in another copy.", "Try again later."),
    ],
    ids=["damaged", "read-only", "in-use"],
)
def test_the_dialog_for_a_database_that_cannot_be_opened(
    qtbot: QtBot, services: Services, error: DatabaseError, normal_appearance: None
) -> None:
    backups = [services.backups.make("manual"), services.backups.make("manual")]
    dialog = DatabaseProblemDialog(error, remedies_for(error), backups)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert _check(qtbot, dialog) == []


def test_the_windows_of_a_report_import(qtbot: QtBot, main_window: MainWindow) -> None:
    def show_progress() -> None:
        progress_dialog(Path("leeds-2015.pdf"), main_window).show()

    results = check_windows_opened(main_window, qtbot, lambda w: _check(qtbot, w), [show_progress])
    assert results == {"Importing a report": []}

    report = ReportImportService.read(PORTSMOUTH_TEXT)  # the report the app already holds
    importer = main_window.importing.importer()
    results = check_windows_opened(
        main_window,
        qtbot,
        lambda w: _check(qtbot, w),
        [lambda: importer.ask_about_duplicate(report)],
    )
    assert results == {"This report is already held": []}
