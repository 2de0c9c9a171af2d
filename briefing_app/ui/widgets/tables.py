"""Read-only tables of whole rows, and buttons with accessible names, as the pages use them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableView


def row_table(model: QAbstractItemModel, name: str, *, stretch_last: bool = False) -> QTableView:
    """A table that selects one whole row at a time and cannot be edited in place; its
    text wraps, and with ``stretch_last`` its last column takes the width left over.

    Tab leaves it at once (the arrow keys move between its rows)."""
    table = QTableView()
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
