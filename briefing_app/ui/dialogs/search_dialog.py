"""Searching everything the search service has: the reports' findings, questions, answers
and actions."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.search import SearchHit
from briefing_app.domain.wording import plural
from briefing_app.services.search import SearchService

HIT_SCHEME = "hit"


def hits_html(hits: list[SearchHit]) -> str:
    parts = []
    for index, hit in enumerate(hits):
        snippet = "".join(
            f"<b><u>{html.escape(text)}</u></b>" if matched else html.escape(text)
            for text, matched in hit.snippet_parts()
        )
        private = " [private note]" if hit.private else ""
        parts.append(
            f'<p><a href="{HIT_SCHEME}:{index}">{html.escape(hit.kind_label)}: '
            f"{html.escape(hit.title)}</a>{private}<br>{snippet}</p>"
        )
    return "\n".join(parts)


class SearchDialog(QDialog):
    """Type to search; choose a result (Tab to it, then Enter) to go to it."""

    hitActivated = Signal(object)

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.hits: list[SearchHit] = []
        self.setWindowTitle("Search reports, questions, answers and actions")
        self.setAccessibleName("Search")
        self.query_edit = QLineEdit()
        self.query_edit.setAccessibleName("Words to search for")
        self.query_edit.setPlaceholderText("Type words to find, e.g. apprenticeships")
        self.query_edit.setClearButtonEnabled(True)
        self.summary_label = QLabel("Accents do not matter: Wojcik finds Wójcik.")
        self.summary_label.setAccessibleName("Search results summary")
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.setAccessibleName("Search results")
        layout = QVBoxLayout(self)
        label = QLabel("&Find:")
        label.setBuddy(self.query_edit)
        layout.addWidget(label)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.results, 1)
        self.resize(720, 560)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.returnPressed.connect(self._activate_first)
        self.results.anchorClicked.connect(self._on_link)

    def run_search(self) -> None:
        text = self.query_edit.text()
        self.hits = self._search.search(text) if text.strip() else []
        self.results.setHtml(hits_html(self.hits))
        if text.strip():
            count = len(self.hits)
            self.summary_label.setText(
                f"{plural(count, 'result')}. Press Enter for the first, "
                "or Tab to the results and Enter on one."
                if count
                else "Nothing found. Try fewer or shorter words."
            )

    def _activate_first(self) -> None:
        self._timer.stop()
        self.run_search()
        if self.hits:
            self.activate(0)

    def activate(self, index: int) -> None:
        self.hitActivated.emit(self.hits[index])
        self.accept()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == HIT_SCHEME:
            self.activate(int(url.path()))
