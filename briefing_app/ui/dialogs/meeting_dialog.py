"""Creating a meeting or changing its committee, date and title."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.meetings import Meeting, MeetingDetails
from briefing_app.ui.widgets.dates import date_edit, from_qdate
from briefing_app.ui.widgets.message_boxes import button_box
from briefing_app.ui.widgets.status import ProblemLabel


class MeetingDialog(QDialog):
    def __init__(
        self,
        committees: list[str],
        meeting: Meeting | None = None,
        default_date: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = "Meeting details" if meeting else "New meeting"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.committee_box = QComboBox()
        self.committee_box.setEditable(True)
        self.committee_box.addItems(committees)
        self.committee_box.setAccessibleName("Committee or board")
        when = meeting.meeting_date if meeting else (default_date or date.today())
        self.date_edit = date_edit("Meeting date", when)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setPlaceholderText("Optional, e.g. Care leavers' education and work")
        self.problems_label = ProblemLabel("Problems to fix before saving")

        if meeting is not None:
            self.committee_box.setCurrentText(meeting.committee)
            self.title_edit.setText(meeting.title)

        form = QFormLayout()
        form.addRow("&Committee:", self.committee_box)
        form.addRow("&Date:", self.date_edit)
        form.addRow("&Title:", self.title_edit)
        buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            names={"Save": "Save the meeting"},
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)

    def details(self) -> MeetingDetails:
        return MeetingDetails(
            committee=self.committee_box.currentText().strip(),
            meeting_date=from_qdate(self.date_edit.date()),
            title=self.title_edit.text().strip(),
        )

    def _accept_if_valid(self) -> None:
        problems = self.details().problems()
        if problems:
            self.problems_label.show_problems(problems)
            return
        self.accept()
