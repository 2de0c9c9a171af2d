"""Table models over meetings, the questions on a meeting, and actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from briefing_app.domain.dates import long_date
from briefing_app.domain.meetings import ActionView, MeetingItem, MeetingSummary
from briefing_app.ui.models.table import HeaderedTableModel
from briefing_app.ui.models.table import Index as _Index


class MeetingTableModel(HeaderedTableModel):
    DATE, MEETING = range(2)
    HEADERS = ("Date", "Meeting and progress")

    def __init__(self) -> None:
        super().__init__()
        self._meetings: list[MeetingSummary] = []

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self.beginResetModel()
        self._meetings = list(meetings)
        self.endResetModel()

    def summary(self, row: int) -> MeetingSummary:
        return self._meetings[row]

    def row_of(self, meeting_id: int) -> int | None:
        return next((r for r, s in enumerate(self._meetings) if s.meeting.id == meeting_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._meetings)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._meetings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.DATE:
                return long_date(summary.meeting.meeting_date)
            meeting = summary.meeting
            name = f"{meeting.committee}: {meeting.title}" if meeting.title else meeting.committee
            count = summary.open_actions
            open_actions = f"; {count} action{'s' if count != 1 else ''} open" if count else ""
            return f"{name}\n{summary.progress}{open_actions}"
        return None


class MeetingItemTableModel(HeaderedTableModel):
    NUMBER, CODE, QUESTION, STATUS = range(4)
    HEADERS = ("No.", "Code", "Question", "Where it stands")

    def __init__(self) -> None:
        super().__init__()
        self._items: list[MeetingItem] = []

    def set_items(self, items: list[MeetingItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> MeetingItem:
        return self._items[row]

    def items(self) -> list[MeetingItem]:
        return list(self._items)

    def row_of(self, item_id: int) -> int | None:
        return next((r for r, i in enumerate(self._items) if i.id == item_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
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


class ActionTableModel(HeaderedTableModel):
    STATE, DUE, WHO, WHAT, RAISED_AT, QUESTION, NOTE = range(7)
    HEADERS = ("State", "Due", "Who", "What", "Raised at", "Question", "Closing note")

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._views: list[ActionView] = []
        self._today = today

    def set_actions(self, views: list[ActionView]) -> None:
        self.beginResetModel()
        self._views = list(views)
        self.endResetModel()

    def view(self, row: int) -> ActionView:
        return self._views[row]

    def row_of(self, action_id: int) -> int | None:
        return next((r for r, v in enumerate(self._views) if v.action.id == action_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._views)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self._views[index.row()]
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
