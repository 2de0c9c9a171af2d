"""Workspaces in the open window: File > Open or set up a council's workspace, and File > Try
the demonstration. Each workspace is a database file of its own beside the one open, so
opening another never changes the one left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing_app.domain.workspace import DEMONSTRATION_CHOICE
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.ui.window.action import window_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from briefing_app.domain.councils import Council


class Workspaces:
    """The workspace actions; ``switch`` puts the window on the services of another."""

    def __init__(
        self,
        window: QMainWindow,
        services: Callable[[], Services],
        switch: Callable[[Services], None],
        importing: Callable[[], bool] = lambda: False,
    ) -> None:
        self._window = window
        self._services = services
        self._switch = switch
        self._importing = importing
        self.council_action = window_action(
            window, "Open or set up a council's &workspace…", [], self.choose_council
        )
        self.council_action.setStatusTip(
            "Set up the app for your council (or open a council's workspace already set up)"
        )
        self.demonstration_action = window_action(
            window, f"{DEMONSTRATION_CHOICE}…", [], self.open_demonstration
        )
        self.demonstration_action.setStatusTip(
            "Open the demonstration in a file of its own; the workspace open now is kept"
        )

    def _root(self) -> AppRoot:
        services = self._services()
        if services.briefing is not None:
            # A briefing file is not a workspace: workspaces are in the user data folder.
            return AppRoot.choose(services.paths)
        return AppRoot(services.paths, services.database_path)

    def choose_council(self) -> None:
        """Ask which council, then open its workspace (setting it up if need be)."""
        # Only when a council is chosen: the dialog and the workspaces beside (about 30 ms).
        from briefing_app.services.opening.workspaces import WorkspaceFolder
        from briefing_app.ui.dialogs.council_choice import ask_for_council

        services = self._services()
        folder = WorkspaceFolder(self._root().database_path.parent)
        held = frozenset(w.old_code for w in folder.workspaces() if not w.demonstration)
        choice = ask_for_council(
            services.council.directory,
            self._window,
            held=held,
            help_folder=services.paths.resources / "help",
        )
        if choice is None:
            return
        if choice.council is None:
            self._open(self._root().demonstration_workspace(), None)
        else:
            self._open(self._root().council_workspace(choice.council), choice.council)

    def open_demonstration(self) -> None:
        """Open the demonstration (made in a file of its own the first time)."""
        # Only when the demonstration is asked for: the boxes (about 10 ms).
        from PySide6.QtWidgets import QMessageBox

        from briefing_app.ui.widgets.message_boxes import message_box

        box = message_box(
            QMessageBox.Icon.Question,
            "Open the demonstration?",
            "The demonstration is Ofsted's 2014 report on Portsmouth, with figures, "
            "summaries and questions written for it, and made-up councillors. It opens in "
            "a file of its own: the workspace open now is kept as it is, and File > Open or "
            "set up a council's workspace brings it back.",
            self._window,
            buttons=QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        if box.exec() != QMessageBox.StandardButton.Open:
            return
        self._open(self._root().demonstration_workspace(), None)

    def _open(self, target: AppRoot, council: Council | None) -> None:
        # Only when another workspace is opened (about 10 ms).
        from briefing_app.domain.errors import BriefingError
        from briefing_app.ui.busy import busy
        from briefing_app.ui.errors import show_user_error

        if target.database_path == self._services().database_path:
            self._window.statusBar().showMessage("That workspace is the one open now.")
            return
        if self._importing():
            self._window.statusBar().showMessage(
                "A file is being imported: open the other workspace once it is done."
            )
            return
        try:
            with busy():
                opened = target.open_or_set_up(council)
        except BriefingError as error:
            show_user_error(self._window, "The workspace could not be opened", error)
            return
        self._switch(opened)
