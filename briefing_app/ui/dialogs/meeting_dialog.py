"""Creating a meeting or changing it: its committee, date and title, and what the front
sheet of its packs says (time, venue, membership, clerk, the paragraph of Schedule 12A
for the members' pack, and whom to ask for another format).

A new meeting starts with the particulars of its committee's last meeting, which seldom
change; choosing another committee brings that committee's, unless they were changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.dates import TIME_FORMATS, parse_time
from briefing_app.domain.exempt_information import DEFAULT_EXEMPT_PARAGRAPH, ExemptParagraph
from briefing_app.domain.meetings import (
    Meeting,
    MeetingArrangements,
    MeetingDetails,
    membership_lines,
)
from briefing_app.ui.widgets.dates import date_edit, from_qdate
from briefing_app.ui.widgets.message_boxes import button_box
from briefing_app.ui.widgets.status import ProblemLabel

NOT_CHOSEN = (
    f"Not chosen: packs cite paragraph {DEFAULT_EXEMPT_PARAGRAPH.number} "
    f"({DEFAULT_EXEMPT_PARAGRAPH.meaning[0].lower()}{DEFAULT_EXEMPT_PARAGRAPH.meaning[1:-1]})"
)


class MeetingDialog(QDialog):
    def __init__(
        self,
        committees: list[str],
        meeting: Meeting | None = None,
        default_date: date | None = None,
        parent: QWidget | None = None,
        *,
        last_arrangements: Callable[[str], MeetingArrangements] | None = None,
    ) -> None:
        super().__init__(parent)
        title = "Meeting details" if meeting else "New meeting"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._last_arrangements = last_arrangements
        self._filled = MeetingArrangements()
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
        papers = self._papers_fields()

        if meeting is not None:
            self.committee_box.setCurrentText(meeting.committee)
            self.title_edit.setText(meeting.title)
            self.set_arrangements(meeting.arrangements)
        else:
            self._fill_from_committee()
            self.committee_box.currentTextChanged.connect(self._fill_from_committee)

        form = QFormLayout()
        form.addRow("&Committee:", self.committee_box)
        form.addRow("&Date:", self.date_edit)
        form.addRow("&Title:", self.title_edit)
        self.buttons = buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            names={"Save": "Save the meeting"},
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(papers)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)

    def _papers_fields(self) -> QGroupBox:
        self.time_edit = QLineEdit()
        self.time_edit.setAccessibleName("Start time")
        self.time_edit.setAccessibleDescription(
            f"For example {TIME_FORMATS}. Leave it blank if the time is not known yet."
        )
        self.time_edit.setPlaceholderText(f"e.g. {TIME_FORMATS}")
        self.venue_edit = QLineEdit()
        self.venue_edit.setAccessibleName("Venue")
        self.venue_edit.setPlaceholderText("e.g. Conference Room A, Civic Offices")
        self.membership_edit = QPlainTextEdit()
        self.membership_edit.setTabChangesFocus(True)
        self.membership_edit.setAccessibleName("Membership, one member a line")
        self.membership_edit.setPlaceholderText("Councillor Zoë Hartley (Chair)")
        self.membership_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.clerk_edit = QLineEdit()
        self.clerk_edit.setAccessibleName("Clerk")
        self.clerk_edit.setPlaceholderText("e.g. Jane Smith, Democratic Services")
        self.contact_edit = QLineEdit()
        self.contact_edit.setAccessibleName("Clerk's telephone and email")
        self.paragraph_box = QComboBox()
        self.paragraph_box.setAccessibleName("Paragraph of Schedule 12A for the members' pack")
        self.paragraph_box.addItem(NOT_CHOSEN, 0)
        for paragraph in ExemptParagraph:
            self.paragraph_box.addItem(paragraph.label, paragraph.number)
        self.paragraph_words = QLabel()
        self.paragraph_words.setWordWrap(True)
        self.paragraph_box.currentIndexChanged.connect(self._show_paragraph)
        self._show_paragraph()
        self.formats_edit = QLineEdit()
        self.formats_edit.setAccessibleName("Contact for other formats")
        self.formats_edit.setPlaceholderText("Leave blank to name the clerk")

        group = QGroupBox("For the front sheet of the meeting's packs")
        form = QFormLayout(group)
        form.addRow("Start t&ime:", self.time_edit)
        form.addRow("&Venue:", self.venue_edit)
        form.addRow("&Membership:", self.membership_edit)
        form.addRow("C&lerk:", self.clerk_edit)
        form.addRow("Clerk's c&ontact:", self.contact_edit)
        form.addRow("&Exempt under:", self.paragraph_box)
        form.addRow("", self.paragraph_words)
        form.addRow("Other &formats:", self.formats_edit)
        return group

    def _paragraph(self) -> ExemptParagraph | None:
        number = int(self.paragraph_box.currentData() or 0)
        return ExemptParagraph(number) if number else None

    def _show_paragraph(self) -> None:
        paragraph = self._paragraph() or DEFAULT_EXEMPT_PARAGRAPH
        self.paragraph_words.setText(f"Schedule 12A says: {paragraph.wording}")

    def arrangements(self) -> MeetingArrangements:
        return MeetingArrangements(
            start=parse_time(self.time_edit.text()),
            venue=self.venue_edit.text().strip(),
            membership=membership_lines(self.membership_edit.toPlainText()),
            clerk=self.clerk_edit.text().strip(),
            clerk_contact=self.contact_edit.text().strip(),
            exempt_paragraph=self._paragraph(),
            alternative_formats=self.formats_edit.text().strip(),
        )

    def set_arrangements(self, papers: MeetingArrangements) -> None:
        start = papers.start
        self.time_edit.setText("" if start is None else start.strftime("%H:%M"))
        self.venue_edit.setText(papers.venue)
        self.membership_edit.setPlainText("\n".join(papers.membership))
        self.clerk_edit.setText(papers.clerk)
        self.contact_edit.setText(papers.clerk_contact)
        paragraph = papers.exempt_paragraph
        self.paragraph_box.setCurrentIndex(paragraph.number if paragraph is not None else 0)
        self.formats_edit.setText(papers.alternative_formats)

    def _fill_from_committee(self) -> None:
        """A new meeting takes its committee's last particulars, unless they were changed."""
        untouched = self.arrangements() == self._filled and not (
            self.time_edit.text().strip() and self._filled.start is None
        )
        if self._last_arrangements is None or not untouched:
            return
        self._filled = self._last_arrangements(self.committee_box.currentText().strip())
        self.set_arrangements(self._filled)

    def details(self) -> MeetingDetails:
        return MeetingDetails(
            committee=self.committee_box.currentText().strip(),
            meeting_date=from_qdate(self.date_edit.date()),
            title=self.title_edit.text().strip(),
            arrangements=self.arrangements(),
        )

    def problems(self) -> list[str]:
        found = self.details().problems()
        typed = self.time_edit.text().strip()
        if typed and parse_time(typed) is None:
            found.insert(0, f'"{typed}" is not a time of day: write it as {TIME_FORMATS}.')
        return found

    def _accept_if_valid(self) -> None:
        problems = self.problems()
        if problems:
            self.problems_label.show_problems(problems)
            return
        self.accept()
