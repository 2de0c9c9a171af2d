"""File > Publish for members…: which edition, and which meetings, before the file name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.briefing import Edition
from briefing_app.ui.widgets.message_boxes import button_box

TITLE = "Publish for members"
ALL_MEETINGS = "Every meeting"


@dataclass(frozen=True)
class PublishChoices:
    edition: Edition
    meetings: list[int]


class PublishDialog(QDialog):
    def __init__(self, meetings: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        intro = QLabel(
            "A briefing file holds the council's reports, figures, summaries, questions and "
            "meetings, read-only. Members open it with this app on their own laptops and "
            "keep their own notes on it."
        )
        intro.setWordWrap(True)
        self.members = QRadioButton("For &members: everything a members' pack holds")
        self.members.setAccessibleName("Edition for members")
        self.members.setChecked(True)
        self.public = QRadioButton(
            "For the &public: no names, no private answers, small numbers of children left out"
        )
        self.public.setAccessibleName("Edition for the public")
        self.meeting = QComboBox()
        self.meeting.setAccessibleName("Meetings to include")
        self.meeting.addItem(ALL_MEETINGS, None)
        for meeting_id, heading in meetings:
            self.meeting.addItem(heading, meeting_id)
        form = QFormLayout()
        form.addRow("Mee&tings:", self.meeting)
        buttons = button_box(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            names={"OK": "Choose where to save the briefing file"},
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.members)
        layout.addWidget(self.public)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choices(self) -> PublishChoices:
        edition = Edition.PUBLIC if self.public.isChecked() else Edition.MEMBERS
        meeting = self.meeting.currentData()
        return PublishChoices(edition, [] if meeting is None else [int(meeting)])


def ask_publish_choices(
    parent: QWidget | None, meetings: list[tuple[int, str]]
) -> PublishChoices | None:
    dialog = PublishDialog(meetings, parent)
    try:
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
