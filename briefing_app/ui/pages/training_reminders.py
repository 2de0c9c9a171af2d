"""Reminders on the Training page: a letter for each councillor with training due, ready to
copy into an e-mail, and all of them as a new CSV file for a mail merge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.training.reminders import Reminder, reminders
from briefing_app.ui.busy import busy
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.pages.training_host import Host
from briefing_app.ui.widgets.tables import named_button


class RemindersPanel(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._reminders: list[Reminder] = []
        self.councillor = QComboBox()
        self.councillor.setAccessibleName("Letter for")
        self.letter = QPlainTextEdit()
        self.letter.setReadOnly(True)
        self.letter.setTabChangesFocus(True)
        self.letter.setAccessibleName("Reminder letter")
        self.copy = named_button("C&opy letter", "Copy the letter")
        self.export = named_button("Export re&minders…", "Export every reminder to a CSV file")
        self.export.setToolTip(
            "Save a letter for every councillor listed, with their e-mail address, in a new "
            "CSV file for a mail merge. An existing file is never replaced."
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        caption = QLabel("Letter &to:")
        caption.setBuddy(self.councillor)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.councillor, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addWidget(self.export)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.letter, 1)
        layout.addLayout(buttons)
        self.councillor.currentIndexChanged.connect(self._show_letter)
        self.copy.clicked.connect(self.copy_letter)
        self.export.clicked.connect(self.export_reminders)

    def show_board(self) -> None:
        board = self.host.board
        keep = self.councillor.currentText()
        self._reminders = reminders(board, board.due_soon_days)
        self.councillor.blockSignals(True)
        self.councillor.clear()
        for reminder in self._reminders:
            self.councillor.addItem(reminder.member.name)
        index = self.councillor.findText(keep)
        self.councillor.setCurrentIndex(max(index, 0) if self._reminders else -1)
        self.councillor.blockSignals(False)
        count = len(self._reminders)
        self.summary.setText(
            f"Reminders: a letter for each of the {count} councillors with training overdue "
            f"or due within {board.due_soon_days} days. Nothing is sent: copy a letter into "
            "an e-mail, or export them all for a mail merge."
            if count
            else "Reminders: nobody has training overdue or due within "
            f"{board.due_soon_days} days, so there are no letters to write."
        )
        for widget in (self.copy, self.export, self.councillor):
            widget.setEnabled(bool(count))
        self._show_letter()

    def current(self) -> Reminder | None:
        index = self.councillor.currentIndex()
        return self._reminders[index] if 0 <= index < len(self._reminders) else None

    def _show_letter(self) -> None:
        reminder = self.current()
        self.letter.setPlainText(reminder.letter if reminder else "")

    def copy_letter(self) -> None:
        reminder = self.current()
        if reminder is None:
            return
        QApplication.clipboard().setText(reminder.letter)
        self.host.say(f"Copied the letter to {reminder.member.name}: paste it into an e-mail.")

    def export_reminders(self) -> None:
        board = self.host.board
        suggested = Path.home() / f"training-reminders-{board.as_at.isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export reminders",
            str(suggested),
            "CSV files (*.csv)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        # Only when a file is exported (about 5 ms).
        from briefing_app.services.training.reminders import write_reminders_csv

        board = self.host.board
        try:
            with busy():
                count = write_reminders_csv(board, path, board.due_soon_days)
        except BriefingError as error:
            show_user_error(self.host.widget(), "The reminders could not be written", error)
            return
        self.host.say(f"Wrote {count} reminders to {path}.")
