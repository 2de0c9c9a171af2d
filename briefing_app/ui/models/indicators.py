"""Table model over indicators: the figure, how it compares, its trend and its source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from briefing_app.domain.outcomes import TOPICS, Indicator
from briefing_app.domain.plain_english import describe, figure_text, trend_words
from briefing_app.ui.widgets.status import rating_colours, trend_colours

_Index = QModelIndex | QPersistentModelIndex
_TOPIC_ORDER = {topic.key: number for number, topic in enumerate(TOPICS)}

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class IndicatorTableModel(QAbstractTableModel):
    TOPIC, MEASURE, FIGURE, PERIOD, STATUS, TREND, SOURCE = range(7)
    HEADERS = (
        "Topic",
        "What is measured",
        "Latest figure",
        "When",
        "Compared with others",
        "Since the figure before",
        "Source",
    )

    def __init__(self) -> None:
        super().__init__()
        self._indicators: list[Indicator] = []

    def set_indicators(self, indicators: list[Indicator]) -> None:
        self.beginResetModel()
        self._indicators = sorted(
            indicators,
            key=lambda i: (_TOPIC_ORDER.get(i.definition.topic, 99), i.definition.position),
        )
        self.endResetModel()

    def indicator(self, row: int) -> Indicator:
        return self._indicators[row]

    def row_of(self, key: str) -> int | None:
        return next((r for r, i in enumerate(self._indicators) if i.key == key), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._indicators)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        indicator = self._indicators[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(indicator, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(indicator)
        if role == KEY_ROLE:
            return indicator.key
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            pair = None
            if column == self.STATUS:
                pair = rating_colours(indicator.status().rating)
            elif column == self.TREND:
                pair = trend_colours(indicator.trend())
            if pair is not None:
                return pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, indicator: Indicator, column: int) -> str:
        current = indicator.current
        if column == self.TOPIC:
            return indicator.definition.topic_title
        if column == self.MEASURE:
            return indicator.definition.label
        if current is None:
            return "No figure yet" if column == self.FIGURE else ""
        if column == self.FIGURE:
            return figure_text(current, indicator.unit)
        if column == self.PERIOD:
            return current.period
        if column == self.STATUS:
            return indicator.status().text
        if column == self.TREND:
            return trend_words(indicator)
        return current.source.label
