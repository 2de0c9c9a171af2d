"""Table models for keeping the records: members, one member's training, and the modules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefing_app.domain.dates import long_date, short_date
from briefing_app.domain.training.compliance import Catalogue, MemberRecord
from briefing_app.domain.training.records import Completion, Member, Module, ModuleStatus, Status
from briefing_app.domain.training.self_checks import SelfCheckResult
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel
from briefing_app.ui.widgets.training_status import status_role

_Display = Qt.ItemDataRole.DisplayRole
_TEXT_ROLES = (_Display, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole)


class MemberListModel(ListTableModel[Member]):
    NAME, PARTY, WARD, SEATS, TERM = range(5)
    HEADERS = ("Name", "Party", "Ward", "Seats", "Term of office")

    def __init__(self) -> None:
        super().__init__()
        self._catalogue = Catalogue((), ())

    def set_members(self, members: list[Member], catalogue: Catalogue) -> None:
        self.beginResetModel()
        self._rows = list(members)
        self._catalogue = catalogue
        self.endResetModel()

    def member(self, row: int) -> Member:
        return self._rows[row]

    def row_of(self, member_id: int) -> int | None:
        return self._row_where(lambda member: member.id == member_id)

    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid() or role not in _TEXT_ROLES:
            return None
        member = self._rows[index.row()]
        column = index.column()
        if column == self.NAME:
            left = f" (left {short_date(member.archived_on)})" if member.archived_on else ""
            if role == _Display:
                return member.name + left
            if member.archived_on is not None:
                return (
                    f"{member.name}, who left the council's list on {long_date(member.archived_on)}"
                )
            return f"{member.name} (demonstration record)" if member.demo else member.name
        if column == self.PARTY:
            return member.party
        if column == self.WARD:
            return member.ward
        if column == self.SEATS:
            return "; ".join(self._catalogue.role_names(member)) or "None"
        return member.term_text


class MemberModulesModel(ListTableModel[tuple[Module, ModuleStatus]]):
    """One member's modules: how each stands, when it was last done, when it is due."""

    MODULE, RULE, STATUS, LAST, DUE = range(5)
    HEADERS = ("Module", "How often", "Status", "Last done", "Due by")

    def set_record(self, record: MemberRecord | None) -> None:
        self._set_rows(record.statuses if record else ())

    def module(self, row: int) -> Module:
        return self._rows[row][0]

    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid():
            return None
        module, result = self._rows[index.row()]
        column = index.column()
        if role in _TEXT_ROLES:
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{module.name}: {result.status.label}. {result.explanation}"
            if column == self.MODULE:
                return module.name
            if column == self.RULE:
                return module.refresh.label
            if column == self.STATUS:
                return result.status.label
            day = result.last_done if column == self.LAST else result.due
            if day is None:
                return "Never" if column == self.LAST and result.status is Status.NEVER_DONE else ""
            return short_date(day) if role == _Display else long_date(day)
        if column == self.STATUS:
            return status_role(result.status, role)
        return None


class CompletionHistoryModel(ListTableModel[tuple[Completion, Module | None]]):
    """Every training a member has done, newest first, with any self-check taken after it."""

    DATE, MODULE, PROVIDER, SELF_CHECK, NOTE = range(5)
    HEADERS = ("Date", "Module", "Provider", "Self-check", "Note")

    def __init__(self) -> None:
        super().__init__()
        self._results: dict[int, SelfCheckResult] = {}

    def set_history(
        self,
        rows: list[tuple[Completion, Module | None]],
        results: dict[int, SelfCheckResult] | None = None,
    ) -> None:
        """The member's completions, and their self-check results by completion id."""
        self.beginResetModel()
        self._rows = list(rows)
        self._results = dict(results or {})
        self.endResetModel()

    def completion(self, row: int) -> Completion:
        return self._rows[row][0]

    def result_for(self, completion: Completion) -> SelfCheckResult | None:
        return self._results.get(completion.id or 0)

    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid() or role not in _TEXT_ROLES:
            return None
        completion, module = self._rows[index.row()]
        column = index.column()
        if column == self.DATE:
            day = completion.completed_on
            return short_date(day) if role == _Display else long_date(day)
        if column == self.MODULE:
            return module.name if module else "A module that has been removed"
        if column == self.PROVIDER:
            return completion.provider
        if column == self.SELF_CHECK:
            result = self.result_for(completion)
            return result.score_text if result is not None else ""
        return completion.note


class ModuleCatalogueModel(ListTableModel[Module]):
    NAME, RULE, REQUIRED, DESCRIPTION = range(4)
    HEADERS = ("Module", "How often", "Required of", "What it covers")

    def __init__(self) -> None:
        super().__init__()
        self._catalogue = Catalogue((), ())

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.beginResetModel()
        self._catalogue = catalogue
        self._rows = list(catalogue.modules)
        self.endResetModel()

    def module(self, row: int) -> Module:
        return self._rows[row]

    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid() or role not in _TEXT_ROLES:
            return None
        module = self._rows[index.row()]
        column = index.column()
        if column == self.NAME:
            return module.name
        if column == self.RULE:
            if role == Qt.ItemDataRole.ToolTipRole:
                return module.refresh.explanation
            return module.refresh.label
        if column == self.REQUIRED:
            seats = [r.name for r in self._catalogue.roles if r.key in module.required_for]
            return "; ".join(seats) or "Nobody (optional)"
        return module.description
