"""Shown at start-up when the database file cannot be opened: what is wrong, and the way on.

The choices depend on the problem: open a backup, start a fresh database, make a
writable copy (for a read-only file), or try again (when another program has the file).
Whatever is chosen, the file that could not be opened is kept, unchanged.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.backups import Backup
from briefing_app.domain.errors import DatabaseError
from briefing_app.services.opening.recovery import Remedy
from briefing_app.ui.widgets.backup_list import BackupList
from briefing_app.ui.widgets.headings import Heading

TITLE = "The database could not be opened"


class DatabaseProblemDialog(QDialog):
    def __init__(
        self,
        error: DatabaseError,
        remedies: list[Remedy],
        backups: list[Backup],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.choice: Remedy | None = None
        self._chosen_backup: Backup | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(Heading(TITLE, level=2))
        self.message = QLabel(error.message)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("What is wrong")
        layout.addWidget(self.message)
        self.advice = QLabel(error.advice)
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName("What to do")
        layout.addWidget(self.advice)

        self.buttons: dict[Remedy, QPushButton] = {}
        self.backup_list = BackupList()
        if Remedy.OPEN_BACKUP in remedies:
            self._add_backups(layout, backups)
        if {Remedy.OPEN_BACKUP, Remedy.START_FRESH, Remedy.WRITABLE_COPY} & set(remedies):
            kept = QLabel(
                f"Whatever you choose, {error.path.name} is kept: it is renamed beside the "
                "new file with every byte unchanged, and nothing is deleted."
            )
            kept.setWordWrap(True)
            layout.addWidget(kept)

        row = QHBoxLayout()
        labels = {
            Remedy.OPEN_BACKUP: ("Open the chosen &backup", "Put the chosen backup in its place"),
            Remedy.WRITABLE_COPY: ("Make a &writable copy", "Carry on with a copy you can change"),
            Remedy.START_FRESH: (
                "Start a &fresh database beside it",
                "Start again with the default data",
            ),
            Remedy.TRY_AGAIN: ("&Try again", "Try to open the file again"),
        }
        for remedy in remedies:
            text, description = labels[remedy]
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(description)
            button.setProperty("remedy", remedy.value)
            button.clicked.connect(self._on_button)
            self.buttons[remedy] = button
            row.addWidget(button)
        row.addStretch(1)
        self.quit_button = QPushButton("&Quit")
        self.quit_button.setAccessibleName("Quit")
        self.quit_button.setAccessibleDescription("Close the app without changing anything")
        self.quit_button.clicked.connect(self.reject)
        row.addWidget(self.quit_button)
        layout.addLayout(row)

        if Remedy.OPEN_BACKUP in self.buttons:
            self.buttons[Remedy.OPEN_BACKUP].setEnabled(self.backup_list.chosen() is not None)
            self.backup_list.currentRowChanged.connect(self._backup_changed)
        first = self.buttons[remedies[0]] if remedies else self.quit_button
        if not first.isEnabled() and len(remedies) > 1:
            first = self.buttons[remedies[1]]
        first.setDefault(True)
        first.setFocus()
        self.resize(640, 420 if Remedy.OPEN_BACKUP in remedies else 240)

    def _add_backups(self, layout: QVBoxLayout, backups: list[Backup]) -> None:
        if backups:
            label = QLabel("Bac&kups of this file, newest first:")
            label.setBuddy(self.backup_list)
            layout.addWidget(label)
            self.backup_list.set_backups(backups)
            layout.addWidget(self.backup_list)
        else:
            none = QLabel("There are no backups of this file yet.")
            none.setAccessibleName("Backups")
            layout.addWidget(none)

    def _backup_changed(self, _row: int) -> None:
        self.buttons[Remedy.OPEN_BACKUP].setEnabled(self.backup_list.chosen() is not None)

    def _on_button(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self._choose(Remedy(button.property("remedy")))

    def _choose(self, remedy: Remedy) -> None:
        if remedy is Remedy.OPEN_BACKUP:
            self._chosen_backup = self.backup_list.chosen()
            if self._chosen_backup is None:
                return
        self.choice = remedy
        self.accept()

    def chosen_backup(self) -> Backup | None:
        return self._chosen_backup
