"""Opening the database at start-up, and what the window offers when it cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from briefing_app.domain.errors import BriefingError, DatabaseError
from briefing_app.services.container import Services
from briefing_app.services.logbook import log_user_error
from briefing_app.services.recovery import Recovered, Recovery, Remedy, remedies_for
from briefing_app.ui.dialogs.database_problem import DatabaseProblemDialog
from briefing_app.ui.errors import show_user_error


@dataclass(frozen=True)
class Opened:
    services: Services
    note: str = ""


def ask_with_dialog(
    error: DatabaseError, recovery: Recovery, parent: QWidget | None
) -> DatabaseProblemDialog:
    """Show the problem and its choices; the returned dialog says what was chosen."""
    dialog = DatabaseProblemDialog(error, remedies_for(error), recovery.backups(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        dialog.choice = None
    return dialog


def open_with_recovery(
    recovery: Recovery,
    parent: QWidget | None = None,
    ask: Callable[
        [DatabaseError, Recovery, QWidget | None], DatabaseProblemDialog
    ] = ask_with_dialog,
) -> Opened | None:
    """Open the database; while it cannot be opened, offer the way on. None means quit."""
    while True:
        try:
            return Opened(recovery.open())
        except DatabaseError as error:
            log_user_error(error)
            dialog = ask(error, recovery, parent)
        if dialog.choice is None:
            return None
        if dialog.choice is Remedy.TRY_AGAIN:
            continue
        try:
            recovered = _carry_out(recovery, dialog)
        except BriefingError as error:
            log_user_error(error)
            show_user_error(parent, "That did not work", error)
            continue
        return Opened(recovered.services, recovered.note())


def _carry_out(recovery: Recovery, dialog: DatabaseProblemDialog) -> Recovered:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if dialog.choice is Remedy.OPEN_BACKUP:
            backup = dialog.chosen_backup()
            assert backup is not None
            return recovery.open_backup(backup)
        if dialog.choice is Remedy.WRITABLE_COPY:
            return recovery.writable_copy()
        return recovery.start_fresh()
    finally:
        QApplication.restoreOverrideCursor()
