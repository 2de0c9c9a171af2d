"""The council's yearly training table on the Training page: by seat, how many councillors
are trained, have training due, or are overdue; and the same as a new CSV file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.training.year import HEADINGS, SMALL_GROUP, TrainingYearTable, YearRow
from briefing_app.domain.training.year import year_table as make_table
from briefing_app.ui.busy import busy
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel
from briefing_app.ui.pages.training_host import Host
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.tables import named_button, row_table

_Display = Qt.ItemDataRole.DisplayRole
_TEXT_ROLES = (_Display, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole)


class YearTableModel(ListTableModel[YearRow]):
    SEAT = 0
    HEADERS = HEADINGS

    def set_table(self, table: TrainingYearTable) -> None:
        self._set_rows(table.rows)

    def data(self, index: _Index, role: int = _Display) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.SEAT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in _TEXT_ROLES:
            return None
        cells = self._rows[index.row()].cells()
        if role == _Display or index.column() == self.SEAT:
            return cells[index.column()]
        return f"{cells[0]}, {self.HEADERS[index.column()]}: {cells[index.column()]}"


class YearTableTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.table = make_table(host.board, public=False)
        self.title = Heading(level=2)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.public = QCheckBox(f"&Public figures: hide seats held by fewer than {SMALL_GROUP}")
        self.public.setAccessibleName("Public figures")
        self.public.setToolTip(
            "As a public briefing pack shows them: no figures for a seat held by one or two "
            "councillors, so that nobody can be picked out."
        )
        self.rows = YearTableModel()
        self.view = row_table(self.rows, "Corporate parenting training by seat", stretch_last=True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.export = named_button("Export t&able…", "Export the yearly table to a CSV file")
        self.export.setToolTip(
            "Save the table, as shown, in a new CSV file. An existing file is never replaced."
        )
        row = QHBoxLayout()
        row.addWidget(self.public)
        row.addStretch(1)
        row.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.public.toggled.connect(lambda _on: self.show_board())
        self.export.clicked.connect(self.export_table)

    def show_board(self) -> None:
        self.table = make_table(self.host.board, public=self.public.isChecked())
        self.title.setText(self.table.title)
        self.title.setAccessibleName(self.table.title)
        self.explanation.setText(self.table.explanation)
        self.rows.set_table(self.table)
        self.view.resizeColumnsToContents()
        self.note.setText(self.table.small_groups_note)
        self.note.setVisible(bool(self.table.small_groups_note))

    def export_table(self) -> None:
        suggested = Path.home() / f"corporate-parenting-training-{self.table.as_at.isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export the yearly training table",
            str(suggested),
            "CSV files (*.csv)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        # Only when a file is exported (about 4 ms).
        from briefing_app.services.training.year import write_year_table_csv

        try:
            with busy():
                rows = write_year_table_csv(self.table, path)
        except BriefingError as error:
            show_user_error(self.host.widget(), "The table could not be written", error)
            return
        self.host.say(f"Wrote {rows} rows to {path}.")
