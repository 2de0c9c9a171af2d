"""Read-only tables of whole rows, and buttons with accessible names, as the pages use them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableView


class RowTable(QTableView):
    """A table whose rows are as tall as their wrapped text: measured again whenever a
    column's width changes (the window is resized, the text size changes), once the
    widths have settled."""

    def __init__(self) -> None:
        super().__init__()
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.refit_rows())

    def refit_rows(self) -> None:
        """Measure the rows again, once control returns to the event loop."""
        self._refit.start()


def row_table(model: QAbstractItemModel, name: str, *, stretch_last: bool = False) -> RowTable:
    """A table that selects one whole row at a time and cannot be edited in place; its
    text wraps (rows grow to fit it), and with ``stretch_last`` its last column takes the
    width left over.

    Tab leaves it at once (the arrow keys move between its rows)."""
    table = RowTable()
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    return table


def select_row(table: QTableView, row: int, column: int = 0) -> None:
    """Make ``row`` the chosen one, its cell in ``column`` the current cell."""
    table.selectionModel().setCurrentIndex(
        table.model().index(row, column),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def named_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    return button
