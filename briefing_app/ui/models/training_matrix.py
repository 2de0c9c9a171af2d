"""Table models for the chair's view: members by modules, and the list of what is due."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from briefing_app.domain.dates import long_date, short_date
from briefing_app.domain.training.compliance import MemberRecord, Need, TrainingBoard
from briefing_app.domain.training.records import Module, Status
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel
from briefing_app.ui.widgets.training_status import status_cell_text, status_role

_Display = Qt.ItemDataRole.DisplayRole
_STATUS_ROLES = (
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
)
_TOLD = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def wrap_title(title: str, width: int = 18) -> str:
    """Break a long module name over lines so a column stays narrow."""
    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class TrainingMatrixModel(ListTableModel[MemberRecord]):
    """One row per member; a column saying whether they are fully in date; one per module."""

    MEMBER, FULLY = range(2)
    FIRST_MODULE = 2

    def __init__(self) -> None:
        super().__init__()
        self._modules: tuple[Module, ...] = ()
        self._seat_modules: tuple[Module, ...] | None = None
        # Per row: fully in date for the seat chosen, the modules still to do, and whether
        # any of them is overdue or never done (rather than a new member's, still in time).
        self._fully: list[tuple[bool, list[str], bool]] = []
        self._cells: list[list[tuple[str, Status | None]]] = []

    def set_board(self, board: TrainingBoard, role_key: str | None = None) -> None:
        """Show the members holding ``role_key`` (everyone for None)."""
        self.beginResetModel()
        self._rows = board.members_of(role_key)
        self._modules = board.catalogue.modules
        self._seat_modules = (
            None if role_key is None else board.catalogue.modules_for_role(role_key)
        )
        wanted = None if self._seat_modules is None else {m.id for m in self._seat_modules}
        self._fully = []
        for record in self._rows:
            late = [
                n.module.name for n in record.needs_now if wanted is None or n.module.id in wanted
            ]
            new = [  # a new member's training still to do, in their period of grace
                m.name
                for m, s in record.statuses
                if s.status is Status.TO_DO and (wanted is None or m.id in wanted)
            ]
            fully = record.fully_in_date(self._seat_modules)
            self._fully.append((fully, late + new, bool(late)))
        # Each cell's words and status, worked out once: a table this size is asked for
        # them many times over as it is measured and painted.
        self._cells = [
            [
                (record.member.name, None),
                self._fully_cell(row, record),
                *(
                    (status_cell_text(result), result.status)
                    for result in (record.status_of(m) for m in self._modules)
                ),
            ]
            for row, record in enumerate(self._rows)
        ]
        self.endResetModel()

    def record(self, row: int) -> MemberRecord:
        return self._rows[row]

    def cell_text(self, row: int, column: int) -> str:
        """The words a cell shows (as its display data)."""
        return self._cells[row][column][0]

    def module(self, column: int) -> Module | None:
        index = column - self.FIRST_MODULE
        return self._modules[index] if 0 <= index < len(self._modules) else None

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIRST_MODULE + len(self._modules)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Display) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        module = self.module(section)
        if role == _Display:
            if section == self.MEMBER:
                return "Member"
            if section == self.FULLY:
                return "Fully in date?"
            return wrap_title(module.name) if module else None
        if role == Qt.ItemDataRole.ToolTipRole and module is not None:
            return f"{module.name}: {module.refresh.label.lower()}. {module.description}"
        if role == Qt.ItemDataRole.ToolTipRole and section == self.FULLY:
            return "Yes when nothing this member needs is overdue or never done."
        return None

    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        text, status = self._cells[row][column]
        if role == _Display:
            return text
        if role in _STATUS_ROLES:
            return None if status is None else status_role(status, role)
        if role not in _TOLD:
            return None
        record = self._rows[row]
        if column == self.MEMBER:
            return self._member_data(record, role)
        if column == self.FULLY:
            return self._fully_told(row, record)
        module = self.module(column)
        if module is None:
            return None
        result = record.status_of(module)
        return f"{record.member.name}, {module.name}: {result.status.label}. {result.explanation}"

    def _member_data(self, record: MemberRecord, role: int) -> Any:
        member = record.member
        if role in (_Display, Qt.ItemDataRole.AccessibleTextRole):
            return member.name
        if role == Qt.ItemDataRole.ToolTipRole:
            demo = " Demonstration record: a made-up member." if member.demo else ""
            detail = f" ({member.detail})" if member.detail else ""
            return f"{member.name}{detail}. {member.term_text}.{demo}"
        return None

    def _fully_cell(self, row: int, record: MemberRecord) -> tuple[str, Status]:
        """The words and status of the "Fully in date?" cell."""
        fully, missing, late = self._fully[row]
        if not record.required:
            return "Nothing due", Status.NOT_REQUIRED
        if fully:
            return "Yes", Status.IN_DATE
        if late:
            return f"No ({len(missing)} to do)", Status.OVERDUE
        return f"Not yet ({len(missing)} to do)", Status.TO_DO

    def _fully_told(self, row: int, record: MemberRecord) -> str:
        fully, missing, late = self._fully[row]
        if not record.required:
            return f"{record.member.name} has no training duties on this date."
        if fully:
            return f"{record.member.name} is fully in date."
        still = "" if late else " New this term, and still within the time given."
        return f"{record.member.name} is not fully in date. To do: {', '.join(missing)}.{still}"


class NeedsTableModel(ListTableModel[Need]):
    """Everything overdue, never done or due soon: who, what, and by when."""

    MEMBER, MODULE, STATUS, DUE, DETAIL = range(5)
    HEADERS = ("Member", "Module", "Status", "Due by", "Details")

    def set_needs(self, needs: list[Need]) -> None:
        self._set_rows(needs)

    def need(self, row: int) -> Need:
        return self._rows[row]

    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid():
            return None
        need = self._rows[index.row()]
        column = index.column()
        result = need.status
        if role in (_Display, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.MEMBER:
                return need.member.name
            if column == self.MODULE:
                return need.module.name
            if column == self.STATUS:
                return result.status.label
            if column == self.DUE:
                if result.due is None:
                    return "Now" if result.status.needs_action else ""
                return short_date(result.due) if role == _Display else long_date(result.due)
            return result.explanation
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{need.member.name}, {need.module.name}: {result.explanation}"
        if column == self.STATUS:
            return status_role(result.status, role)
        return None
