"""A list of backups, newest first, each described in words (when, why, how big)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from briefing_app.domain.backups import Backup
from briefing_app.services.backups import usable_here

_BACKUP_ROLE = Qt.ItemDataRole.UserRole


class BackupList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Backups")
        self.setAccessibleDescription("Backups of the database, newest first")
        self._backups: list[Backup] = []

    def set_backups(self, backups: list[Backup]) -> None:
        self.clear()
        self._backups = list(backups)
        for number, backup in enumerate(self._backups):
            text = backup.describe()
            item = QListWidgetItem(text, self)
            item.setData(_BACKUP_ROLE, number)
            if not usable_here(backup):
                item.setText(f"{text} - from a newer version of the app, so it cannot be used here")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        first = next(
            (
                row
                for row in range(self.count())
                if self.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
            ),
            -1,
        )
        self.setCurrentRow(first)

    def chosen(self) -> Backup | None:
        item = self.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return self._backups[int(item.data(_BACKUP_ROLE))]
