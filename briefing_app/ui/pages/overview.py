"""Overview: who was inspected, when, every judgement and grade, and how much the report says."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.reports import InspectionReport, long_date
from briefing_app.services.reports import ReportService
from briefing_app.ui.models.judgements import JudgementTableModel
from briefing_app.ui.widgets.grades import grade_style, grade_text
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.report_chooser import ReportChooser


class OverviewPage(QWidget):
    title = "Overview"

    def __init__(self, reports: ReportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self.report: InspectionReport | None = None

        self.chooser = ReportChooser()
        self.heading = Heading(level=1)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.overall_badge = QLabel()
        self.overall_badge.setAccessibleName("Overall judgement")
        self.overall_meaning = QLabel()
        self.overall_meaning.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName("What the report contains")

        self.judgements = JudgementTableModel()
        self.table = QTableView()
        self.table.setModel(self.judgements)
        self.table.setAccessibleName("Judgements and grades")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            JudgementTableModel.AREA, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            JudgementTableModel.GRADE, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setStretchLastSection(True)

        chooser_row = QHBoxLayout()
        chooser_label = QLabel("&Report:")
        chooser_label.setBuddy(self.chooser)
        chooser_row.addWidget(chooser_label)
        chooser_row.addWidget(self.chooser, 1)

        overall_row = QHBoxLayout()
        overall_label = Heading("Overall judgement:", level=2)
        overall_row.addWidget(overall_label)
        overall_row.addWidget(self.overall_badge)
        overall_row.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(chooser_row)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.dates)
        layout.addLayout(overall_row)
        layout.addWidget(self.overall_meaning)
        judgements_label = Heading("Every judgement in the report", level=2)
        layout.addWidget(judgements_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.chooser.reportChosen.connect(self.show_report)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list of reports (after an import, say)."""
        keep = self.report.id if self.report else None
        headers = self._reports.headers()
        if not headers:
            self.heading.setText("No inspection report is loaded yet.")
        self.chooser.set_reports(headers, keep)

    def show_report(self, report_id: int) -> None:
        report = self._reports.get(report_id)
        self.report = report
        self.heading.setText(report.authority)
        self.heading.setAccessibleName(report.authority)
        self.subtitle.setText(report.title)
        published = (
            f" The report was published on {long_date(report.published)}."
            if report.published
            else ""
        )
        self.dates.setText(
            f"Ofsted inspected from {long_date(report.inspection_start)} to "
            f"{long_date(report.inspection_end)}.{published} "
            f"Framework: {report.framework.description}."
        )
        overall = report.overall
        if overall:
            self.overall_badge.setText(grade_text(overall.grade))
            self.overall_badge.setStyleSheet(grade_style(overall.grade))
            self.overall_badge.setAccessibleDescription(overall.grade.label)
            self.overall_meaning.setText(overall.grade.meaning)
        self.judgements.set_judgements(list(report.judgements))
        self.table.resizeRowsToContents()
        counts = self._reports.counts(report)
        self.counts.setText(
            f"The report has {counts.findings} numbered paragraphs of findings, "
            f"{counts.recommendations} recommendations "
            f"({counts.priority_recommendations} for priority and immediate action) and "
            f"{counts.strengths} listed strengths. "
            "See them all on the Inspection findings page."
        )
