"""Tables of an audience's figures (the DfE's, and those quoted in the inspection report):
what is measured, the latest figure, how it compares and which way it is going, with
columns that fit their words at any text size."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from briefing_app.ui.models.indicators import IndicatorTableModel


@dataclass(frozen=True)
class Columns:
    """How a table of figures lays out its model's columns: ``measure`` takes the room
    left, ``figure`` (if any) fits its contents, each of ``fitted`` is as wide as its sample
    words (or heading), and ``hidden`` are shown beside the table instead."""

    measure: int
    figure: int | None
    fitted: Mapping[int, str]
    hidden: tuple[int, ...]


# The longest words the status and trend columns usually hold.
REPORT_FIGURES = Columns(
    measure=IndicatorTableModel.MEASURE,
    figure=IndicatorTableModel.FIGURE,
    fitted={
        IndicatorTableModel.STATUS: "✓ Better than similar",
        IndicatorTableModel.TREND: "▼ Down from 1,277 days",
    },
    hidden=(IndicatorTableModel.TOPIC, IndicatorTableModel.PERIOD, IndicatorTableModel.SOURCE),
)


class FiguresTable(QTableView):
    """One figure a row, chosen a whole row at a time. The topic is chosen above the
    table, and the period and source are shown beside it, so those columns are hidden
    and the table stays narrow enough for a laptop."""

    def __init__(
        self,
        model: QAbstractTableModel,
        name: str,
        columns: Columns = REPORT_FIGURES,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.columns = columns
        self.setModel(model)
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move within
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(columns.measure, QHeaderView.ResizeMode.Stretch)
        if columns.figure is not None:
            header.setSectionResizeMode(columns.figure, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        for column in columns.hidden:
            self.setColumnHidden(column, True)
        self._measure_width = 0
        self.viewport().installEventFilter(self)  # it narrows when a scroll bar shows
        self.fit_columns()

    def fit_columns(self) -> None:
        """Give the status and trend columns room for their words and headings at the
        current text size, and keep what is measured readable (``_stretch_or_scroll``)."""
        metrics = self.fontMetrics()
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)  # headings may be drawn bold (they are in high contrast)
        header = QFontMetrics(bold)
        padding = 2 * metrics.averageCharWidth() + 8
        model = self.model()
        for column, sample in self.columns.fitted.items():
            heading = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), header.horizontalAdvance(heading))
            self.setColumnWidth(column, width + padding)
        measure = str(model.headerData(self.columns.measure, Qt.Orientation.Horizontal))
        self._measure_width = header.horizontalAdvance(measure) + padding
        self._stretch_or_scroll()

    def _stretch_or_scroll(self) -> None:
        """What is measured takes the room the other columns leave. When that is too
        little for its heading (large text, a narrow window), it keeps that width and the
        table scrolls sideways instead."""
        header = self.horizontalHeader()
        measure = self.columns.measure
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != measure and not header.isSectionHidden(column)
        )
        if self.viewport().width() - others >= self._measure_width:
            header.setSectionResizeMode(measure, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(measure, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(measure, self._measure_width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._stretch_or_scroll()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()
