"""File > My notes…: a member's own notes on the briefing open, each with where it is (or
"no longer in the briefing"), moving them to another laptop (CSV export and import), and
the member's own training record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.briefing import NoteKind, Target, TargetKind
from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import BriefingError
from briefing_app.services.notes import NotesService
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.dates import date_edit, from_qdate
from briefing_app.ui.widgets.message_boxes import button_box, inform
from briefing_app.ui.widgets.tables import named_button

TITLE = "My notes"
_COLUMNS = ("Where", "Target", "Note")
_NOTE_KINDS = (
    ("A note", NoteKind.NOTE),
    ("A highlight", NoteKind.HIGHLIGHT),
    ("A question I want to ask", NoteKind.TO_ASK),
)
_KIND_WORDS = {
    NoteKind.NOTE: "",
    NoteKind.HIGHLIGHT: "(highlighted)",
    NoteKind.TO_ASK: "(to ask)",
}


class MyNotesDialog(QDialog):
    def __init__(
        self,
        notes: NotesService,
        parent: QWidget | None = None,
        print_pdf: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._print_pdf = print_pdf
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        intro = QLabel(
            f"Your own notes, kept on this laptop in {notes.path}, never in the briefing "
            "file. A note whose paragraph, figure, question or item is not in this briefing "
            "is kept, and says so."
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setAccessibleName("Your notes")
        self.table.setHorizontalHeaderLabels(list(_COLUMNS))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.kind = QComboBox()
        self.kind.setAccessibleName("What the note is on")
        for kind in (TargetKind.PARAGRAPH, TargetKind.INDICATOR, TargetKind.QUESTION):
            self.kind.addItem(kind.label.capitalize(), kind)
        self.key = QLineEdit()
        self.key.setAccessibleName("Paragraph number, figure key or question code")
        self.note_kind = QComboBox()
        self.note_kind.setAccessibleName("Kind of note")
        for label, note_kind in _NOTE_KINDS:
            self.note_kind.addItem(label, note_kind)
        self.text = QLineEdit()
        self.text.setAccessibleName("Your note")
        add = named_button("&Add note", "Add the note")
        add.clicked.connect(self.add_note)
        form = QFormLayout()
        form.addRow("&On:", self.kind)
        form.addRow("&Which:", self.key)
        form.addRow("&Kind:", self.note_kind)
        form.addRow("&Note:", self.text)

        export = named_button("&Export to CSV…", "Export your notes to a CSV file")
        export.clicked.connect(self.choose_export)
        import_ = named_button("&Import from CSV…", "Import notes exported on another laptop")
        import_.clicked.connect(self.choose_import)
        pdf = named_button("&Print to PDF…", "Print your notes to a PDF file")
        pdf.clicked.connect(self.choose_pdf)
        pdf.setVisible(print_pdf is not None)
        buttons = button_box(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(export)
        row.addWidget(import_)
        row.addWidget(pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self._training_part())
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.refresh()

    def _training_part(self) -> QGroupBox:
        """The member's own training record, kept in the notes file too."""
        part = QGroupBox("My own training record")
        self.training = QListWidget()
        self.training.setAccessibleName("Training you recorded")
        self.module = QLineEdit()
        self.module.setAccessibleName("Training module or session")
        today = date.today()
        self.done_on = date_edit("Date of the training", today, latest=today)
        record = named_button("&Record training", "Record the training")
        record.clicked.connect(self.record_training)
        form = QFormLayout()
        form.addRow("&Module:", self.module)
        form.addRow("&Done on:", self.done_on)
        layout = QVBoxLayout(part)
        layout.addWidget(self.training)
        layout.addLayout(form)
        layout.addWidget(record)
        return part

    def record_training(self) -> bool:
        try:
            self._notes.add_training(self.module.text(), from_qdate(self.done_on.date()))
        except BriefingError as error:
            show_user_error(self, "The training could not be recorded", error)
            return False
        self.module.clear()
        self.refresh()
        return True

    def refresh(self) -> None:
        self.training.clear()
        for done in self._notes.training():
            self.training.addItem(f"{long_date(done.completed_on)}: {done.module}")
        placed = self._notes.placed()
        self.table.setRowCount(len(placed))
        for row, entry in enumerate(placed):
            text = entry.note.text or _KIND_WORDS[entry.note.kind]
            cells = (entry.where, entry.note.target.text(), text)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def add_note(self) -> bool:
        kind = self.kind.currentData()
        key = self.key.text().strip()
        try:
            if kind is TargetKind.PARAGRAPH:
                if not key.isdigit():
                    raise BriefingError("Give the paragraph's number.", "For example 12.")
                target = self._notes.paragraph(int(key))
            else:
                target = Target(kind, key)
            self._notes.add(target, self.text.text(), self.note_kind.currentData())
        except BriefingError as error:
            show_user_error(self, "The note could not be kept", error)
            return False
        self.text.clear()
        self.refresh()
        return True

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export my notes", str(Path.home() / "my-notes.csv"), "CSV files (*.csv)"
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        try:
            count = self._notes.export_csv(path)
        except BriefingError as error:
            show_user_error(self, "Your notes could not be exported", error)
            return False
        inform(self, "Notes exported", f"Exported {count} notes to {path}.")
        return True

    def choose_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Print my notes", str(Path.home() / "my-notes.pdf"), "PDF files (*.pdf)"
        )
        if name:
            self.print_to(Path(name))

    def print_to(self, path: Path) -> bool:
        if self._print_pdf is None:
            return False
        try:
            self._print_pdf(path)
        except BriefingError as error:
            show_user_error(self, "Your notes could not be printed", error)
            return False
        inform(self, "Notes printed", f"Printed your notes to {path}.")
        return True

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Import notes", str(Path.home()), "CSV files (*.csv);;All files (*)"
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> bool:
        try:
            count = self._notes.import_csv(path)
        except BriefingError as error:
            show_user_error(self, "The notes could not be imported", error)
            return False
        self.refresh()
        inform(self, "Notes imported", f"Kept {count} new notes from {path.name}.")
        return True
