"""Table models over meetings, the questions on a meeting, and actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from briefing_app.domain.dates import long_date
from briefing_app.domain.meetings import ActionView, MeetingItem, MeetingSummary
from briefing_app.domain.wording import plural
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel


class MeetingTableModel(ListTableModel[MeetingSummary]):
    DATE, MEETING = range(2)
    HEADERS = ("Date", "Meeting and progress")

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self._set_rows(meetings)

    def summary(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int | None:
        return self._row_where(lambda summary: summary.meeting.id == meeting_id)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.DATE:
                return long_date(summary.meeting.meeting_date)
            meeting = summary.meeting
            name = f"{meeting.committee}: {meeting.title}" if meeting.title else meeting.committee
            count = summary.open_actions
            open_actions = f"; {plural(count, 'action')} open" if count else ""
            return f"{name}\n{summary.progress}{open_actions}"
        return None


class MeetingItemTableModel(ListTableModel[MeetingItem]):
    NUMBER, CODE, QUESTION, STATUS = range(4)
    HEADERS = ("No.", "Code", "Question", "Where it stands")

    def set_items(self, items: list[MeetingItem]) -> None:
        self._set_rows(items)

    def item(self, row: int) -> MeetingItem:
        return self._rows[row]

    def items(self) -> list[MeetingItem]:
        return list(self._rows)

    def row_of(self, item_id: int) -> int | None:
        return self._row_where(lambda item: item.id == item_id)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return index.row() + 1
            if column == self.CODE:
                return item.question_code
            if column == self.QUESTION:
                return item.question_text
            return item.status.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return item.status.label if column == self.STATUS else self.data(index)
        return None


class ActionTableModel(ListTableModel[ActionView]):
    STATE, DUE, WHO, WHAT, RAISED_AT, QUESTION, NOTE = range(7)
    HEADERS = ("State", "Due", "Who", "What", "Raised at", "Question", "Closing note")

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._today = today

    def set_actions(self, views: list[ActionView]) -> None:
        self._set_rows(views)

    def view(self, row: int) -> ActionView:
        return self._rows[row]

    def row_of(self, action_id: int) -> int | None:
        return self._row_where(lambda view: view.action.id == action_id)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self._rows[index.row()]
        action = view.action
        column = index.column()
        today = self._today()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATE:
                return view.state(today).text
            if column == self.DUE:
                return f"{long_date(action.due)} ({action.when(today)})"
            if column == self.WHO:
                return action.owner
            if column == self.WHAT:
                return action.description
            if column == self.RAISED_AT:
                return view.meeting.heading
            if column == self.QUESTION:
                return view.question_code
            return action.closing_note
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.STATE:
                return view.state(today).label
            if column == self.QUESTION and view.question_code:
                return f"Question {view.question_code}: {view.question_text}"
            return self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.QUESTION and view.question_code:
                return f"{view.question_code}: {view.question_text}"
            if column in (self.WHAT, self.NOTE, self.RAISED_AT):
                return self.data(index)
        return None
