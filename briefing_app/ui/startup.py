"""Opening the database at start-up: the first start asks which council (or the
demonstration), and what the window offers when the file cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
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
    from briefing_app.domain.councils import CouncilDirectory
    from briefing_app.services.opening.recovery import Recovered, Recovery, Remedy
    from briefing_app.ui.dialogs.council_choice import CouncilChoice

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


def is_first_start(root: AppRoot) -> bool:
    """No database yet in the user data folder, where the app keeps the council's own."""
    # Only the file's name, not the folders' (about 0 ms).
    from briefing_app.paths import DATABASE_FILENAME

    default = root.paths.user_data / DATABASE_FILENAME
    path = root.database_path
    return path == default and not (path.exists() or path.is_symlink())


def ask_which_council(
    directory: CouncilDirectory, parent: QWidget | None, help_folder: Path | None = None
) -> CouncilChoice | None:
    """ "Which council are you?": a council, the demonstration, or None to quit."""
    # Only at the first start (about 40 ms).
    from briefing_app.ui.dialogs.council_choice import ask_for_council

    return ask_for_council(directory, parent, first_start=True, help_folder=help_folder)


def first_start(
    root: AppRoot,
    parent: QWidget | None = None,
    ask: Callable[[CouncilDirectory, QWidget | None], CouncilChoice | None] | None = None,
) -> Opened | None:
    """Ask which council to set the app up for, and set it up in the user data folder;
    or open the demonstration, in a file of its own beside it (so the next start asks
    again, until a council is set up). None means quit: nothing has been made. ``ask``
    stands in for the dialog (which offers the user guide's topic about it)."""
    # Only at the first start: the councils the app ships with (about 10 ms).
    from briefing_app.services.council import shipped_directory

    if ask is None:
        ask = partial(ask_which_council, help_folder=root.paths.resources / "help")
    directory = shipped_directory(root.paths.data)
    while True:
        choice = ask(directory, parent)
        if choice is None:
            return None
        target = root if choice.council is not None else root.demonstration_workspace()
        try:
            with busy():
                services = target.open_or_set_up(choice.council)
        except BriefingError as error:
            log_user_error(error)
            show_user_error(parent, "The app could not be set up", error)
            continue
        if choice.council is None:
            return Opened(services, f"Opened the demonstration, in {services.database_path}.")
        return Opened(
            services, f"Set up for {services.council.label()}, in {services.database_path}."
        )


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
