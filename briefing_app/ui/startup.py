"""Opening the database at start-up, and what the window offers when it cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QDialog, QWidget

from briefing_app.domain.errors import BriefingError, DatabaseError
from briefing_app.services.logbook import log_user_error
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.ui.busy import busy
from briefing_app.ui.errors import show_user_error

if TYPE_CHECKING:
    from briefing_app.domain.backups import Backup
    from briefing_app.services.opening.recovery import Recovered, Recovery, Remedy

# The two records below are NamedTuples: on the start-up path, and quicker to define
# than dataclasses.


class Opened(NamedTuple):
    """The services over the database opened, and what the status bar says about it."""

    services: Services
    note: str = ""


class Decision(NamedTuple):
    """What the user chose: a remedy (and the backup, for that one), or None to quit."""

    choice: Remedy | None
    backup: Backup | None = None


def ask_with_dialog(error: DatabaseError, recovery: Recovery, parent: QWidget | None) -> Decision:
    """Show the problem and its choices, and return what was chosen."""
    # Only for a file that cannot be used: an everyday start needs none of it (about 25 ms).
    from briefing_app.services.opening.recovery import remedies_for
    from briefing_app.ui.dialogs.database_problem import DatabaseProblemDialog

    dialog = DatabaseProblemDialog(error, remedies_for(error), recovery.backups(), parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return Decision(None)
        return Decision(dialog.choice, dialog.chosen_backup())
    finally:
        dialog.setParent(None)
        dialog.deleteLater()


def open_with_recovery(
    root: AppRoot,
    parent: QWidget | None = None,
    ask: Callable[[DatabaseError, Recovery, QWidget | None], Decision] = ask_with_dialog,
) -> Opened | None:
    """Open the database; while it cannot be opened, offer the way on. None means quit."""
    while True:
        try:
            return Opened(root.open())
        except DatabaseError as error:
            log_user_error(error)
            # Loaded only for a file that cannot be used: an everyday start needs none of it.
            from briefing_app.services.opening.recovery import Recovery, Remedy

            recovery = Recovery(root)
            decision = ask(error, recovery, parent)
        if decision.choice is None:
            return None
        if decision.choice is Remedy.TRY_AGAIN:
            continue
        try:
            recovered = _carry_out(recovery, decision)
        except BriefingError as error:
            log_user_error(error)
            show_user_error(parent, "That did not work", error)
            continue
        return Opened(recovered.services, recovered.note())


def _carry_out(recovery: Recovery, decision: Decision) -> Recovered:
    # Only for a file that cannot be used: an everyday start needs none of it (about 25 ms).
    from briefing_app.services.opening.recovery import Remedy

    with busy():
        if decision.choice is Remedy.OPEN_BACKUP:
            assert decision.backup is not None
            return recovery.open_backup(decision.backup)
        if decision.choice is Remedy.WRITABLE_COPY:
            return recovery.writable_copy()
        return recovery.start_fresh()
