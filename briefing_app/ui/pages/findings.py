"""Inspection findings: every numbered paragraph by section, and the recommendations."""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.reports import Finding, InspectionReport, Recommendation
from briefing_app.services.reports import ReportService
from briefing_app.ui.models.findings import RecommendationTableModel, SectionListModel
from briefing_app.ui.widgets.report_chooser import ReportChooser

PARAGRAPH_SCHEME = "paragraph"
# Shown before the paragraph the reader asked for, so it stands out without colour.
HIGHLIGHT_MARKER = "▶"


def paragraph_url(number: int) -> str:
    return f"{PARAGRAPH_SCHEME}:{number}"


def section_html(title: str, findings: list[Finding], highlight: int | None = None) -> str:
    parts = [f"<h2>{html.escape(title)}</h2>"]
    subsection = ""
    for finding in findings:
        if finding.subsection and finding.subsection != subsection:
            subsection = finding.subsection
            parts.append(f"<h3>{html.escape(subsection)}</h3>")
        style, marker = "", ""
        if finding.paragraph == highlight:
            # Marked by a symbol as well as the colour; dark text keeps it readable on the
            # pale background in high-contrast colours too.
            style = ' style="background-color: #fff3b0; color: #000000;"'
            marker = f"{HIGHLIGHT_MARKER} "
        parts.append(
            f'<a name="p{finding.paragraph}"></a>'
            f"<p{style}><b>{marker}{finding.paragraph}.</b> {html.escape(finding.text)}</p>"
        )
    return "\n".join(parts)


def recommendation_html(rec: Recommendation, report: InspectionReport) -> str:
    parts = [
        f"<h3>Paragraph {rec.paragraph}: {html.escape(rec.kind_label)}"
        + (f" ({html.escape(rec.topic)})" if rec.topic else "")
        + "</h3>",
        f"<p>{html.escape(rec.text)}</p>",
    ]
    if rec.evidence:
        parts.append("<p><b>The findings behind it:</b></p><ul>")
        for number in rec.evidence:
            finding = report.finding(number)
            excerpt = html.escape(_first_sentence(finding.text)) if finding else ""
            parts.append(
                f'<li><a href="{paragraph_url(number)}">Paragraph {number}</a>: {excerpt}</li>'
            )
        parts.append("</ul>")
    else:
        parts.append("<p>No paragraphs are linked to this recommendation yet.</p>")
    return "\n".join(parts)


def _first_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


class FindingsPage(QWidget):
    title = "Inspection findings"

    def __init__(self, reports: ReportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self.report: InspectionReport | None = None
        self._highlight: int | None = None
        # The number last put in the paragraph box by the page itself: moving the focus
        # out of the box goes to the paragraph only if the reader has changed it.
        self._offered_paragraph = 0

        self.chooser = ReportChooser()
        self.paragraph_box = QSpinBox()
        self.paragraph_box.setAccessibleName("Paragraph number")
        self.paragraph_box.setAccessibleDescription(
            "Type a paragraph number of the report and press Enter to read it"
        )
        self.paragraph_box.setRange(1, 1)
        self.go_button = QPushButton("&Go to paragraph")
        self.go_button.setAccessibleName("Go to paragraph")

        self.sections = SectionListModel()
        self.section_list = QListView()
        self.section_list.setModel(self.sections)
        self.section_list.setAccessibleName("Sections of the report")
        self.section_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_list.setWordWrap(True)
        self.section_list.setSpacing(2)
        self.section_text = QTextBrowser()
        self.section_text.setAccessibleName("Paragraphs in the chosen section")
        self.section_text.setOpenLinks(False)

        self.recommendations = RecommendationTableModel()
        self.recommendation_table = QTableView()
        self.recommendation_table.setModel(self.recommendations)
        self.recommendation_table.setAccessibleName("Recommendations")
        self.recommendation_table.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.recommendation_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recommendation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab moves on to the next control; the arrow keys move between rows.
        self.recommendation_table.setTabKeyNavigation(False)
        self.recommendation_table.setAccessibleDescription(
            "Choose a recommendation to see the findings behind it below"
        )
        self.recommendation_table.verticalHeader().setVisible(False)
        self.recommendation_table.setWordWrap(True)
        header = self.recommendation_table.horizontalHeader()
        for column in (
            RecommendationTableModel.PARAGRAPH,
            RecommendationTableModel.KIND,
            RecommendationTableModel.TOPIC,
            RecommendationTableModel.EVIDENCE,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecommendationTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.recommendation_detail = QTextBrowser()
        self.recommendation_detail.setAccessibleName("The chosen recommendation and its evidence")
        self.recommendation_detail.setOpenLinks(False)

        top = QHBoxLayout()
        chooser_label = QLabel("&Report:")
        chooser_label.setBuddy(self.chooser)
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        paragraph_label = QLabel("&Paragraph:")
        paragraph_label.setBuddy(self.paragraph_box)
        top.addWidget(paragraph_label)
        top.addWidget(self.paragraph_box)
        top.addWidget(self.go_button)

        by_section = QSplitter(Qt.Orientation.Horizontal)
        by_section.addWidget(self.section_list)
        by_section.addWidget(self.section_text)
        by_section.setStretchFactor(1, 3)
        by_section.setSizes([330, 770])

        recommendations = QSplitter(Qt.Orientation.Vertical)
        recommendations.addWidget(self.recommendation_table)
        recommendations.addWidget(self.recommendation_detail)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Findings views")
        self.tabs.tabBar().setAccessibleName("Findings views")
        self.tabs.tabBar().setAccessibleDescription(
            "Paragraphs by section, or the recommendations. Use the arrow keys to switch."
        )
        self.tabs.addTab(by_section, "Paragraphs by &section")
        self.tabs.addTab(recommendations, "Recomme&ndations")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._set_tab_order()

        self.chooser.reportChosen.connect(self.show_report)
        self.section_list.selectionModel().currentChanged.connect(self._on_section_changed)
        self.recommendation_table.selectionModel().currentRowChanged.connect(
            self._on_recommendation_changed
        )
        self.recommendation_detail.anchorClicked.connect(self._on_link)
        self.go_button.clicked.connect(lambda: self.go_to_paragraph(self.paragraph_box.value()))
        self.paragraph_box.editingFinished.connect(self._on_paragraph_entered)
        self.refresh()

    def _set_tab_order(self) -> None:
        """Top row left to right, then the view tabs, then each view's lists and text."""
        order = [
            self.chooser,
            self.paragraph_box,
            self.go_button,
            self.tabs,  # its focus goes to its tab bar
            self.section_list,
            self.section_text,
            self.recommendation_table,
            self.recommendation_detail,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def refresh(self) -> None:
        keep = self.report.id if self.report else None
        self.chooser.set_reports(self._reports.headers(), keep)

    def show_report(self, report_id: int) -> None:
        report = self._reports.get(report_id)
        self.report = report
        self.sections.set_findings(report.findings)
        self.recommendations.set_recommendations(report.recommendations)
        first, last = report.paragraph_range
        self.paragraph_box.setRange(max(first, 1), max(last, 1))
        self._offered_paragraph = self.paragraph_box.value()
        self.recommendation_detail.setHtml(
            "<p>Choose a recommendation to see the findings behind it.</p>"
        )
        if self.sections.rowCount():
            self._select_section(0)
        self.recommendation_table.resizeRowsToContents()

    def go_to_paragraph(self, number: int) -> bool:
        """Show paragraph ``number`` in its section, highlighted. False if there is none."""
        row = self.sections.row_of_paragraph(number)
        if row is None:
            return False
        self.tabs.setCurrentIndex(0)
        self._select_section(row, highlight=number)
        self.paragraph_box.setValue(number)
        self._offered_paragraph = number
        return True

    def _on_paragraph_entered(self) -> None:
        """Enter in the box, or a changed number when the focus leaves it, goes there."""
        number = self.paragraph_box.value()
        if self.paragraph_box.hasFocus() or number != self._offered_paragraph:
            self.go_to_paragraph(number)

    def shown_section(self) -> str:
        index = self.section_list.currentIndex()
        return self.sections.section(index.row())[0] if index.isValid() else ""

    def _select_section(self, row: int, highlight: int | None = None) -> None:
        self._highlight = highlight
        index = self.sections.index(row, 0)
        if self.section_list.currentIndex() == index:
            self._render_section(row)
        else:
            self.section_list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _on_section_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._render_section(current.row())

    def _render_section(self, row: int) -> None:
        highlight, self._highlight = self._highlight, None
        title, findings = self.sections.section(row)
        self.section_text.setHtml(section_html(title, findings, highlight))
        if highlight is not None:
            self.section_text.scrollToAnchor(f"p{highlight}")

    def _on_recommendation_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.report is not None:
            rec = self.recommendations.recommendation(current.row())
            self.recommendation_detail.setHtml(recommendation_html(rec, self.report))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == PARAGRAPH_SCHEME:
            self.go_to_paragraph(int(url.path()))
