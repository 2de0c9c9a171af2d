"""Searching every report held as the user types, with the matches highlighted and links
to each paragraph.

The search runs off the window's thread (``LatestSearch``), on a connection of its own:
the typing never waits, and a search overtaken by newer typing is dropped. A page of
paragraphs is shown at a time, best matches first or newest report first in paragraph
order; "Show more" adds the next page.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.glossary import Glossary
from briefing_app.domain.search import FindingHit, FindingOrder, FindingResults
from briefing_app.domain.wording import plural
from briefing_app.services.reports import ReportService
from briefing_app.ui.search_worker import LatestSearch
from briefing_app.ui.widgets.compact import compact
from briefing_app.ui.widgets.term_browser import TermBrowser, hit_html

HIT_SCHEME = "hit"
SCOPE_ALL, SCOPE_COUNCIL, SCOPE_NEIGHBOURHOOD, SCOPE_REPORT = range(4)
SCOPES = (
    "All reports",
    "This council's reports",
    "This council's and its statistical neighbours' reports",
    "This report",
)
# A page of paragraphs: as many as a search as you type shows, and "Show more" adds.
PAGE = 20
# Keys typed closer together than this are one search.
_TYPING_PAUSE_MS = 150


def hit_url(hit: FindingHit) -> str:
    return f"{HIT_SCHEME}:{hit.report_id}/{hit.paragraph}"


def results_html(found: FindingResults, glossary: Glossary | None) -> str:
    if not found.words.strip():
        return "<p>Type words to find every paragraph that uses them, in every report held.</p>"
    if not found.hits:
        return f"<p>No paragraph uses all of: <b>{_escape(found.words)}</b>.</p>"
    parts = []
    for hit in found.hits:
        parts.append(
            f'<h3><a href="{hit_url(hit)}">{_escape(hit.report_title)}, paragraph '
            f"{hit.paragraph}</a></h3><p><i>{_escape(hit.section)}</i></p>"
            f"<p>{hit_html(hit, glossary)}</p>"
        )
    return "\n".join(parts)


def count_text(found: FindingResults) -> str:
    """How much was found and in what order, in a sentence or two."""
    if not found.words.strip():
        return ""
    if found.capped:
        return (
            f"More than {found.total:,} paragraphs use these words: too many to sort. "
            f"Here are {plural(len(found.hits), 'paragraph')} of the reports added most "
            "recently. Add words to narrow the search."
        )
    if not found.hits:
        return "No paragraph found."
    where = f" in {plural(found.reports, 'report')}" if found.reports else ""
    order = (
        "best matches first"
        if found.order is FindingOrder.RELEVANCE
        else ("newest report first, in paragraph order")
    )
    shown = f" Showing the first {len(found.hits)}, {order}." if found.more else f" Shown {order}."
    return f"{plural(found.total, 'paragraph')} found{where}.{shown}"


def _escape(text: str) -> str:
    return html.escape(text)


class SearchPanel(QWidget):
    """A search box over every report's paragraphs (accents ignored), and what it finds."""

    openParagraph = Signal(int, int)
    # A search's results are on show.
    searched = Signal()

    def __init__(
        self, reports: ReportService, glossary: Glossary | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._glossary = glossary
        self._searcher = reports.searcher()
        self._latest = LatestSearch(self, on_stop=self._searcher.close)
        self._latest.found.connect(self._show)
        self.current_report: int | None = None
        self.council_reports: list[int] = []
        self.neighbourhood_reports: list[int] = []
        self.found = FindingResults("")
        self.hits: list[FindingHit] = []
        self._limit = PAGE

        self.box = QLineEdit()
        self.box.setPlaceholderText("Words to find, for example: missing return interviews")
        self.box.setAccessibleName("Search all reports")
        self.box.setAccessibleDescription(
            "Each word finds words that start with it; a word in capitals, such as LAC, "
            "finds that word and its plural only"
        )
        self.box.setClearButtonEnabled(True)
        self.scope = QComboBox()
        self.scope.setAccessibleName("Where to search")
        self.scope.addItems(SCOPES)
        self.order = QComboBox()
        self.order.setAccessibleName("Order of the paragraphs found")
        for order in FindingOrder:
            self.order.addItem(order.label, order)
        for box in (self.scope, self.order):
            compact(box)
        self.count = QLabel()
        self.count.setAccessibleName("Number of paragraphs found")
        self.count.setWordWrap(True)
        self.more_button = QPushButton("Show &more")
        self.more_button.setAccessibleName("Show more paragraphs found")
        self.more_button.setEnabled(False)
        self.results = TermBrowser("Paragraphs found", glossary)

        label = QLabel("Fin&d:")
        label.setBuddy(self.box)
        scope_label = QLabel("&In:")
        scope_label.setBuddy(self.scope)
        order_label = QLabel("Sort &by:")
        order_label.setBuddy(self.order)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.box, 1)
        row.addWidget(scope_label)
        row.addWidget(self.scope)
        row.addWidget(order_label)
        row.addWidget(self.order)
        counted = QHBoxLayout()
        counted.addWidget(self.count, 1)
        counted.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(counted)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self.search)
        self.scope.currentIndexChanged.connect(lambda _index: self.search())
        self.order.currentIndexChanged.connect(lambda _index: self.search())
        self.more_button.clicked.connect(self.show_more)
        self.results.linkActivated.connect(self._on_link)
        self._show(self.found)

    def set_context(
        self,
        report_id: int | None,
        council_reports: list[int],
        neighbourhood_reports: list[int] | None = None,
    ) -> None:
        """The report shown, its council's reports, and those and its statistical
        neighbours' (what the scopes other than "All reports" search)."""
        self.current_report, self.council_reports = report_id, council_reports
        self.neighbourhood_reports = neighbourhood_reports or council_reports
        if self.scope.currentIndex() != SCOPE_ALL and self.box.text().strip():
            self.search()

    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    @property
    def waiting(self) -> bool:
        """True while a search asked for has not been answered yet."""
        return self._latest.waiting or self._timer.isActive()

    def search(self) -> None:
        """Search for the words typed now, from the first page (off the window's thread)."""
        self._limit = PAGE
        self._ask()

    def show_more(self) -> None:
        """The same search, with one page more."""
        self._limit = len(self.hits) + PAGE
        self._ask()

    def _ask(self) -> None:
        self._timer.stop()
        words = self.box.text()
        if not words.strip():
            self._latest.ask(lambda: FindingResults(words))
            return
        ids = self._scope_ids()
        order = self.order.currentData()
        limit = self._limit
        searcher = self._searcher
        self._latest.ask(lambda: searcher.find(words, ids, order=order, limit=limit))

    def _scope_ids(self) -> list[int] | None:
        scope = self.scope.currentIndex()
        if scope == SCOPE_COUNCIL:
            return self.council_reports
        if scope == SCOPE_NEIGHBOURHOOD:
            return self.neighbourhood_reports
        if scope == SCOPE_REPORT:
            return [self.current_report] if self.current_report is not None else []
        return None

    def _show(self, found: object) -> None:
        assert isinstance(found, FindingResults)
        self.found = found
        self.hits = list(found.hits)
        self.count.setText(count_text(found))
        self.more_button.setEnabled(found.more)
        self.results.setHtml(results_html(found, self._glossary))
        self.searched.emit()

    def wait_for_background_work(self) -> None:
        """Let a search running end and stop the search thread (the window is closing)."""
        self._timer.stop()
        self._latest.stop()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == HIT_SCHEME:
            report_id, _, paragraph = url.path().partition("/")
            self.openParagraph.emit(int(report_id), int(paragraph))
