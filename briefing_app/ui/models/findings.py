"""Models over a report's findings: its sections, and its recommendations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from briefing_app.domain.reports import Finding, Part, Recommendation, group_by_section
from briefing_app.domain.scrutiny import format_paragraph_list
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel


class SectionListModel(QAbstractListModel):
    """The report's sections in order, each with how many paragraphs it holds."""

    def __init__(self) -> None:
        super().__init__()
        self._sections: list[tuple[str, list[Finding]]] = []

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        self.beginResetModel()
        self._sections = group_by_section(findings)
        self.endResetModel()

    def section(self, row: int) -> tuple[str, list[Finding]]:
        return self._sections[row]

    def row_of_paragraph(self, paragraph: int) -> int | None:
        for row, (_, findings) in enumerate(self._sections):
            if any(f.paragraph == paragraph for f in findings):
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        title, findings = self._sections[index.row()]
        first, last = findings[0].paragraph, findings[-1].paragraph
        span = f"paragraph {first}" if first == last else f"paragraphs {first} to {last}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title} ({first}–{last})" if first != last else f"{title} ({first})"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{title}: {span}"
        return None


class RecommendationTableModel(ListTableModel[Recommendation]):
    PARAGRAPH, KIND, TOPIC, TEXT, EVIDENCE = range(5)
    HEADERS = ("Paragraph", "Kind", "Topic", "Recommendation", "Rests on paragraphs")

    def set_recommendations(self, recommendations: tuple[Recommendation, ...]) -> None:
        self._set_rows(recommendations)

    def recommendation(self, row: int) -> Recommendation:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(rec, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TEXT:
            return rec.text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.PARAGRAPH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, rec: Recommendation, column: int) -> str | int:
        if column == self.PARAGRAPH:
            return rec.paragraph if rec.paragraph is not None else f"Point {rec.number}"
        if column == self.KIND:
            return ("LSCB: " if rec.part is Part.LSCB else "") + rec.kind_label
        if column == self.TOPIC:
            return rec.topic
        if column == self.TEXT:
            return rec.text
        return format_paragraph_list(rec.evidence) or "None linked"
