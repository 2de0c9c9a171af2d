"""Overview: who was inspected, when, every judgement and grade, how much the report says,
and where the rest of the app takes it further."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.dates import long_date
from briefing_app.domain.reports import InspectionReport, ReportKind
from briefing_app.domain.wording import joined, plural
from briefing_app.services.reports import ReportCounts, ReportService
from briefing_app.ui.models.judgements import JudgementTableModel
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.report_chooser import ReportChooser
from briefing_app.ui.widgets.status import badge_style
from briefing_app.ui.widgets.tables import row_table


class OverviewPage(QWidget):
    title = "Overview"

    def __init__(
        self,
        reports: ReportService,
        open_paragraph: Callable[[int | None, int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``open_paragraph(report_id, paragraph)``, when given, shows the report on the
        Inspection findings page."""
        super().__init__(parent)
        self._reports = reports
        self._open_paragraph = open_paragraph
        self._own: set[int] = set()
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
        self.findings_button = QPushButton("See them all on the &Inspection findings page")
        self.findings_button.setAccessibleName("Show this report on the Inspection findings page")
        self.findings_button.setVisible(open_paragraph is not None)
        self.findings_button.clicked.connect(self.show_findings)
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.next_steps.setAccessibleName("Where to go next")

        self.judgements = JudgementTableModel()
        self.table = row_table(self.judgements, "Judgements and grades")
        self.table.setAccessibleDescription(
            "One row for each area Ofsted judged. Use the arrow keys to move between rows."
        )
        header = self.table.horizontalHeader()
        # The text columns share the width and wrap, so large text never runs off the side.
        header.setSectionResizeMode(JudgementTableModel.AREA, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            JudgementTableModel.GRADE, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(JudgementTableModel.MEANING, QHeaderView.ResizeMode.Stretch)

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
        findings_row = QHBoxLayout()
        findings_row.addWidget(self.findings_button)
        findings_row.addStretch(1)
        layout.addLayout(findings_row)
        layout.addWidget(self.next_steps)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setAccessibleName("Overview of the inspection")
        self.scroll_area.setAccessibleDescription(
            "Use the arrow keys or Page Up and Page Down to scroll when the text is large"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self.chooser.reportChosen.connect(self.show_report)
        self.refresh()

    def wait_for_background_work(self) -> None:
        """Nothing on this page runs off the UI thread."""

    def refresh(self) -> None:
        """Reload the list of reports (after an import, say)."""
        own = self._reports.own_reports()
        keep = self.report.id if self.report else (own[0].id if own else None)
        headers = self._reports.headers()
        if not own:
            council = self._reports.council_name()
            self.next_steps.setText(
                f"No Ofsted report of {council} is held yet. Import it with File > Import "
                "report (Ctrl+I): its judgements and findings are then shown here, and "
                "questions can be written about it. The Department for Education's figures "
                f"for {council} are on the Children in care and Care leavers pages."
            )
        if not headers:
            self.heading.setText("No inspection report is loaded yet.")
        self._own = {h.id for h in own}
        self.chooser.set_reports(headers, keep)

    def show_findings(self) -> None:
        """Open this report's paragraphs on the Inspection findings page."""
        if self.report is not None and self._open_paragraph is not None:
            self._open_paragraph(self.report.id, self.report.paragraph_range[0])

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
        kind = (
            ""
            if report.kind is ReportKind.INSPECTION
            else f" This report is a {report.kind.label}."
        )
        self.dates.setText(
            f"Ofsted inspected from {long_date(report.inspection_start)} to "
            f"{long_date(report.inspection_end)}.{published}{kind} "
            f"Framework: {report.framework.description}."
        )
        overall = report.overall
        if overall:
            self.overall_badge.setText(overall.grade.text)
            self.overall_badge.setStyleSheet(badge_style(overall.grade.colours))
            self.overall_badge.setAccessibleDescription(overall.grade.label)
            self.overall_meaning.setText(overall.grade.meaning)
        else:
            self.overall_badge.setText("Not given")
            self.overall_badge.setStyleSheet("")
            self.overall_badge.setAccessibleDescription("No overall judgement")
            self.overall_meaning.setText(_no_overall(report.kind))
        self.judgements.set_judgements(list(report.judgements))
        self.table.refit_rows()
        self.counts.setText(_contents(self._reports.counts(report)))
        self.next_steps.setText(self._next_steps(report))

    def _next_steps(self, report: InspectionReport) -> str:
        if report.id in self._own:
            return (
                "How children in care and care leavers are doing, in figures, is on the "
                "Children in care and Care leavers pages. The questions to ask about this "
                "report are on the Scrutiny questions page."
            )
        return (
            "This report is about another council: it is held only to compare with. The "
            f"figures, summaries and questions in the app are about "
            f"{self._reports.council_name()}."
        )


def _contents(counts: ReportCounts) -> str:
    """What the report holds, in words, leaving out what it has none of."""

    parts = [f"{plural(counts.findings, 'numbered paragraph')} of findings"]
    if counts.recommendations:
        recommendations = plural(counts.recommendations, "recommendation")
        if counts.priority_recommendations:
            recommendations += (
                f" ({counts.priority_recommendations} for priority and immediate action)"
            )
        parts.append(recommendations)
    if counts.strengths:
        parts.append(f"{plural(counts.strengths, 'listed strength')}")
    return f"The report has {joined(parts)}."


def _no_overall(kind: ReportKind) -> str:
    """Why a report has no overall judgement, in plain words."""
    if kind is ReportKind.LSCB_REVIEW:
        return (
            "This review judged the Local Safeguarding Children Board only, not the "
            "council's services for children."
        )
    if not kind.graded:
        return f"A {kind.label} is reported in a letter of findings, which gives no grades."
    return "The report does not give an overall judgement."
