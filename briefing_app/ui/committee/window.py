"""The committee mode window: full screen, large type, one question at a time.

Everything works from the keyboard (the keys are listed at the foot of the window).
Marks and actions are saved the moment they are made; the answer is saved as it is
typed (see ``autosave``), and again when focus leaves it, on moving to another
question and on closing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QWidget,
)

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import BriefingError
from briefing_app.domain.meetings import ActionView, ItemStatus, MeetingItem
from briefing_app.services.glossary import GlossaryService
from briefing_app.services.meetings import MeetingService
from briefing_app.services.scrutiny import ScrutinyService
from briefing_app.ui.committee.autosave import AnswerAutosaver
from briefing_app.ui.committee.layout import SAVED, CommitteeLayout
from briefing_app.ui.dialogs.action_dialog import ActionDialog
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.evidence import evidence_html
from briefing_app.ui.widgets.input_dialogs import choose_number
from briefing_app.ui.widgets.message_boxes import message_box


class CommitteeWindow(CommitteeLayout):
    """Run one meeting. ``closed`` carries the meeting's id when the window closes."""

    closed = Signal(int)

    def __init__(
        self,
        meetings: MeetingService,
        scrutiny: ScrutinyService,
        glossary: GlossaryService,
        meeting_id: int,
        *,
        start_item_id: int | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        meeting = meetings.meeting(meeting_id)
        super().__init__(meeting.heading, settings, parent)
        self._meetings = meetings
        self._scrutiny = scrutiny
        self._glossary = glossary
        self.meeting = meeting
        self.items: list[MeetingItem] = meetings.items(meeting_id)
        self._earlier_actions: list[ActionView] = meetings.open_actions_before(meeting_id)
        self.index = 0
        self.action_dialog: ActionDialog | None = None
        title = f"Committee mode: {self.meeting.heading}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.autosaver = AnswerAutosaver(self._save_answer, self)
        self.autosaver.saved.connect(lambda _item: self._show_saved(SAVED))
        self.autosaver.failed.connect(self._on_save_failed)

        self._connect()
        self._build_actions()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.autosaver.flush)
        if self.items:
            start = next((i for i, it in enumerate(self.items) if it.id == start_item_id), 0)
            self.show_item(start)
        else:
            self.question_label.setText(
                "This meeting has no questions yet. Leave committee mode (Esc) and choose "
                "some on the Meetings page."
            )
            self._set_enabled(False)

    def _connect(self) -> None:
        self.answer_edit.textChanged.connect(self._on_answer_changed)
        self.answer_edit.installEventFilter(self)
        self.private_box.toggled.connect(self._on_private_toggled)
        self.asked_button.clicked.connect(lambda: self.mark(ItemStatus.ASKED))
        self.answered_button.clicked.connect(lambda: self.mark(ItemStatus.ANSWERED))
        self.deferred_button.clicked.connect(lambda: self.mark(ItemStatus.DEFERRED))
        self.not_asked_button.clicked.connect(lambda: self.mark(ItemStatus.NOT_ASKED))
        self.add_action_button.clicked.connect(self.add_action)
        self.back_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.leave_button.clicked.connect(self.close)

    def _build_actions(self) -> None:
        def add(name: str, keys: list[str], slot: object) -> QAction:
            action = QAction(name, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        add("Next question", ["Alt+Right", "Ctrl+PgDown"], self.next)
        add("Previous question", ["Alt+Left", "Ctrl+PgUp"], self.previous)
        add("Mark asked", ["Ctrl+1"], lambda: self.mark(ItemStatus.ASKED))
        add("Mark answered", ["Ctrl+2"], lambda: self.mark(ItemStatus.ANSWERED))
        add("Mark deferred", ["Ctrl+3"], lambda: self.mark(ItemStatus.DEFERRED))
        add("Mark not asked", ["Ctrl+0"], lambda: self.mark(ItemStatus.NOT_ASKED))
        add("Type the answer", ["Ctrl+E", "F2"], self.focus_answer)
        add("Add an action", ["Ctrl+N"], self.add_action)
        add("Go to a question", ["Ctrl+G"], self.go_to)
        add("Larger text", ["Ctrl+=", "Ctrl++"], lambda: self.change_text_size(0.1))
        add("Smaller text", ["Ctrl+-"], lambda: self.change_text_size(-0.1))
        add("Leave committee mode", ["Esc", "F11"], self.close)

    # -- showing a question ----------------------------------------------------------

    @property
    def current_item(self) -> MeetingItem | None:
        return self.items[self.index] if self.items else None

    def show_item(self, index: int) -> None:
        """Save what is pending, then show question ``index`` (0-based) of the meeting."""
        if not self.items:
            return
        self.autosaver.flush()
        self.index = max(0, min(len(self.items) - 1, index))
        item = self._meetings.item(self.items[self.index].id)
        self.items[self.index] = item
        self.position_label.setText(f"Question {self.index + 1} of {len(self.items)}")
        self.question_label.setText(f"{item.question_code}: {item.question_text}")
        self.question_label.setAccessibleDescription(item.question_text)
        self._show_status(item)
        self.answer_edit.blockSignals(True)
        self.answer_edit.setPlainText(item.answer)
        self.answer_edit.blockSignals(False)
        self.private_box.blockSignals(True)
        self.private_box.setChecked(item.answer_private)
        self.private_box.blockSignals(False)
        self._show_evidence(item)
        self._show_actions(item)
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.items) - 1)

    def _show_status(self, item: MeetingItem) -> None:
        self.status_label.setText(item.status.text)
        self.status_label.setAccessibleDescription(item.status.label)

    def _show_evidence(self, item: MeetingItem) -> None:
        evidence = self._scrutiny.evidence(item.question_id)
        history = [
            (meeting, earlier)
            for meeting, earlier in self._scrutiny.history(item.question_id)
            if meeting.id != self.meeting.id
        ]
        earlier_actions = [
            v for v in self._earlier_actions if v.action.question_id == item.question_id
        ]
        self.evidence.show_evidence(
            evidence_html(
                evidence,
                history=history,
                open_actions=earlier_actions,
                glossary=self._glossary.glossary(),
                today=self._meetings.today(),
                show_question=False,
            )
        )

    def _show_actions(self, item: MeetingItem) -> None:
        self.actions_list.clear()
        for action in self._meetings.actions_for_meeting(self.meeting.id):
            if action.question_id == item.question_id:
                self.actions_list.addItem(
                    f"{action.owner} will {action.description} by {long_date(action.due)}"
                )
        if not self.actions_list.count():
            self.actions_list.addItem("No actions yet. Press Ctrl+N to add one.")

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.answer_edit,
            self.private_box,
            self.asked_button,
            self.answered_button,
            self.deferred_button,
            self.not_asked_button,
            self.add_action_button,
            self.back_button,
            self.next_button,
        ):
            widget.setEnabled(enabled)

    # -- moving ----------------------------------------------------------------------

    def next(self) -> None:
        if self.items and self.index < len(self.items) - 1:
            self.show_item(self.index + 1)

    def previous(self) -> None:
        if self.items and self.index > 0:
            self.show_item(self.index - 1)

    def go_to(self) -> None:
        if not self.items:
            return
        number = choose_number(
            self, "Go to a question", "Question number:", self.index + 1, 1, len(self.items)
        )
        if number is not None:
            self.show_item(number - 1)

    def focus_answer(self) -> None:
        if self.items:
            self.answer_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- recording -------------------------------------------------------------------

    def mark(self, status: ItemStatus) -> None:
        item = self.current_item
        if item is None:
            return
        self.autosaver.flush()
        try:
            updated = self._meetings.set_status(item.id, status)
        except BriefingError as error:
            show_user_error(self, "The mark could not be saved", error)
            return
        self.items[self.index] = updated
        self._show_status(updated)
        self._show_saved(f"✓ Marked {status.label.lower()} and saved")

    def _on_answer_changed(self) -> None:
        item = self.current_item
        if item is not None:
            self.save_label.setText("… Saving")
            self.autosaver.changed(
                item.id, self.answer_edit.toPlainText(), self.private_box.isChecked()
            )

    def _on_private_toggled(self, _checked: bool) -> None:
        self._on_answer_changed()
        self.autosaver.flush()

    def _save_answer(self, item_id: int, text: str, private: bool) -> None:
        self._meetings.save_answer(item_id, text, private)

    def _show_saved(self, text: str) -> None:
        self.save_label.setText(text)

    def _on_save_failed(self, message: str) -> None:
        self.save_label.setText(f"⚠ Not saved yet, trying again: {message}")

    def add_action(self) -> None:
        item = self.current_item
        if item is None:
            return
        dialog = ActionDialog(
            self._meetings.default_due(self.meeting),
            question=f"On question {item.question_code}: {item.question_text}",
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_action(item, dialog))
        dialog.finished.connect(self._on_action_dialog_finished)
        self.action_dialog = dialog
        dialog.open()

    def _on_action_dialog_finished(self, _result: int) -> None:
        self.action_dialog = None
        self.activateWindow()
        self.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_action(self, item: MeetingItem, dialog: ActionDialog) -> None:
        try:
            self._meetings.add_action(item.id, dialog.details())
        except BriefingError as error:
            show_user_error(self, "The action could not be saved", error)
            return
        if self.current_item is not None and self.current_item.id == item.id:
            self._show_actions(item)
        self._show_saved("✓ Action added and saved")

    # -- saving on focus-out and close -----------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.answer_edit and event.type() == QEvent.Type.FocusOut:
            self.autosaver.flush()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        retry = QMessageBox.StandardButton.Retry
        while not self.autosaver.flush():
            box = message_box(
                QMessageBox.Icon.Warning,
                "The answer is not saved",
                "The last words typed could not be saved. Try again, or close and lose them?",
                self,
                buttons=retry | QMessageBox.StandardButton.Discard,
            )
            box.setDefaultButton(retry)
            choice = box.exec()
            box.deleteLater()
            if choice != retry:
                break
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.autosaver.flush)
        super().closeEvent(event)
        self.closed.emit(self.meeting.id)
