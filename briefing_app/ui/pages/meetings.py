"""Meetings: create one, choose and order its questions, follow up open actions, export it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.meetings import Meeting, MeetingDetails, MeetingItem
from briefing_app.domain.wording import plural
from briefing_app.services.meeting_record import MeetingRecordService
from briefing_app.services.meetings import MeetingService
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.models.meetings import MeetingItemTableModel, MeetingTableModel
from briefing_app.ui.pages.meeting_export import RecordExporter
from briefing_app.ui.pages.meeting_follow_up import OPEN_ACTIONS_TAB, FollowUpTabs
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.message_boxes import ask
from briefing_app.ui.widgets.tables import named_button as _button
from briefing_app.ui.widgets.tables import row_table as _table
from briefing_app.ui.widgets.tables import select_row

if TYPE_CHECKING:
    from briefing_app.services.packs.service import PackService


class MeetingsPage(QWidget):
    title = "Meetings"
    committeeModeRequested = Signal(int)

    def __init__(
        self,
        meetings: MeetingService,
        records: MeetingRecordService,
        packs: Callable[[], PackService] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self.meeting: Meeting | None = None
        self.exporter = RecordExporter(self, records, packs, self._say)

        self.meeting_model = MeetingTableModel()
        self.meeting_table = _table(self.meeting_model, "Meetings")
        self.meeting_table.horizontalHeader().setSectionResizeMode(
            MeetingTableModel.DATE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.meeting_table.horizontalHeader().setSectionResizeMode(
            MeetingTableModel.MEETING, QHeaderView.ResizeMode.Stretch
        )
        self.new_button = _button("&New meeting…", "New meeting")
        self.details_button = _button("De&tails…", "Change the meeting's details")
        self.delete_button = _button("Delete…", "Delete the meeting")

        self.heading = Heading("Choose or create a meeting", level=2)
        self.committee_button = _button("&Committee mode (F11)", "Start committee mode")
        self.export_button = _button("E&xport record as CSV…", "Export the meeting record")
        self.export_pdf_button = _button(
            "Export record as &PDF…", "Export the meeting record as a PDF"
        )
        self.export_pdf_button.setVisible(self.exporter.can_print)
        self.item_model = MeetingItemTableModel()
        self.item_table = _table(self.item_model, "Questions for this meeting")
        header = self.item_table.horizontalHeader()
        for column in (MeetingItemTableModel.NUMBER, MeetingItemTableModel.CODE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingItemTableModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        self.up_button = _button("Move &up (Ctrl+Up)", "Move the question up")
        self.down_button = _button("Move do&wn (Ctrl+Down)", "Move the question down")
        self.remove_button = _button("&Remove (Delete)", "Remove the question from the meeting")

        self.lower_tabs = FollowUpTabs(meetings)
        self.suggestion_model = self.lower_tabs.suggestion_model
        self.suggestion_table = self.lower_tabs.suggestion_table
        self.open_actions_list = self.lower_tabs.open_actions_list
        self.add_action_questions_button = self.lower_tabs.add_action_questions_button
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName("What last changed")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.meeting_table, 1)
        left_row = QHBoxLayout()
        for button in (self.new_button, self.details_button, self.delete_button):
            left_row.addWidget(button)
        left_layout.addLayout(left_row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        title_row = QHBoxLayout()
        title_row.addWidget(self.committee_button)
        title_row.addWidget(self.export_button)
        title_row.addWidget(self.export_pdf_button)
        title_row.addStretch(1)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.item_table, 2)
        item_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            item_row.addWidget(button)
        item_row.addStretch(1)
        right_layout.addLayout(item_row)
        right_layout.addWidget(self.lower_tabs, 2)
        right_layout.addWidget(self.message_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.meeting_table.selectionModel().currentRowChanged.connect(self._on_meeting_changed)
        self.item_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._update_buttons()
        )
        self.new_button.clicked.connect(self.new_meeting)
        self.details_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.committee_button.clicked.connect(self._request_committee_mode)
        self.export_button.clicked.connect(self.export_record)
        self.export_pdf_button.clicked.connect(self.export_record_pdf)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.lower_tabs.questionChosen.connect(self.add_question)
        self.lower_tabs.openActionQuestionsWanted.connect(self.add_open_action_questions)
        for keys, widget, slot in (
            ("Ctrl+Up", self.item_table, lambda: self.move_current(-1)),
            ("Ctrl+Down", self.item_table, lambda: self.move_current(1)),
            ("Delete", self.item_table, self.remove_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_meeting)
        self.refresh()

    # -- filling ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        keep = self.meeting.id if self.meeting else None
        self.meeting_model.set_meetings(self._meetings.meetings())
        self.meeting_table.resizeRowsToContents()
        if keep is None:
            upcoming = self._meetings.next_meeting()
            keep = upcoming.id if upcoming else None
        row = self.meeting_model.row_of(keep) if keep is not None else None
        if row is None and self.meeting_model.rowCount():
            row = 0
        if row is None:
            self.meeting = None
            self._show_meeting()
        else:
            select_row(self.meeting_table, row)
            self._show_meeting()

    def select_meeting(self, meeting_id: int, question_id: int | None = None) -> bool:
        row = self.meeting_model.row_of(meeting_id)
        if row is None:
            self.refresh()
            row = self.meeting_model.row_of(meeting_id)
        if row is None:
            return False
        select_row(self.meeting_table, row)
        self._show_meeting()
        if question_id is not None:
            for item_row, item in enumerate(self.item_model.items()):
                if item.question_id == question_id:
                    select_row(self.item_table, item_row)
        return True

    def _on_meeting_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            chosen = self.meeting_model.summary(current.row()).meeting
            if self.meeting is None or chosen.id != self.meeting.id:
                self.meeting = chosen
                self._show_meeting()

    def _show_meeting(self, keep_item: int | None = None) -> None:
        index = self.meeting_table.currentIndex()
        self.meeting = self.meeting_model.summary(index.row()).meeting if index.isValid() else None
        meeting = self.meeting
        if meeting is None:
            self.heading.setText("No meetings yet: press New meeting to prepare one")
            self.item_model.set_items([])
            self.lower_tabs.show_meeting(None)
            self._update_buttons()
            return
        self.heading.setText(meeting.heading)
        current = self.current_item()
        keep_item = keep_item if keep_item is not None else (current.id if current else None)
        self.item_model.set_items(self._meetings.items(meeting.id))
        self.item_table.resizeRowsToContents()
        row = self.item_model.row_of(keep_item) if keep_item is not None else None
        if row is not None:
            select_row(self.item_table, row)
        self.lower_tabs.show_meeting(meeting)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_meeting = self.meeting is not None
        has_items = self.item_model.rowCount() > 0
        item = self.current_item()
        for button in (
            self.details_button,
            self.delete_button,
            self.export_button,
            self.export_pdf_button,
        ):
            button.setEnabled(has_meeting)
        self.committee_button.setEnabled(has_items)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(item is not None)

    def current_item_row(self) -> int | None:
        index = self.item_table.currentIndex()
        return index.row() if index.isValid() else None

    def current_item(self) -> MeetingItem | None:
        row = self.current_item_row()
        return self.item_model.item(row) if row is not None else None

    # -- meetings --------------------------------------------------------------------

    def new_meeting(self) -> None:
        # The dialog, only when it is opened (about 7 ms).
        from briefing_app.ui.dialogs.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(
            self._meetings.committees(),
            parent=self,
            last_arrangements=self._meetings.last_arrangements,
        )
        if not dialog.exec():
            return
        self.create_meeting(dialog.details())

    def create_meeting(self, details: MeetingDetails) -> Meeting | None:
        try:
            meeting = self._meetings.create(details)
        except BriefingError as error:
            show_user_error(self, "The meeting could not be created", error)
            return None
        self.meeting = meeting
        self.refresh()
        self.select_meeting(meeting.id)
        open_count = len(self._meetings.open_actions_before(meeting.id))
        message = f"Meeting created: {meeting.heading}."
        if open_count:
            self.lower_tabs.setCurrentIndex(OPEN_ACTIONS_TAB)
            message += (
                f" {plural(open_count, 'action')} from earlier meetings "
                "still open: see Open actions to follow up."
            )
        self.message_label.setText(message)
        return meeting

    def edit_meeting(self) -> None:
        # The dialog, only when it is opened (about 7 ms).
        from briefing_app.ui.dialogs.meeting_dialog import MeetingDialog

        if self.meeting is None:
            return
        dialog = MeetingDialog(self._meetings.committees(), self.meeting, parent=self)
        if not dialog.exec():
            return
        try:
            self.meeting = self._meetings.update(self.meeting.id, dialog.details())
        except BriefingError as error:
            show_user_error(self, "The meeting could not be changed", error)
            return
        self.refresh()

    def delete_meeting(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if not ask(
            self,
            "Delete the meeting?",
            f"Delete {meeting.heading}, with its answers and actions? A copy of the "
            "database is saved in the backups folder first, so it can be recovered.",
        ):
            return
        self._meetings.delete(meeting.id)
        self.meeting = None
        self.message_label.setText(
            f"Deleted {meeting.heading}. A backup was saved in {self._meetings.backup_folder()}."
        )
        self.refresh()

    # -- the meeting's questions -----------------------------------------------------

    def move_current(self, steps: int) -> None:
        item = self.current_item()
        if item is None:
            return
        self._meetings.move_item(item.id, steps)
        self._show_meeting(keep_item=item.id)
        self.item_table.setFocus()

    def remove_current(self) -> None:
        item = self.current_item()
        row = self.current_item_row()
        if item is None or row is None:
            return
        if (item.answer.strip() or item.status.is_done) and not ask(
            self,
            "Remove the question?",
            f"Question {item.question_code} already has an answer or a mark at this "
            "meeting. Remove it and its answer from the meeting?",
        ):
            return
        self._meetings.remove_item(item.id)
        self._show_meeting()
        if self.item_model.rowCount():
            select_row(self.item_table, min(row, self.item_model.rowCount() - 1))
        self.message_label.setText(f"Removed question {item.question_code} from the meeting.")

    def add_question(self, question_id: int) -> None:
        if self.meeting is None:
            return
        try:
            item = self._meetings.add_question(self.meeting.id, question_id)
        except BriefingError as error:
            show_user_error(self, "The question could not be added", error)
            return
        self._show_meeting(keep_item=item.id)
        self.message_label.setText(f"Added question {item.question_code} to the meeting.")

    def add_open_action_questions(self) -> None:
        if self.meeting is None:
            return
        added = self._meetings.add_open_action_questions(self.meeting.id)
        self._show_meeting()
        self.message_label.setText(
            f"Added {plural(len(added), 'question')} with open actions."
            if added
            else "Every question with an open action is already on the meeting."
        )

    # -- committee mode and the record -----------------------------------------------

    def _request_committee_mode(self) -> None:
        if self.meeting is not None:
            self.committeeModeRequested.emit(self.meeting.id)

    def _has_private(self) -> bool:
        return any(i.answer_private and i.answer.strip() for i in self.item_model.items())

    def export_record(self) -> None:
        if self.meeting is not None:
            self.exporter.export_csv(self.meeting, self._has_private())

    def export_record_pdf(self) -> bool:
        """Save the record as a PDF (printed on another thread); False if it did not start."""
        if self.meeting is None:
            return False
        return self.exporter.export_pdf(self.meeting, self._has_private())

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    def wait_for_background_work(self) -> None:
        """Let a record being printed finish (the window is closing)."""
        self.exporter.wait()
