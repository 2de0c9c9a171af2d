"""File > Restore from backup: choose a backup, confirm, and it replaces the database.

Before anything is replaced the database as it is now is backed up, so a restore can be
undone by restoring that backup; the confirmation says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.backups import Backup, when_text
from briefing_app.ui.widgets.backup_list import BackupList
from briefing_app.ui.widgets.message_boxes import confirm

TITLE = "Restore from backup"


def confirmation_text(backup: Backup) -> str:
    return (
        f"Replace everything in the database with the backup made on "
        f"{when_text(backup.made_at)}? Anything added or changed since then will be "
        "taken out. The database as it is now is backed up first, so you can undo this "
        "by restoring that backup."
    )


class RestoreBackupDialog(QDialog):
    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "The app backs the database up before every import and every update of its "
            "format. Choose the backup to put back. Newest first:"
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backup_list = BackupList()
        self.backup_list.set_backups(backups)
        intro.setBuddy(self.backup_list)
        layout.addWidget(self.backup_list)
        if not backups:
            layout.addWidget(QLabel("There are no backups yet: use File > Back up now."))

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.button_box.addButton(
            "&Restore this backup", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName("Restore this backup")
        self.restore_button.setEnabled(self.backup_list.chosen() is not None)
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        self.backup_list.currentRowChanged.connect(self._on_row_changed)
        self.button_box.accepted.connect(self._confirm)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self.resize(640, 400)

    def _on_row_changed(self, _row: int) -> None:
        self.restore_button.setEnabled(self.backup_list.chosen() is not None)

    def chosen(self) -> Backup | None:
        return self.backup_list.chosen()

    def _confirm(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        if confirm(self, "Restore this backup?", confirmation_text(backup), "Restore"):
            self.accept()
