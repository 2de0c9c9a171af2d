"""Searching every report held, with the matches highlighted and links to each paragraph."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from briefing_app.domain.glossary import Glossary
from briefing_app.domain.search import FindingHit
from briefing_app.domain.wording import plural
from briefing_app.services.reports import ReportService
from briefing_app.ui.widgets.compact import compact
from briefing_app.ui.widgets.term_browser import TermBrowser, hit_html

HIT_SCHEME = "hit"
SCOPE_ALL, SCOPE_COUNCIL, SCOPE_REPORT = range(3)
_TYPING_PAUSE_MS = 300


def hit_url(hit: FindingHit) -> str:
    return f"{HIT_SCHEME}:{hit.report_id}/{hit.paragraph}"


def results_html(words: str, hits: list[FindingHit], glossary: Glossary | None) -> str:
    if not words.strip():
        return "<p>Type words to find every paragraph that uses them, in every report held.</p>"
    if not hits:
        return f"<p>No paragraph uses all of: <b>{_escape(words)}</b>.</p>"
    parts = []
    for hit in hits:
        parts.append(
            f'<h3><a href="{hit_url(hit)}">{_escape(hit.report_title)}, paragraph '
            f"{hit.paragraph}</a></h3><p><i>{_escape(hit.section)}</i></p>"
            f"<p>{hit_html(hit, glossary)}</p>"
        )
    return "\n".join(parts)


def _escape(text: str) -> str:
    return html.escape(text)


class SearchPanel(QWidget):
    """A search box over every report's paragraphs (accents ignored), and what it finds."""

    openParagraph = Signal(int, int)

    def __init__(
        self, reports: ReportService, glossary: Glossary | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._glossary = glossary
        self.current_report: int | None = None
        self.council_reports: list[int] = []
        self.hits: list[FindingHit] = []

        self.box = QLineEdit()
        self.box.setPlaceholderText("Words to find, for example: missing return interviews")
        self.box.setAccessibleName("Search all reports")
        self.box.setClearButtonEnabled(True)
        self.scope = QComboBox()
        self.scope.setAccessibleName("Where to search")
        self.scope.addItems(["All reports", "This council's reports", "This report"])
        compact(self.scope)
        self.count = QLabel()
        self.count.setAccessibleName("Number of paragraphs found")
        self.results = TermBrowser("Paragraphs found", glossary)

        label = QLabel("Fin&d:")
        label.setBuddy(self.box)
        scope_label = QLabel("&In:")
        scope_label.setBuddy(self.scope)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.box, 1)
        row.addWidget(scope_label)
        row.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self.search)
        self.scope.currentIndexChanged.connect(lambda _index: self.search())
        self.results.linkActivated.connect(self._on_link)
        self.search()

    def set_context(self, report_id: int | None, council_reports: list[int]) -> None:
        self.current_report, self.council_reports = report_id, council_reports
        if self.scope.currentIndex() != SCOPE_ALL and self.box.text().strip():
            self.search()

    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def search(self) -> list[FindingHit]:
        self._timer.stop()
        words = self.box.text()
        scope = self.scope.currentIndex()
        ids: list[int] | None = None
        if scope == SCOPE_COUNCIL:
            ids = self.council_reports
        elif scope == SCOPE_REPORT:
            ids = [self.current_report] if self.current_report is not None else []
        self.hits = self._reports.search(words, ids) if words.strip() else []
        reports = len({h.report_id for h in self.hits})
        if words.strip():
            self.count.setText(
                f"{plural(len(self.hits), 'paragraph')} found"
                + (f" in {plural(reports, 'report')}." if self.hits else ".")
            )
        else:
            self.count.setText("")
        self.results.setHtml(results_html(words, self.hits, self._glossary))
        return self.hits

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == HIT_SCHEME:
            report_id, _, paragraph = url.path().partition("/")
            self.openParagraph.emit(int(report_id), int(paragraph))
