"""The members-by-modules table, sized quickly enough for a whole council.

Every row shows the same kinds of cell (a name; a status and a date on two lines), so all
rows take the height of the tallest kind, measured on one cell of each kind, and each
column the width of its widest text, measured with the font. Asking Qt to measure every
cell of a 70-member council (``resizeRowsToContents``) takes several times longer than
working everything out; measuring one cell of each kind keeps the sizes exactly Qt's.
The sizes are worked out again when the model is reset and when the text size or the
colours change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from briefing_app.ui.models.training_matrix import TrainingMatrixModel

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


class MatrixView(QTableView):
    def __init__(self, model: TrainingMatrixModel, name: str, text_column: int) -> None:
        super().__init__()
        self._text_column = text_column  # the column of plain text (no status picture)
        self.setTabKeyNavigation(False)
        self.matrix = model
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        # Line breaks in a cell's text are its own; nothing else wraps.
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._unfitted = True
        model.modelReset.connect(self.fit)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        if self._unfitted:
            self.fit()
        super().showEvent(event)

    def fit(self) -> None:
        """Give every row the height, and each column the width, that its text needs (at
        once if the table is in view, otherwise when it is next shown)."""
        self._unfitted = not self.isVisible()
        if self._unfitted:
            return
        model = self.matrix
        metrics = self.fontMetrics()
        cells = {
            (row, column): model.cell_text(row, column).split("\n")
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        }
        # One cell of each kind (plain text; a picture and one line; a picture and two):
        # what a cell adds to its text, and how tall the tallest kind is.
        samples: dict[tuple[bool, int], tuple[int, int]] = {}
        for (row, column), lines in cells.items():
            samples.setdefault((column != self._text_column, min(len(lines), 2)), (row, column))
        # As Qt's own measure does, leave room for the grid line between cells; and a pixel
        # more for the rounding of text widths at text sizes other than 100%.
        grid = 1 if self.showGrid() else 0
        spare = 1
        extra: dict[tuple[bool, int], int] = {}
        height = 0
        for kind, (row, column) in samples.items():
            size = self.sizeHintForIndex(model.index(row, column))
            widest = max(metrics.horizontalAdvance(line) for line in cells[(row, column)])
            extra[kind] = size.width() - widest + grid + spare
            height = max(height, size.height() + grid)
        header = self.horizontalHeader()
        advance: dict[str, int] = {}  # most cells say the same few things
        for column in range(model.columnCount()):
            pictured = column != self._text_column
            widest = header.sectionSizeHint(column)
            for (_row, at), lines in cells.items():
                if at != column:
                    continue
                for line in lines:
                    if line not in advance:
                        advance[line] = metrics.horizontalAdvance(line)
                widest = max(
                    widest,
                    max(advance[line] for line in lines) + extra[(pictured, min(len(lines), 2))],
                )
            header.resizeSection(column, widest)
        vertical = self.verticalHeader()
        vertical.setDefaultSectionSize(max(height, vertical.minimumSectionSize()))
