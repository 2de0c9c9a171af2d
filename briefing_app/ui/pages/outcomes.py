"""The "Children in care" and "Care leavers" pages: summaries in plain English; the
council's figures as the DfE published them, each against England, its region, its
statistical neighbours and every council, with its trend and chart (the Figures tab,
``council_figures_tab.py``); and the figures quoted in the inspection report, with the
findings they rest on."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.glossary import Glossary
from briefing_app.domain.outcomes import Audience, Indicator, topics_for
from briefing_app.domain.summaries import Summary
from briefing_app.services.council_figures import CouncilFiguresService
from briefing_app.services.council_summaries import CouncilSummariesService
from briefing_app.services.outcomes import FigureChange, OutcomesService
from briefing_app.ui.dialogs.indicator_edit import FigureEditDialog
from briefing_app.ui.dialogs.section_view import SectionDialog
from briefing_app.ui.dialogs.summary_edit import SummaryEditDialog
from briefing_app.ui.models.indicators import IndicatorTableModel
from briefing_app.ui.pages.council_figures_tab import CouncilFiguresTab
from briefing_app.ui.pages.outcomes_questions import QuestionsTab
from briefing_app.ui.pages.outcomes_summaries import SummaryTab
from briefing_app.ui.pages.outcomes_table import FiguresTable
from briefing_app.ui.widgets.chart_panel import TABLE_SHORTCUT, ChartPanel
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.indicator_detail import IndicatorDetail
from briefing_app.ui.widgets.summary_html import FIGURE_SCHEME, PARAGRAPH_SCHEME
from briefing_app.ui.widgets.tables import select_row

OpenParagraph = Callable[[int | None, int], None]

_INTROS = {
    Audience.CHILDREN_IN_CARE: (
        "How the council's children in care are doing, in plain English. Each sentence links "
        "to the report paragraphs or figures it rests on. The Figures tab shows every figure "
        "the Department for Education (DfE) publishes, how it compares with England, the "
        "region and similar councils, and whether it is getting better."
    ),
    Audience.CARE_LEAVERS: (
        "How young people who have left the council's care are doing, in plain English. Each "
        "sentence links to the report paragraphs or figures it rests on. The Figures tab shows "
        "every figure the Department for Education (DfE) publishes, how it compares with "
        "England, the region and similar councils, and whether it is getting better."
    ),
}
REPORT_TAB = "Quoted in the &report"
QUESTIONS_TAB = "Questions to as&k"


@dataclass(frozen=True)
class _Undo:
    description: str
    action: Callable[[], None]


class OutcomesPage(QWidget):
    def __init__(
        self,
        outcomes: OutcomesService,
        audience: Audience,
        open_paragraph: OpenParagraph | None = None,
        glossary: Glossary | None = None,
        figures: CouncilFiguresService | None = None,
        summaries: CouncilSummariesService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outcomes = outcomes
        self.figures_tab = CouncilFiguresTab(figures, audience) if figures is not None else None
        self.audience = audience
        self._open_paragraph = open_paragraph
        self._indicators: list[Indicator] = []
        self._undo: list[_Undo] = []
        self.figure_dialog: FigureEditDialog | None = None
        self.section_dialog: SectionDialog | None = None

        self.heading = Heading(audience.label, level=1)
        self.intro = QLabel(_INTROS[audience])
        self.intro.setWordWrap(True)
        self.attribution = QLabel()
        self.attribution.setWordWrap(True)

        self.summary_tab = SummaryTab(outcomes, audience, summaries, self._push_undo)
        self.summary_tab.linkClicked.connect(self._on_link)
        self.summary_view = self.summary_tab.view
        self.questions_tab = QuestionsTab(summaries, audience) if summaries is not None else None
        if self.questions_tab is not None:
            self.questions_tab.linkClicked.connect(self._on_link)
        self.topic_box = self.summary_tab.topic_box
        self.edit_summary_button = self.summary_tab.edit_button

        self.model = IndicatorTableModel()
        self.table = FiguresTable(self.model, f"Figures: {audience.label}")
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName("Show figures for")
        self.filter_box.addItem("All topics", "")
        for topic in topics_for(audience):
            self.filter_box.addItem(topic.title, topic.key)
        self.filter_box.currentIndexChanged.connect(lambda _index: self._fill_table())
        # Enter or a double click on a figure opens it for editing.
        self.table.doubleClicked.connect(lambda _index: self.edit_current_figure())
        edit_action = QAction("Edit this figure", self.table)
        edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self.edit_current_figure)
        self.table.addAction(edit_action)
        self.detail = IndicatorDetail(glossary)
        self.detail.paragraphRequested.connect(self._on_paragraph_requested)
        self.detail.sectionRequested.connect(self.show_section)
        self.detail.editRequested.connect(self.edit_current_figure)

        self.undo_button = QPushButton("&Undo last change")
        self.undo_button.setAccessibleName("Undo the last change on this page")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        undo_action = QAction("Undo", self)
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_action.triggered.connect(self.undo)
        self.addAction(undo_action)

        # The figures behind every chart on the page, one key press away.
        table_action = QAction("Show the charts' figures as tables", self)
        table_action.setShortcut(QKeySequence(TABLE_SHORTCUT))
        table_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table_action.triggered.connect(self.switch_charts)
        self.addAction(table_action)

        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.refresh()

    def _build_layout(self) -> None:
        detail_scroll = QScrollArea()
        detail_scroll.setAccessibleName("The chosen figure in full")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_label = QLabel("Show &topic:")
        filter_label.setBuddy(self.filter_box)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_box, 1)
        table_layout.addLayout(filter_row)
        table_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table_side)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 400])
        splitter.setChildrenCollapsible(False)
        self.report_tab = QWidget()
        report_layout = QVBoxLayout(self.report_tab)
        report_layout.addWidget(self.attribution)
        report_layout.addWidget(splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(f"{self.audience.label} views")
        self.tabs.tabBar().setAccessibleName(f"{self.audience.label} views")
        self.tabs.addTab(self.summary_tab, "Summar&y")
        if self.figures_tab is not None:
            self.tabs.addTab(self.figures_tab, "Fi&gures")
        self.tabs.addTab(self.report_tab, REPORT_TAB)
        if self.questions_tab is not None:
            self.tabs.addTab(self.questions_tab, QUESTIONS_TAB)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)

    # -- loading ------------------------------------------------------------------------

    def wait_for_background_work(self) -> None:
        """Nothing on this page runs off the UI thread."""

    def refresh(self) -> None:
        """Reload the summaries and figures, keeping the chosen figure and topic."""
        keep = self.current_indicator()
        self._indicators = self._outcomes.indicators(self.audience)
        self.summary_tab.refresh()
        title = self._outcomes.report_title()
        self.attribution.setText(
            f"The figures the inspection report quotes. Unless a figure says otherwise, it "
            f"comes from {title}."
            if title
            else "Figures officers have added from the council's own records."
        )
        # The report's figures are shown when there are any (the table of a hidden tab is
        # left empty: it is not drawn); the DfE's whenever the app knows indicators for
        # the page (a council with no figure says why).
        quoted = any(i.current is not None for i in self._indicators)
        if quoted:
            self._fill_table(keep.key if keep else None)
        else:
            self.model.set_indicators([])
        if self.figures_tab is not None:
            self.figures_tab.refresh()
        if self.questions_tab is not None:
            self.questions_tab.refresh()
        self._show_tab(self.report_tab, quoted)
        if self.figures_tab is not None:
            self._show_tab(self.figures_tab, self.figures_tab.has_series)

    def _show_tab(self, tab: QWidget, shown: bool) -> None:
        """A tab with nothing to show is hidden, and cannot be chosen by its shortcut."""
        index = self.tabs.indexOf(tab)
        self.tabs.setTabVisible(index, shown)
        self.tabs.setTabEnabled(index, shown)

    def show_report_figures(self) -> None:
        """Show the tab of figures quoted in the inspection report."""
        self.tabs.setCurrentWidget(self.report_tab)

    def show_figures(self) -> None:
        """Show the tab of the DfE's published figures."""
        if self.figures_tab is not None:
            self.tabs.setCurrentWidget(self.figures_tab)

    def switch_charts(self) -> None:
        """Every chart on the tab shown becomes the table of its figures, or back."""
        current = self.tabs.currentWidget()
        for panel in current.findChildren(ChartPanel):
            if panel.chart is not None:
                panel.switch()

    def _fill_table(self, keep: str | None = None) -> None:
        """Show the figures for the topic chosen above the table (or all of them)."""
        if keep is None:
            chosen = self.current_indicator()
            keep = chosen.key if chosen else None
        topic = self.filter_box.currentData()
        shown = [i for i in self._indicators if not topic or i.definition.topic == topic]
        self.model.set_indicators(shown)
        self.table.fit_columns()
        if keep is None or not self.select_indicator(keep):
            self.select_indicator(shown[0].key if shown else "")

    def current_indicator(self) -> Indicator | None:
        index = self.table.currentIndex()
        return self.model.indicator(index.row()) if index.isValid() else None

    def select_indicator(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            self.detail.show_indicator(None, None, None, "")
            return False
        select_row(self.table, row, IndicatorTableModel.MEASURE)
        self._show(self.model.indicator(row))
        return True

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.indicator(current.row()))

    def _show(self, indicator: Indicator) -> None:
        comparison, trend = self._outcomes.charts(indicator)
        self.detail.show_indicator(indicator, comparison, trend, self._outcomes.report_title())

    # -- links ----------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == PARAGRAPH_SCHEME:
            self.open_paragraph(int(url.path()), self._outcomes.latest_report_id())
        elif url.scheme() == FIGURE_SCHEME:
            key = url.path()
            if self.figures_tab is not None and self.figures_tab.model.row_of(key) is not None:
                self.figures_tab.filter_box.setCurrentIndex(0)
                self.show_figures()
                self.figures_tab.select(key)
            else:
                self.filter_box.setCurrentIndex(0)
                self.show_report_figures()
                self.select_indicator(key)

    def _on_paragraph_requested(self, paragraph: int) -> None:
        indicator = self.current_indicator()
        current = indicator.current if indicator else None
        report_id = current.source.report_id if current else None
        self.open_paragraph(paragraph, report_id)

    def show_section(self, heading: str) -> None:
        """Show the named unnumbered section of the report, the figure's words highlighted."""
        indicator = self.current_indicator()
        current = indicator.current if indicator else None
        report_id = current.source.report_id if current else None
        text = self._outcomes.section_text(report_id, heading)
        if text is None:
            self.detail.source.setText(
                self.detail.source.text() + " The app does not hold that section's text."
            )
            return
        quote = current.source.quote if current else ""
        self.section_dialog = SectionDialog(heading, text, quote, self)
        self.section_dialog.open()

    def open_paragraph(self, paragraph: int, report_id: int | None) -> None:
        """Show ``paragraph`` of the report on the Inspection findings page."""
        if self._open_paragraph is not None:
            self._open_paragraph(report_id, paragraph)

    # -- changes --------------------------------------------------------------------------

    def edit_current_figure(self) -> None:
        indicator = self.current_indicator()
        if indicator is None:
            return
        dialog = FigureEditDialog(self._outcomes, indicator, self)
        dialog.finished.connect(lambda _result: self._figure_edited(dialog))
        self.figure_dialog = dialog
        dialog.open()

    def _figure_edited(self, dialog: FigureEditDialog) -> None:
        change = dialog.change
        if change is not None:
            self._push_undo(
                f"the change to “{dialog.indicator.definition.label}”",
                functools.partial(self._undo_figure, change),
            )
            self.refresh()
            self.select_indicator(change.key)

    def _undo_figure(self, change: FigureChange) -> None:
        self._outcomes.undo(change)
        self.refresh()
        self.select_indicator(change.key)

    @property
    def summaries(self) -> list[Summary]:
        """The summaries shown, topic by topic."""
        return self.summary_tab.summaries

    @property
    def summary_dialog(self) -> SummaryEditDialog | None:
        return self.summary_tab.dialog

    def edit_summary(self) -> None:
        self.summary_tab.edit_summary()

    def _push_undo(self, description: str, action: Callable[[], None]) -> None:
        self._undo.append(_Undo(description, action))
        self._update_undo_button()

    def _update_undo_button(self) -> None:
        self.undo_button.setEnabled(bool(self._undo))
        tip = f"Undo {self._undo[-1].description}" if self._undo else "Nothing to undo"
        self.undo_button.setToolTip(tip)
        self.undo_button.setAccessibleDescription(tip)

    def undo(self) -> bool:
        """Undo the last change made on this page. False if there was none."""
        if not self._undo:
            return False
        entry = self._undo.pop()
        entry.action()
        self._update_undo_button()
        return True
