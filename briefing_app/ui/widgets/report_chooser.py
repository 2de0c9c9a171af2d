"""A drop-down list of the inspection reports held, newest first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from briefing_app.domain.reports import ReportHeader


class ReportChooser(QComboBox):
    reportChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Inspection report")
        self.setAccessibleDescription("Choose which inspection report to show")
        self.setMinimumContentsLength(30)
        self.currentIndexChanged.connect(self._on_index_changed)

    def set_reports(self, headers: list[ReportHeader], keep: int | None = None) -> None:
        """Fill the list; keep the report ``keep`` chosen if it is still there."""
        self.blockSignals(True)
        self.clear()
        for header in headers:
            grade = f" ({header.overall.label})" if header.overall else ""
            self.addItem(f"{header.short_title}{grade}", header.id)
        index = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(False)
        if self.count():
            self.reportChosen.emit(self.current_report_id())

    def current_report_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def _on_index_changed(self, index: int) -> None:
        report_id = self.current_report_id()
        if index >= 0 and report_id is not None:
            self.reportChosen.emit(report_id)
