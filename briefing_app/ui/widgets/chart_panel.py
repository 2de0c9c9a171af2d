"""A chart with the figures behind it as a table, one key press away.

The button under the chart (or Ctrl+T anywhere on the page, see ``TABLE_SHORTCUT``)
swaps the picture for a table of the same figures: a row for each line (a column for
each year) or each bar, each cell the figure or the DfE's mark for it. The table is a real table for
screen readers, with its headings, and grows with the text size as the chart does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.charts import Chart, ChartTable
from briefing_app.ui.widgets.chart_view import ChartView

TABLE_SHORTCUT = "Ctrl+T"
_SHOW_TABLE = f"Show the figures as a table ({TABLE_SHORTCUT})"
_SHOW_CHART = f"Show the chart ({TABLE_SHORTCUT})"

Index = QModelIndex | QPersistentModelIndex


class ChartTableModel(QAbstractTableModel):
    """The figures behind a chart (``Chart.table``)."""

    def __init__(self) -> None:
        super().__init__()
        self.figures = ChartTable("", (), ())

    def set_table(self, table: ChartTable) -> None:
        self.beginResetModel()
        self.figures = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.figures.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.figures.header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.figures.header[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self.figures.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Each cell read with what it is: "Portsmouth, 2022: 9%".
            if index.column() == 0:
                return text
            row = self.figures.rows[index.row()][0]
            return f"{row}, {self.figures.header[index.column()]}: {text}"
        return None


class ChartPanel(QWidget):
    """Shows a chart, or (``show_table``) the figures behind it as a table."""

    def __init__(self, name: str = "Chart", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.view = ChartView()
        self.view.setAccessibleName(name)
        self.model = ChartTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(f"{name}: the figures as a table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.hide()
        self._name = name
        self.toggle = QPushButton(_SHOW_TABLE)
        self.toggle.setAccessibleName(f"{name}: show its figures as a table")
        self.toggle.clicked.connect(self.switch)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.set_chart(None)

    @property
    def showing_table(self) -> bool:
        return not self.table.isHidden()

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.view.set_chart(chart)
        if chart is not None:
            table = chart.table()
            self.model.set_table(table)
            # The first column (what each row is) takes the room the figures leave.
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.table.setAccessibleDescription(f"The figures behind the chart “{chart.title}”.")
        self.setVisible(chart is not None)
        self.show_table(self.showing_table)

    def switch(self) -> None:
        """The table instead of the chart, or the chart instead of the table."""
        self.show_table(not self.showing_table)

    def show_table(self, table: bool) -> None:
        has_chart = self.chart is not None
        self.table.setVisible(table and has_chart)
        self.view.setVisible(not table and has_chart)
        self.toggle.setText(_SHOW_CHART if table else _SHOW_TABLE)
        self.toggle.setAccessibleName(
            f"{self._name}: show the chart again"
            if table
            else f"{self._name}: show its figures as a table"
        )
        if table and has_chart:
            self.table.resizeRowsToContents()
            rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
            header = self.table.horizontalHeader().sizeHint().height()
            self.table.setFixedHeight(rows + header + 2 * self.table.frameWidth() + 2)
