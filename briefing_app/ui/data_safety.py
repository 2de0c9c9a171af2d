"""Menu actions that keep data safe: File > Back up now, File > Restore from backup, and
Help > Copy diagnostics (for whoever supports the app; holds nothing personal)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QObject, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from briefing_app.domain.errors import BriefingError
from briefing_app.services.opening.container import Services
from briefing_app.ui.busy import busy
from briefing_app.ui.errors import show_user_error

if TYPE_CHECKING:
    from briefing_app.domain.backups import Backup
    from briefing_app.ui.dialogs.restore_backup import RestoreBackupDialog

DIAGNOSTICS_COPIED = (
    "Diagnostics copied: versions, file locations and recent log lines, and none of your records."
)


def toolkit_versions() -> dict[str, str]:
    return {"Qt": qVersion(), "PySide6": PySide6.__version__}


class DataSafetyActions(QObject):
    """The actions, wired to a window that can swap in fresh services after a restore."""

    def __init__(
        self,
        window: QMainWindow,
        services: Callable[[], Services],
        replace_services: Callable[[Services], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._replace_services = replace_services
        self.back_up_now = QAction("&Back up now", window)
        self.back_up_now.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.back_up_now.triggered.connect(self.make_backup)
        self.restore = QAction("&Restore from backup...", window)
        self.restore.triggered.connect(self.choose_and_restore)
        self.copy_diagnostics = QAction("Copy &diagnostics", window)
        self.copy_diagnostics.triggered.connect(self.copy_diagnostics_to_clipboard)

    def add_to_file_menu(self, menu: QMenu) -> None:
        menu.addAction(self.back_up_now)
        menu.addAction(self.restore)
        menu.addSeparator()

    def add_to_help_menu(self, menu: QMenu) -> None:
        menu.addAction(self.copy_diagnostics)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text)

    def make_backup(self) -> Backup | None:
        try:
            backup = self._services().backups.make("manual")
        except BriefingError as error:
            show_user_error(self._window, "The backup could not be made", error)
            return None
        self._say(f"Backed up as {backup.name} in the backups folder beside the database.")
        return backup

    def restore_dialog(self) -> RestoreBackupDialog:
        # The dialog, only when it is opened (about 17 ms).
        from briefing_app.ui.dialogs.restore_backup import RestoreBackupDialog

        return RestoreBackupDialog(self._services().backups.all(), self._window)

    def choose_and_restore(self) -> None:
        dialog = self.restore_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            backup = dialog.chosen()
            if backup is not None:
                self.restore_backup(backup)

    def restore_backup(self, backup: Backup) -> Backup | None:
        """Restore ``backup``; return the backup that undoes it, or None if it failed."""
        # Only after a restore, not at start-up (about 2 ms).
        from briefing_app.domain.backups import when_text

        services = self._services()
        try:
            with busy():
                undo = services.backups.restore(backup)
        except BriefingError as error:
            show_user_error(self._window, "The backup could not be restored", error)
            return None
        self._replace_services(services.renewed())
        self._say(
            f"Restored the backup made on {when_text(backup.made_at)}. To undo this, restore "
            f"the backup made on {when_text(undo.made_at)} (before a backup was restored)."
        )
        return undo

    def copy_diagnostics_to_clipboard(self) -> str:
        # Only when diagnostics are copied (about 8 ms).
        from briefing_app.services.diagnostics import diagnostics_text

        services = self._services()
        text = diagnostics_text(
            services.paths, services.database_path, services.database, toolkit_versions()
        )
        QGuiApplication.clipboard().setText(text)
        self._say(DIAGNOSTICS_COPIED)
        return text
