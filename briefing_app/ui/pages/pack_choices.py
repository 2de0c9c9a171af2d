"""What goes in a briefing pack: the meeting (or a committee and date), who it is for,
the sections and a note for readers. The choices are remembered between sessions.

Choosing a meeting sets the committee and the date (they are then shown but cannot be
changed here) and offers the meeting's questions as a section.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.services.packs.service import DEFAULT_COMMITTEE, PackRequest, PackService
from briefing_app.ui.widgets.dates import DISPLAY_FORMAT, from_qdate, to_qdate

KEY_AUDIENCE = "packs/audience"
KEY_LEFT_OUT = "packs/sections_left_out"
KEY_COMMITTEE = "packs/committee"
KEY_DATE = "packs/date"
KEY_MEETING = "packs/meeting"
KEY_NOTE = "packs/note"
KEY_NOTE_MEMBERS_ONLY = "packs/note_members_only"

NO_MEETING = "No meeting: a pack for the committee and date below"
_MEMBERS_PACK = "For committee members: may hold names and notes."
_PUBLIC_PACK = (
    "For anyone: no names, no private notes, no typed text until it is published, and "
    "small numbers hidden."
)


def as_bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    return str(value).lower() in ("true", "1", "yes")


class PackChoices(QWidget):
    """The form on the Briefing packs page. ``on_change`` runs whenever a choice changes."""

    def __init__(
        self,
        packs: PackService,
        on_change: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._packs = packs
        self._on_change = on_change
        self._typed_committee = DEFAULT_COMMITTEE
        self._typed_date = QDate.currentDate()

        self.meeting = QComboBox()
        self.meeting.setAccessibleName("Meeting the pack is for")
        self.committee = QLineEdit()
        self.committee.setAccessibleName("Committee")
        self.pack_date = QDateEdit()
        self.pack_date.setAccessibleName("Date of the meeting")
        self.pack_date.setCalendarPopup(True)
        self.pack_date.setDisplayFormat(DISPLAY_FORMAT)

        # A radio button's text cannot wrap, so what each pack holds is said beside it, in
        # the button's description and in a label under it that wraps with large text.
        self.members = QRadioButton("&Members' pack (OFFICIAL-SENSITIVE)")
        self.members.setAccessibleName("Members' pack")
        self.members.setAccessibleDescription(_MEMBERS_PACK)
        self.public = QRadioButton("P&ublic pack (OFFICIAL)")
        self.public.setAccessibleName("Public pack")
        self.public.setAccessibleDescription(_PUBLIC_PACK)
        self._audience_group = QButtonGroup(self)
        self._audience_group.addButton(self.members)
        self._audience_group.addButton(self.public)

        self.section_boxes: dict[SectionKey, QCheckBox] = {}
        self._sections_layout = QVBoxLayout()

        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Note for readers")
        self.note.setPlaceholderText("Optional: a few lines printed on the cover")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note_members_only = QCheckBox("Print the note in the members' pack o&nly")
        self.note_members_only.setAccessibleName("Note in the members' pack only")
        self.note_flags = QLabel()
        self.note_flags.setWordWrap(True)
        self.note_flags.setTextFormat(Qt.TextFormat.PlainText)
        self.note_flags.setAccessibleName("What the app flagged in the note")
        self.note.textChanged.connect(self._flag_note)
        self.note_members_only.toggled.connect(self._flag_note)

        self._lay_out()
        self._fill_meetings()
        self._set_sections(packs.choosable_sections(), {})
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        for changed in (self.committee.textChanged, self.pack_date.dateChanged):
            changed.connect(self._on_change)
        self.members.toggled.connect(self._on_change)

    def _flag_note(self) -> None:
        """Before a note goes into a public pack, say what in it looks like a name or a
        small number."""
        found = self._packs.note_flags(self.note.toPlainText())
        if not found:
            self.note_flags.setText("")
            return
        where = (
            "It is printed in the members' pack only."
            if self.note_members_only.isChecked()
            else "It will be printed in the public pack too: check it is fit for the public."
        )
        listed = "; ".join(flag.text for flag in found)
        self.note_flags.setText(f"Flagged in the note: {listed}. {where}")

    def _lay_out(self) -> None:
        form = QFormLayout()
        meeting_label = QLabel("Mee&ting:")
        meeting_label.setBuddy(self.meeting)
        form.addRow(meeting_label, self.meeting)
        committee_label = QLabel("&Committee:")
        committee_label.setBuddy(self.committee)
        form.addRow(committee_label, self.committee)
        date_label = QLabel("&Date of the meeting:")
        date_label.setBuddy(self.pack_date)
        form.addRow(date_label, self.pack_date)

        audience = QGroupBox("Who the pack is for")
        audience_layout = QVBoxLayout(audience)
        for button, about in ((self.members, _MEMBERS_PACK), (self.public, _PUBLIC_PACK)):
            explanation = QLabel(about)
            explanation.setWordWrap(True)
            explanation.setIndent(24)
            audience_layout.addWidget(button)
            audience_layout.addWidget(explanation)

        sections = QGroupBox("Sections")
        sections.setLayout(self._sections_layout)
        always = QLabel(
            "The cover and the contents are always included. Questions for the meeting "
            "are offered once a meeting is chosen."
        )
        always.setWordWrap(True)
        self._sections_layout.addWidget(always)

        note = QGroupBox("Note for readers")
        note_layout = QVBoxLayout(note)
        note_layout.addWidget(self.note)
        note_layout.addWidget(self.note_members_only)
        note_layout.addWidget(self.note_flags)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(audience)
        layout.addWidget(sections)
        layout.addWidget(note)

    # -- meetings --------------------------------------------------------------------

    def _fill_meetings(self) -> None:
        chosen = self.chosen_meeting_id()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        self.meeting.addItem(NO_MEETING, None)
        for meeting in self._packs.meetings():
            self.meeting.addItem(meeting.heading, meeting.id)
        index = self.meeting.findData(chosen) if chosen is not None else 0
        self.meeting.setCurrentIndex(max(index, 0))
        self.meeting.blockSignals(False)
        self._follow_meeting()

    def chosen_meeting_id(self) -> int | None:
        value = self.meeting.currentData()
        return int(value) if value is not None else None

    def choose_meeting(self, meeting_id: int | None) -> bool:
        """Choose a meeting by its id (None for no meeting); False if it is not listed."""
        index = self.meeting.findData(meeting_id) if meeting_id is not None else 0
        if index < 0:
            return False
        self.meeting.setCurrentIndex(index)
        return True

    def _follow_meeting(self) -> None:
        """Show the chosen meeting's committee and date, or give back what was typed."""
        meeting_id = self.chosen_meeting_id()
        meeting = next((m for m in self._packs.meetings() if m.id == meeting_id), None)
        fixed = meeting is not None
        if fixed and self.committee.isEnabled():
            self._typed_committee = self.committee.text()
            self._typed_date = self.pack_date.date()
        if meeting is not None:
            day = meeting.meeting_date
            self.committee.setText(meeting.committee)
            self.pack_date.setDate(to_qdate(day))
        elif not self.committee.isEnabled():
            self.committee.setText(self._typed_committee)
            self.pack_date.setDate(self._typed_date)
        hint = "Set by the meeting chosen above" if fixed else ""
        for widget in (self.committee, self.pack_date):
            widget.setEnabled(not fixed)
            widget.setToolTip(hint)

    def _meeting_changed(self) -> None:
        self._follow_meeting()
        self.refresh_sections()
        self._on_change()

    # -- sections --------------------------------------------------------------------

    def _set_sections(
        self, offered: tuple[SectionKey, ...], ticked: dict[SectionKey, bool]
    ) -> None:
        old = self.section_boxes
        self.section_boxes = {}
        for key in offered:
            box = QCheckBox(key.title)
            box.setAccessibleName(f"Include {key.title}")
            box.setChecked(ticked.get(key, True))
            self.section_boxes[key] = box
        for box in old.values():
            self._sections_layout.removeWidget(box)
            box.deleteLater()
        for box in self.section_boxes.values():
            self._sections_layout.addWidget(box)
        # New boxes join the end of the Tab chain: put them back in screen order, between
        # the audience and the note.
        chain = [self.public, *self.section_boxes.values(), self.note]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def refresh_sections(self) -> None:
        """Offer the sections the app holds data for now (after an import, or when a
        meeting is chosen). Sections already offered keep their ticks; a newly offered
        one starts ticked."""
        offered = self._packs.choosable_sections(self.chosen_meeting_id())
        if tuple(self.section_boxes) == offered:
            return
        self._set_sections(offered, {k: b.isChecked() for k, b in self.section_boxes.items()})

    def refresh(self) -> None:
        """Meetings may have been added or changed, and data imported, since last shown."""
        self._fill_meetings()
        self.refresh_sections()

    # -- the request -----------------------------------------------------------------

    def audience(self) -> PackAudience:
        return PackAudience.PUBLIC if self.public.isChecked() else PackAudience.MEMBERS

    def chosen_sections(self) -> tuple[SectionKey, ...]:
        return tuple(key for key, box in self.section_boxes.items() if box.isChecked())

    def chosen_date(self) -> date:
        return from_qdate(self.pack_date.date())

    def committee_name(self) -> str:
        return self.committee.text().strip() or DEFAULT_COMMITTEE

    def request(self) -> PackRequest:
        return PackRequest(
            audience=self.audience(),
            sections=self.chosen_sections(),
            pack_date=self.chosen_date(),
            committee=self.committee_name(),
            meeting_id=self.chosen_meeting_id(),
            covering_note=self.note.toPlainText(),
            covering_note_members_only=self.note_members_only.isChecked(),
        )

    # -- remembering -----------------------------------------------------------------

    def remember(self, settings: QSettings) -> None:
        settings.setValue(KEY_AUDIENCE, self.audience().value)
        # What was left out, so a section offered later (a meeting's questions) starts ticked.
        left_out = [key.value for key, box in self.section_boxes.items() if not box.isChecked()]
        settings.setValue(KEY_LEFT_OUT, ",".join(left_out))
        meeting_id = self.chosen_meeting_id()
        settings.setValue(KEY_MEETING, "" if meeting_id is None else str(meeting_id))
        committee = self._typed_committee if meeting_id is not None else self.committee.text()
        day = self._typed_date if meeting_id is not None else self.pack_date.date()
        settings.setValue(KEY_COMMITTEE, committee)
        settings.setValue(KEY_DATE, day.toString("yyyy-MM-dd"))
        settings.setValue(KEY_NOTE, self.note.toPlainText())
        settings.setValue(KEY_NOTE_MEMBERS_ONLY, self.note_members_only.isChecked())

    def restore(self, settings: QSettings) -> None:
        audience = str(settings.value(KEY_AUDIENCE, PackAudience.MEMBERS.value))
        (self.public if audience == PackAudience.PUBLIC.value else self.members).setChecked(True)
        self.committee.setText(str(settings.value(KEY_COMMITTEE, DEFAULT_COMMITTEE)))
        saved_date = QDate.fromString(str(settings.value(KEY_DATE, "")), "yyyy-MM-dd")
        self.pack_date.setDate(saved_date if saved_date.isValid() else QDate.currentDate())
        meeting = str(settings.value(KEY_MEETING, ""))
        if meeting.isdigit():
            self.choose_meeting(int(meeting))
        left_out = set(str(settings.value(KEY_LEFT_OUT, "")).split(","))
        for key, box in self.section_boxes.items():
            box.setChecked(key.value not in left_out)
        self.note.setPlainText(str(settings.value(KEY_NOTE, "")))
        self.note_members_only.setChecked(as_bool(settings.value(KEY_NOTE_MEMBERS_ONLY), True))
