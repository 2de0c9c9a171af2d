"""Self-checks on the Training page: a councillor takes one, reads their own answers, and
officers see, by module, how many took it and the average score (never anyone's answers).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefing_app.domain.training.records import Member, Module
from briefing_app.domain.training.self_checks import SMALL_GROUP, SelfCheckFigures, SelfCheckResult
from briefing_app.ui.dialogs.self_check import AnswersDialog, SelfCheckDialog
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel
from briefing_app.ui.pages.training_host import Host
from briefing_app.ui.widgets.tables import row_table

_Display = Qt.ItemDataRole.DisplayRole
_TEXT_ROLES = (_Display, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole)


def take_self_check(host: Host, parent: QWidget, member: Member, module: Module) -> None:
    """Open the self-check on ``module`` for ``member``; show the page again once it is kept."""
    check = host.self_checks.checks().get(module.id or 0)
    if check is None or member.id is None or module.id is None:
        return
    member_id, module_id = member.id, module.id
    dialog = SelfCheckDialog(
        member.name,
        module.name,
        check,
        lambda chosen: host.self_checks.take(member_id, module_id, chosen),
        parent,
    )
    dialog.exec()
    result = dialog.result_value
    if result is not None:
        host.refresh()
        host.say(f"Kept {member.name}'s self-check on {module.name}: {result.score_text}.")


def show_answers(parent: QWidget, member: Member, module: Module, result: SelfCheckResult) -> None:
    AnswersDialog(member.name, module.name, result, parent).exec()


class SelfCheckFiguresModel(ListTableModel[SelfCheckFigures]):
    MODULE, QUESTIONS, TAKEN, AVERAGE = range(4)
    HEADERS = ("Module", "Questions", "Took the self-check", "Average score")

    def set_figures(self, figures: list[SelfCheckFigures]) -> None:
        self._set_rows(figures)

    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid() or role not in _TEXT_ROLES:
            return None
        figures = self._rows[index.row()]
        column = index.column()
        if column == self.MODULE:
            return figures.module
        if column == self.QUESTIONS:
            return str(figures.questions)
        if column == self.TAKEN:
            return figures.taken_text
        return figures.average_text


class SelfChecksTab(QWidget):
    """By module: how many of the councillors who attended took its self-check, and how
    they scored on average. One councillor's answers are shown only with their record."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        intro = QLabel(
            "Each module with a self-check: how many of the serving councillors who attended "
            "it have taken the self-check since, and their average score (given once "
            f"{SMALL_GROUP} have taken it). A councillor's own answers are shown only with "
            "their record, on the Members and records tab."
        )
        intro.setWordWrap(True)
        self.figures = SelfCheckFiguresModel()
        self.table = row_table(self.figures, "Self-checks by module", stretch_last=True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)

    def show_figures(self) -> None:
        board = self.host.board
        # The board holds only the latest attendance of each module: the figures read all of
        # it (a self-check may follow an earlier attendance).
        self.figures.set_figures(
            self.host.self_checks.figures(board.as_at, [r.member for r in board.records])
        )
        self.table.resizeColumnsToContents()
