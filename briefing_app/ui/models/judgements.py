"""Table model over a report's judgements."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefing_app.domain.reports import Judgement
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel
from briefing_app.ui.widgets.grades import grade_background, grade_foreground


class JudgementTableModel(ListTableModel[Judgement]):
    AREA, GRADE, MEANING = range(3)
    HEADERS = ("Area inspected", "Grade", "What the grade means")

    def __init__(self, judgements: list[Judgement] | None = None) -> None:
        super().__init__()
        self._rows = list(judgements or [])

    def set_judgements(self, judgements: list[Judgement]) -> None:
        self._set_rows(judgements)

    def judgement(self, row: int) -> Judgement:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        judgement = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.AREA:
                return judgement.area.label
            if column == self.GRADE:
                return (
                    judgement.grade.text
                    if role == Qt.ItemDataRole.DisplayRole
                    else (judgement.grade.label)
                )
            return judgement.grade.meaning
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{judgement.area.label}: {judgement.grade.label}. {judgement.grade.meaning}"
        if column == self.GRADE:
            if role == Qt.ItemDataRole.BackgroundRole:
                return grade_background(judgement.grade)
            if role == Qt.ItemDataRole.ForegroundRole:
                return grade_foreground(judgement.grade)
        return None
