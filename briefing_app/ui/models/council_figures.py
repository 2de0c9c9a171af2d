"""Table model over a council's DfE figures: the latest figure of each indicator, how it
compares with England, the region and the statistical neighbours, its rank and its trend.

Every status is words with a symbol; the colours behind them are a second signal only.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.outcomes import TOPICS, ComparatorKind
from briefing_app.domain.ratings import Rating
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel
from briefing_app.ui.widgets.status import rating_colours, trend_colours

_TOPIC_ORDER = {topic.key: number for number, topic in enumerate(TOPICS)}


class CouncilFiguresModel(ListTableModel[FigureSeries]):
    TOPIC, MEASURE, FIGURE, ENGLAND, REGION, NEIGHBOURS, RANK, TREND = range(8)
    HEADERS = (
        "Topic",
        "What is measured",
        "Latest figure",
        "Against England",
        "Against the region",
        "Against similar councils",
        "Rank among councils",
        "Over the years",
    )
    _KINDS: ClassVar[dict[int, ComparatorKind]] = {
        ENGLAND: ComparatorKind.ENGLAND,
        REGION: ComparatorKind.REGION,
        NEIGHBOURS: ComparatorKind.STATISTICAL_NEIGHBOURS,
    }

    def __init__(self) -> None:
        super().__init__()
        # Each cell's words, and each answer to the view, worked out once a filling.
        self._cells: dict[tuple[str, int], str] = {}
        self._answers: dict[tuple[int, int, int], Any] = {}

    def set_series(self, series: list[FigureSeries]) -> None:
        self._cells.clear()
        self._answers.clear()
        self._set_rows(
            sorted(
                series,
                key=lambda s: (_TOPIC_ORDER.get(s.definition.topic, 99), s.definition.position),
            )
        )

    def series(self, row: int) -> FigureSeries:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        return self._row_where(lambda series: series.key == key)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        # A view asks for each cell many times as it sizes and paints the table: each
        # answer is worked out once a filling.
        key = (index.row(), index.column(), int(role))
        if key in self._answers:
            return self._answers[key]
        answer = self._answers[key] = self._data(index, role)
        return answer

    def _data(self, index: _Index, role: int) -> Any:
        series = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(series, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in self._KINDS:
                comparison = series.comparison(self._KINDS[column])
                return comparison.label if comparison is not None else None
            return series.definition.definition
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if not self._text(series, column):
                return None  # no words, so no colour either
            pair = None
            if column in self._KINDS:
                comparison = series.comparison(self._KINDS[column])
                rating = comparison.rating if comparison is not None else Rating.NOT_RATED
                pair = rating_colours(rating)
            elif column == self.TREND:
                pair = trend_colours(series.trend.trend)
            if pair is not None:
                return pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, series: FigureSeries, column: int) -> str:
        key = (series.key, column)
        text = self._cells.get(key)
        if text is None:
            text = self._cells[key] = self._words(series, column)
        return text

    def _words(self, series: FigureSeries, column: int) -> str:
        if column == self.TOPIC:
            return series.definition.topic_title
        if column == self.MEASURE:
            return series.label
        if column == self.FIGURE:
            return series.figure_cell
        if column in self._KINDS:
            return series.comparison_cell(self._KINDS[column])
        if column == self.RANK:
            return series.rank_cell
        return series.trend_cell
