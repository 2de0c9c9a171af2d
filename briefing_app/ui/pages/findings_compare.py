"""Two reports of one council side by side: how the grades moved, and what each one said."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.glossary import Glossary
from briefing_app.domain.reports import (
    Finding,
    InspectionReport,
    JudgementArea,
    ReportHeader,
    finding_area,
    group_by_section,
)
from briefing_app.services.reports import ReportService
from briefing_app.ui.widgets.compact import compact
from briefing_app.ui.widgets.term_browser import TermBrowser, marked_html

IMPROVE = "improve"


def grade_change(earlier: InspectionReport, later: InspectionReport, area: JudgementArea) -> str:
    """In words: how the grade for ``area`` moved from the earlier report to the later one."""
    before, after = earlier.judgement(area), later.judgement(area)
    if before is None and after is None:
        return ""
    if before is None:
        return "Newly judged"
    if after is None:
        return "Not judged this time"
    if after.grade.rank < before.grade.rank:
        return "Better"
    if after.grade.rank > before.grade.rank:
        return "Worse"
    return "Same grade"


def changes_html(earlier: InspectionReport, later: InspectionReport) -> str:
    rows = []
    for area in JudgementArea:
        change = grade_change(earlier, later, area)
        if not change:
            continue
        before, after = earlier.judgement(area), later.judgement(area)
        rows.append(
            f"<tr><td>{html.escape(area.label)}</td>"
            f"<td>{before.grade.label if before else 'Not judged'}</td>"
            f"<td>{after.grade.label if after else 'Not judged'}</td>"
            f"<td><b>{change}</b></td></tr>"
        )
    return (
        f"<p><b>{html.escape(earlier.short_title)}</b> compared with "
        f"<b>{html.escape(later.short_title)}</b>.</p>"
        '<table border="1" cellpadding="4" cellspacing="0">'
        "<tr><th>Area inspected</th><th>Earlier grade</th><th>Later grade</th>"
        "<th>Change</th></tr>" + "".join(rows) + "</table>"
    )


def side_html(report: InspectionReport, show: str, glossary: Glossary | None) -> str:
    parts = [f"<h2>{html.escape(report.short_title)}</h2>"]
    if show == IMPROVE:
        parts.append("<h3>What needs to improve</h3>")
        if not report.recommendations:
            parts.append("<p>The report makes no recommendations.</p>")
        parts.append("<ol>")
        for rec in report.recommendations:
            parts.append(f"<li>{marked_html(rec.text, glossary)}</li>")
        parts.append("</ol>")
        return "\n".join(parts)
    area = JudgementArea(show)
    judgement = report.judgement(area)
    grade = judgement.grade.label if judgement else "Not judged"
    parts.append(f"<p><b>{html.escape(area.label)}: {grade}</b></p>")
    chosen: list[Finding] = [f for f in report.findings if finding_area(f) is area]
    if not chosen:
        parts.append("<p>No numbered paragraphs sit under this judgement.</p>")
    for title, findings in group_by_section(chosen):
        parts.append(f"<h3>{html.escape(title)}</h3>")
        for finding in findings:
            parts.append(
                f"<p><b>{finding.paragraph}.</b> {marked_html(finding.text, glossary)}</p>"
            )
    return "\n".join(parts)


class ComparePanel(QWidget):
    """Choose two reports of the council shown; see the grades' changes and both texts."""

    def __init__(
        self, reports: ReportService, glossary: Glossary | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._glossary = glossary
        self.earlier_box = QComboBox()
        self.earlier_box.setAccessibleName("Earlier report")
        self.later_box = QComboBox()
        self.later_box.setAccessibleName("Later report")
        self.show_box = QComboBox()
        self.show_box.setAccessibleName("What to compare")
        for box in (self.earlier_box, self.later_box, self.show_box):
            compact(box)
        self.show_box.addItem("What needs to improve", IMPROVE)
        for area in JudgementArea:
            if area is not JudgementArea.OVERALL_EFFECTIVENESS:
                self.show_box.addItem(area.label, area.value)
        self.changes = TermBrowser("How the grades changed", glossary)
        self.left = TermBrowser("The earlier report", glossary)
        self.right = TermBrowser("The later report", glossary)

        grid = QGridLayout()
        for row, column, text, box in (
            (0, 0, "Earl&ier:", self.earlier_box),
            (0, 2, "&Later:", self.later_box),
            (1, 0, "Sho&w:", self.show_box),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            grid.addWidget(label, row, column)
            grid.addWidget(box, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        sides = QSplitter()
        sides.addWidget(self.left)
        sides.addWidget(self.right)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.changes, 1)
        layout.addWidget(sides, 3)
        for box in (self.earlier_box, self.later_box, self.show_box):
            box.currentIndexChanged.connect(lambda _index: self.show_comparison())

    def set_reports(self, headers: list[ReportHeader]) -> None:
        """Offer the reports of one council, oldest first; compare the last two by default."""
        ordered = sorted(headers, key=lambda h: (h.inspection_end, h.id))
        for box in (self.earlier_box, self.later_box):
            box.blockSignals(True)
            box.clear()
            for header in ordered:
                box.addItem(header.short_title, header.id)
            box.blockSignals(False)
        if len(ordered) >= 2:
            self.earlier_box.setCurrentIndex(len(ordered) - 2)
            self.later_box.setCurrentIndex(len(ordered) - 1)
        self.show_comparison()

    def show_comparison(self) -> None:
        earlier_id, later_id = self.earlier_box.currentData(), self.later_box.currentData()
        if earlier_id is None or later_id is None or self.earlier_box.count() < 2:
            self.changes.setHtml(
                "<p>Only one report of this council is held. Import another of its "
                "inspection reports (File, Import report) to compare them.</p>"
            )
            self.left.setHtml("")
            self.right.setHtml("")
            return
        earlier, later = self._reports.get(int(earlier_id)), self._reports.get(int(later_id))
        show = str(self.show_box.currentData())
        self.changes.setHtml(changes_html(earlier, later))
        self.left.setHtml(side_html(earlier, show, self._glossary))
        self.right.setHtml(side_html(later, show, self._glossary))
