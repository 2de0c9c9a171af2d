"""Recording an action (who will do what, by when) and closing one with a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.meetings import Action, ActionDetails
from briefing_app.ui.widgets.dates import date_edit, from_qdate
from briefing_app.ui.widgets.message_boxes import button_box, name_buttons
from briefing_app.ui.widgets.status import ProblemLabel


class ActionDialog(QDialog):
    """Who, what and when. Enter saves; the form keeps what was typed if anything is missing."""

    def __init__(
        self,
        due: date,
        action: Action | None = None,
        question: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = "Change action" if action else "Add an action"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.question_label = QLabel(question)
        self.question_label.setWordWrap(True)
        self.question_label.setVisible(bool(question))
        self.owner_edit = QLineEdit()
        self.owner_edit.setAccessibleName("Who will do it")
        self.owner_edit.setPlaceholderText(
            "A name or a job title, e.g. Head of Children's Social Care"
        )
        self.description_edit = QLineEdit()
        self.description_edit.setAccessibleName("What they will do")
        self.description_edit.setPlaceholderText("What was promised")
        self.due_edit = date_edit("Due date", action.due if action else due)
        if action is not None:
            self.owner_edit.setText(action.owner)
            self.description_edit.setText(action.description)
        self.problems_label = ProblemLabel("Problems to fix before saving")

        form = QFormLayout()
        form.addRow("&Who:", self.owner_edit)
        form.addRow("W&hat:", self.description_edit)
        form.addRow("&Due by:", self.due_edit)
        self.buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            names={"Save": "Save the action"},
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.owner_edit.setFocus()

    def details(self) -> ActionDetails:
        return ActionDetails(
            owner=self.owner_edit.text().strip(),
            description=self.description_edit.text().strip(),
            due=from_qdate(self.due_edit.date()),
        )

    def _accept_if_valid(self) -> None:
        problems = self.details().problems()
        if problems:
            self.problems_label.show_problems(problems)
            return
        self.accept()


class CloseActionDialog(QDialog):
    """Closing an action needs a note of what was done."""

    def __init__(self, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Close an action")
        self.setAccessibleName("Close an action")
        summary = QLabel(f"{action.owner} will {action.description}")
        summary.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName("What was done")
        self.note_edit.setPlaceholderText("What was done, and where it was reported")
        if action.closing_note:
            self.note_edit.setPlainText(action.closing_note)
        self.problems_label = ProblemLabel("Problems to fix before closing")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Close the action")
        name_buttons(buttons)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        note_label = QLabel("&What was done:")
        note_label.setBuddy(self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def _accept_if_valid(self) -> None:
        if not self.note():
            self.problems_label.show_problem("⚠ Say what was done before closing the action.")
            return
        self.accept()
