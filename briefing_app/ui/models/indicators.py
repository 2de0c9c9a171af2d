"""Table model over indicators: the figure, how it compares, its trend and its source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefing_app.domain.outcomes import TOPICS, Indicator
from briefing_app.domain.plain_english import describe, figure_text, trend_words
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel
from briefing_app.ui.widgets.status import rating_colours, trend_colours

_TOPIC_ORDER = {topic.key: number for number, topic in enumerate(TOPICS)}

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class IndicatorTableModel(ListTableModel[Indicator]):
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

    def set_indicators(self, indicators: list[Indicator]) -> None:
        self._set_rows(
            sorted(
                indicators,
                key=lambda i: (_TOPIC_ORDER.get(i.definition.topic, 99), i.definition.position),
            )
        )

    def indicator(self, row: int) -> Indicator:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        return self._row_where(lambda indicator: indicator.key == key)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        indicator = self._rows[index.row()]
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
