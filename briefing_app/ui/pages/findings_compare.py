"""Any two reports side by side: how their grades differ, and what each one said.

The reports offered are those of the council shown first, then its statistical
neighbours', then every other report held. Grades are compared only within one framework
(``domain.history.grade_change``); the earlier report is always on the left.
"""

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
from briefing_app.domain.history import frameworks_note, grade_change
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


def changes_html(first: InspectionReport, second: InspectionReport) -> str:
    """The two reports' grades, area by area, earlier first, and how they differ."""
    earlier, later = sorted((first, second), key=lambda r: (r.inspection_end, r.id or 0))
    rows = []
    for area in JudgementArea:
        change = grade_change(earlier, later, area)
        if not change:
            continue
        before, after = earlier.judgement(area), later.judgement(area)
        rows.append(
            f"<tr><td>{html.escape(area.label)}</td>"
            f"<td>{before.grade.text if before else 'Not judged'}</td>"
            f"<td>{after.grade.text if after else 'Not judged'}</td>"
            f"<td><b>{change}</b></td></tr>"
        )
    notes = []
    if earlier.authority.casefold() != later.authority.casefold():
        notes.append(
            "<p>These are reports of different councils, inspected at different times.</p>"
        )
    if note := frameworks_note(earlier, later):
        notes.append(f"<p>{html.escape(note)}</p>")
    if not rows:
        rows.append('<tr><td colspan="4">Neither report gives grades.</td></tr>')
    return (
        f"<p><b>{html.escape(earlier.short_title)}</b> (earlier) compared with "
        f"<b>{html.escape(later.short_title)}</b> (later).</p>"
        '<table border="1" cellpadding="4" cellspacing="0">'
        f"<tr><th>Area inspected</th><th>{html.escape(earlier.short_title)}</th>"
        f"<th>{html.escape(later.short_title)}</th><th>Difference</th></tr>"
        + "".join(rows)
        + "</table>"
        + "".join(notes)
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
    """Choose any two reports held; see their grades side by side and both texts."""

    def __init__(
        self, reports: ReportService, glossary: Glossary | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._glossary = glossary
        self.first_box = QComboBox()
        self.first_box.setAccessibleName("First report to compare")
        self.second_box = QComboBox()
        self.second_box.setAccessibleName("Second report to compare")
        self.show_box = QComboBox()
        self.show_box.setAccessibleName("What to compare")
        for box in (self.first_box, self.second_box, self.show_box):
            compact(box)
        self.show_box.addItem("What needs to improve", IMPROVE)
        for area in JudgementArea:
            if area is not JudgementArea.OVERALL_EFFECTIVENESS:
                self.show_box.addItem(area.label, area.value)
        self.changes = TermBrowser("How the grades differ", glossary)
        self.left = TermBrowser("The earlier report", glossary)
        self.right = TermBrowser("The later report", glossary)

        grid = QGridLayout()
        for row, column, text, box in (
            (0, 0, "Report &1:", self.first_box),
            (0, 2, "Report &2:", self.second_box),
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
        for box in (self.first_box, self.second_box, self.show_box):
            box.currentIndexChanged.connect(lambda _index: self.show_comparison())

    def set_reports(self, headers: list[ReportHeader], council: list[ReportHeader]) -> None:
        """Offer ``headers`` (every report held, in the order to list them); choose the
        last two of ``council`` (the reports of the council shown) if it has two, keeping
        the two chosen if they are still held."""
        kept = (self.first_box.currentData(), self.second_box.currentData())
        for box in (self.first_box, self.second_box):
            box.blockSignals(True)
            box.clear()
            for header in headers:
                box.addItem(header.short_title, header.id)
            box.blockSignals(False)
        ordered = sorted(council, key=lambda h: (h.inspection_end, h.id))
        if None not in kept and all(self.first_box.findData(i) >= 0 for i in kept):
            self._choose(int(kept[0]), int(kept[1]))
        elif len(ordered) >= 2:
            self._choose(ordered[-2].id, ordered[-1].id)
        elif ordered and len(headers) >= 2:
            other = next(h for h in headers if h.id != ordered[0].id)
            self._choose(ordered[0].id, other.id)
        self.show_comparison()

    def compare(self, first: int, second: int) -> None:
        """Compare the reports ``first`` and ``second``."""
        self._choose(first, second)
        self.show_comparison()

    def _choose(self, first: int, second: int) -> None:
        for box, report_id in ((self.first_box, first), (self.second_box, second)):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(report_id), 0))
            box.blockSignals(False)

    def show_comparison(self) -> None:
        first_id, second_id = self.first_box.currentData(), self.second_box.currentData()
        if self.first_box.count() < 2 or first_id is None or second_id is None:
            self.changes.setHtml(
                "<p>Only one report is held. Import another (File, Import report) to "
                "compare them.</p>"
            )
            self.left.setHtml("")
            self.right.setHtml("")
            return
        if first_id == second_id:
            self.changes.setHtml("<p>Choose two different reports to compare.</p>")
            self.left.setHtml("")
            self.right.setHtml("")
            return
        first, second = self._reports.get(int(first_id)), self._reports.get(int(second_id))
        earlier, later = sorted((first, second), key=lambda r: (r.inspection_end, r.id or 0))
        show = str(self.show_box.currentData())
        self.changes.setHtml(changes_html(earlier, later))
        self.left.setHtml(side_html(earlier, show, self._glossary))
        self.right.setHtml(side_html(later, show, self._glossary))
