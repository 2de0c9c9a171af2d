"""Inspection findings: browse, filter and search the paragraphs of every report held.

Choose a council and one of its reports; read its paragraphs section by section,
filtered by the judgement they bear on and by theme; read its recommendations and the
findings behind them; search every report at once (Ctrl+F); see the council's history
(every report held of it, with its grades, and its statistical neighbours' reports); or
compare any two reports side by side. Which council a report is about is the history
service's to say (``HistoryService.council_of``).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.glossary import Glossary
from briefing_app.domain.reports import Finding, InspectionReport, ReportHeader, finding_area
from briefing_app.domain.themes import THEMES
from briefing_app.services.history import HistoryService
from briefing_app.services.reports import ReportService
from briefing_app.ui.models.findings import RecommendationTableModel, SectionListModel
from briefing_app.ui.pages.findings_compare import ComparePanel
from briefing_app.ui.pages.findings_history import HistoryPanel
from briefing_app.ui.pages.findings_html import (
    PARAGRAPH_SCHEME,
    recommendation_html,
    section_html,
)
from briefing_app.ui.pages.findings_search import SearchPanel
from briefing_app.ui.widgets.compact import compact
from briefing_app.ui.widgets.report_chooser import ReportChooser
from briefing_app.ui.widgets.tables import row_table
from briefing_app.ui.widgets.term_browser import TermBrowser

ALL = ""
SECTIONS_TAB, RECOMMENDATIONS_TAB, SEARCH_TAB, HISTORY_TAB, COMPARE_TAB = range(5)


class FindingsPage(QWidget):
    title = "Inspection findings"

    def __init__(
        self,
        reports: ReportService,
        history: HistoryService,
        glossary: Glossary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._history = history
        self._glossary = glossary
        self._headers: list[ReportHeader] = []
        self.report: InspectionReport | None = None
        self._highlight: int | None = None

        self.council = QComboBox()
        self.council.setAccessibleName("Council")
        self.chooser = ReportChooser()
        self.paragraph_box = QSpinBox()
        self.paragraph_box.setAccessibleName("Paragraph number")
        self.paragraph_box.setAccessibleDescription(
            "Type a paragraph number of the report and press Enter to read it"
        )
        # The number last put in the box by the page itself: moving the focus out of the
        # box goes to the paragraph only if the reader has changed it.
        self._offered_paragraph = 0
        self.paragraph_box.setRange(1, 1)
        self.go_button = QPushButton("&Go to paragraph")
        self.go_button.setAccessibleName("Go to paragraph")
        self.judgement_filter = QComboBox()
        self.judgement_filter.setAccessibleName("Show paragraphs about the judgement")
        self.theme_filter = QComboBox()
        self.theme_filter.setAccessibleName("Show paragraphs about the theme")
        for box in (self.council, self.judgement_filter, self.theme_filter):
            compact(box)
        self.filter_note = QLabel()
        self.filter_note.setAccessibleName("How many paragraphs are shown")

        self.sections = SectionListModel()
        self.section_list = QListView()
        self.section_list.setModel(self.sections)
        self.section_list.setAccessibleName("Sections of the report")
        self.section_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_list.setWordWrap(True)
        self.section_list.setSpacing(2)
        self.section_text = TermBrowser("Paragraphs in the chosen section", glossary)

        self.recommendations = RecommendationTableModel()
        self.recommendation_table = row_table(self.recommendations, "Recommendations")
        self.recommendation_table.setAccessibleDescription(
            "Choose a recommendation to see the findings behind it below"
        )
        header = self.recommendation_table.horizontalHeader()
        for column in (
            RecommendationTableModel.PARAGRAPH,
            RecommendationTableModel.KIND,
            RecommendationTableModel.TOPIC,
            RecommendationTableModel.EVIDENCE,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecommendationTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.recommendation_detail = TermBrowser(
            "The chosen recommendation and its evidence", glossary
        )
        self.search = SearchPanel(reports, glossary)
        self.history = HistoryPanel(history, glossary)
        self.compare = ComparePanel(reports, glossary)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Findings views")
        self.tabs.tabBar().setAccessibleName("Findings views")
        self.tabs.addTab(self._by_section(), "Paragraphs by &section")
        recommendations = QSplitter(Qt.Orientation.Vertical)
        recommendations.addWidget(self.recommendation_table)
        recommendations.addWidget(self.recommendation_detail)
        self.tabs.addTab(recommendations, "Recomme&ndations")
        self.tabs.addTab(self.search, "Search &all reports")
        self.tabs.addTab(self.history, "Council histor&y")
        self.tabs.addTab(self.compare, "&Compare reports")

        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(self.tabs, 1)

        self.council.currentIndexChanged.connect(lambda _index: self._on_council_changed())
        self.chooser.reportChosen.connect(self.show_report)
        self.judgement_filter.currentIndexChanged.connect(lambda _index: self._apply_filters())
        self.theme_filter.currentIndexChanged.connect(lambda _index: self._apply_filters())
        self.section_list.selectionModel().currentChanged.connect(self._on_section_changed)
        self.recommendation_table.selectionModel().currentRowChanged.connect(
            self._on_recommendation_changed
        )
        self.recommendation_detail.linkActivated.connect(self._on_link)
        self.search.openParagraph.connect(self.open_paragraph)
        self.history.openReport.connect(self.read_report)
        self.history.compareReports.connect(self.compare_reports)
        self.tabs.currentChanged.connect(lambda _index: self._update_history())
        self.go_button.clicked.connect(lambda: self.go_to_paragraph(self.paragraph_box.value()))
        self.paragraph_box.editingFinished.connect(self._on_paragraph_entered)
        self.refresh()

    def _top_row(self) -> QGridLayout:
        grid = QGridLayout()
        cells = (
            (0, 0, "C&ouncil:", self.council),
            (0, 2, "&Report:", self.chooser),
            (1, 0, "&Judgement:", self.judgement_filter),
            (1, 2, "&Theme:", self.theme_filter),
            (2, 0, "&Paragraph:", self.paragraph_box),
        )
        for row, column, text, widget in cells:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)
        go = QHBoxLayout()
        go.addWidget(self.go_button)
        go.addWidget(self.filter_note, 1)
        grid.addLayout(go, 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        return grid

    def _by_section(self) -> QSplitter:
        by_section = QSplitter(Qt.Orientation.Horizontal)
        by_section.addWidget(self.section_list)
        by_section.addWidget(self.section_text)
        by_section.setStretchFactor(1, 3)
        by_section.setSizes([330, 770])
        return by_section

    # -- choosing a council and a report ----------------------------------------------

    def wait_for_background_work(self) -> None:
        """The search runs off the UI thread: let it end."""
        self.search.wait_for_background_work()

    def refresh(self) -> None:
        """Reload the list of reports (after an import) and keep the one shown if it is there."""
        keep = self.report.id if self.report else None
        council = self.council.currentData()
        self._headers = self._reports.headers()
        self.council.blockSignals(True)
        self.council.clear()
        self.council.addItem("All councils", ALL)
        for group in self._history.by_council(self._headers):
            self.council.addItem(group.name, group.key)
        index = self.council.findData(council) if council else 0
        self.council.setCurrentIndex(max(index, 0))
        self.council.blockSignals(False)
        self._fill_reports(keep)

    def _on_council_changed(self) -> None:
        self._fill_reports(self.report.id if self.report else None)

    def _council_headers(self) -> list[ReportHeader]:
        council = self.council.currentData()
        return [h for h in self._headers if not council or self._history.key_of(h) == council]

    def _fill_reports(self, keep: int | None) -> None:
        self.chooser.set_reports(self._council_headers(), keep)
        self._update_compare()

    def _update_compare(self) -> None:
        """The other views follow the report shown: its council's reports, its
        neighbours', and the council's history."""
        header = next((h for h in self._headers if self.report and h.id == self.report.id), None)
        same = self._history.same_council(header) if header else []
        near = self._history.neighbourhood(header) if header else []
        rest = sorted(
            (h for h in self._headers if h not in near),
            key=lambda h: (h.authority.casefold(), h.inspection_end),
        )
        self.compare.set_reports([*near, *rest], same)
        self.search.set_context(
            header.id if header else None, [h.id for h in same], [h.id for h in near]
        )
        self._update_history()

    def _update_history(self) -> None:
        if self.tabs.currentIndex() == HISTORY_TAB:
            self.history.show_history(self.report.id if self.report else None)

    def read_report(self, report_id: int) -> None:
        """Show report ``report_id`` from its first section (from the history)."""
        self._choose_report(report_id)
        self.tabs.setCurrentIndex(SECTIONS_TAB)

    def _choose_report(self, report_id: int) -> None:
        """Show report ``report_id``, showing every council's if its council is not chosen."""
        if report_id not in {h.id for h in self._council_headers()}:
            self.council.setCurrentIndex(0)
        index = self.chooser.findData(report_id)
        if index >= 0 and self.chooser.current_report_id() != report_id:
            self.chooser.setCurrentIndex(index)

    def compare_reports(self, first: int, second: int) -> None:
        """Compare reports ``first`` and ``second`` (from the history)."""
        self.compare.compare(first, second)
        self.tabs.setCurrentIndex(COMPARE_TAB)

    def show_report(self, report_id: int) -> None:
        report = self._reports.get(report_id)
        self.report = report
        self._fill_filters(report)
        self.recommendations.set_recommendations(report.recommendations)
        first, last = report.paragraph_range
        self.paragraph_box.setRange(max(first, 1), max(last, 1))
        self._offered_paragraph = self.paragraph_box.value()
        self.recommendation_detail.setHtml(
            "<p>Choose a recommendation to see the findings behind it.</p>"
        )
        self._apply_filters()
        self.recommendation_table.resizeRowsToContents()
        self._update_compare()

    def open_paragraph(self, report_id: int, paragraph: int) -> bool:
        """Show paragraph ``paragraph`` of report ``report_id`` (from a search result)."""
        self._choose_report(report_id)
        return self.go_to_paragraph(paragraph)

    # -- filters -----------------------------------------------------------------------

    def _fill_filters(self, report: InspectionReport) -> None:
        areas = [
            j.area
            for j in report.judgements
            if any(finding_area(f) is j.area for f in report.findings)
        ]
        themes = {t for f in report.findings for t in f.themes}
        for box, items, everything in (
            (self.judgement_filter, [(a.label, a.value) for a in areas], "All judgements"),
            (
                self.theme_filter,
                [(t.label, t.key) for t in THEMES if t.key in themes],
                "All themes",
            ),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, ALL)
            for label, value in items:
                box.addItem(label, value)
            box.blockSignals(False)

    def shown_findings(self) -> list[Finding]:
        """The report's paragraphs that pass the judgement and theme filters."""
        if self.report is None:
            return []
        area, theme = self.judgement_filter.currentData(), self.theme_filter.currentData()
        return [
            f
            for f in self.report.findings
            if (not area or ((a := finding_area(f)) is not None and a.value == area))
            and (not theme or theme in f.themes)
        ]

    def _apply_filters(self) -> None:
        if self.report is None:
            return
        shown = self.shown_findings()
        total = len(self.report.findings)
        self.filter_note.setText(
            f"Showing all {total} paragraphs."
            if len(shown) == total
            else f"Showing {len(shown)} of {total} paragraphs."
        )
        self.sections.set_findings(tuple(shown))
        if self.sections.rowCount():
            self._select_section(0)
        else:
            self.section_text.setHtml("<p>No paragraph matches the filters chosen.</p>")

    def clear_filters(self) -> None:
        for box in (self.judgement_filter, self.theme_filter):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._apply_filters()

    # -- reading -------------------------------------------------------------------------

    def go_to_paragraph(self, number: int) -> bool:
        """Show paragraph ``number`` in its section, highlighted. False if there is none."""
        row = self.sections.row_of_paragraph(number)
        if row is None and self.report is not None and self.report.finding(number):
            self.clear_filters()
            row = self.sections.row_of_paragraph(number)
        if row is None:
            return False
        self.tabs.setCurrentIndex(SECTIONS_TAB)
        self._select_section(row, highlight=number)
        self.paragraph_box.setValue(number)
        self._offered_paragraph = number
        return True

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(SEARCH_TAB)
        self.search.focus_search()

    def show_paragraph(self, report_id: int | None, number: int) -> bool:
        """Show paragraph ``number`` of report ``report_id`` (or of the report shown)."""
        if report_id is not None:
            self._choose_report(report_id)
        return self.go_to_paragraph(number)

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
        self.section_text.setHtml(section_html(title, findings, highlight, self._glossary))
        if highlight is not None:
            self.section_text.scrollToAnchor(f"p{highlight}")

    def _on_recommendation_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.report is not None:
            rec = self.recommendations.recommendation(current.row())
            self.recommendation_detail.setHtml(
                recommendation_html(rec, self.report, self._glossary)
            )

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == PARAGRAPH_SCHEME:
            self.go_to_paragraph(int(url.path()))
