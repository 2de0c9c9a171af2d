"""Searching everything the search service has: the reports' findings, questions, answers
and actions, as the user types.

The search runs off the window's thread (``LatestSearch``) on a connection of its own, so
the typing never waits and a search overtaken by newer typing is dropped. Enter goes to
the first result of what is typed, once it is found.
"""

from __future__ import annotations

import html
from typing import NamedTuple

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
from briefing_app.services.search import SearchOnOwnConnection
from briefing_app.ui.search_worker import LatestSearch

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


class _Found(NamedTuple):
    """What a search found, and the words it was for."""

    text: str
    hits: list[SearchHit]


class SearchDialog(QDialog):
    """Type to search; choose a result (Tab to it, then Enter) to go to it."""

    hitActivated = Signal(object)
    # The results of what is typed are on show.
    searched = Signal()

    def __init__(self, search: SearchOnOwnConnection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._latest = LatestSearch(self, on_stop=search.close)
        self._latest.found.connect(self._show)
        self.hits: list[SearchHit] = []
        self._shown = ""
        self._go_to_first = False
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
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.returnPressed.connect(self._activate_first)
        self.results.anchorClicked.connect(self._on_link)

    @property
    def waiting(self) -> bool:
        """True while the search of what is typed has not been answered yet."""
        return self._latest.waiting or self._timer.isActive()

    def run_search(self) -> None:
        """Search for what is typed now, off the window's thread."""
        self._timer.stop()
        text = self.query_edit.text()
        search = self._search
        self._latest.ask(lambda: _Found(text, search.search(text) if text.strip() else []))

    def _show(self, found: object) -> None:
        assert isinstance(found, _Found)
        text = found.text
        self._shown, self.hits = text, found.hits
        self.results.setHtml(hits_html(self.hits))
        if text.strip():
            count = len(self.hits)
            self.summary_label.setText(
                f"{plural(count, 'result')}. Press Enter for the first, "
                "or Tab to the results and Enter on one."
                if count
                else "Nothing found. Try fewer or shorter words."
            )
        self.searched.emit()
        if self._go_to_first:
            self._go_to_first = False
            if self.hits:
                self.activate(0)

    def _activate_first(self) -> None:
        if self.query_edit.text() == self._shown and not self.waiting:
            if self.hits:
                self.activate(0)
            return
        self._go_to_first = True  # once what is typed has been searched
        self.run_search()

    def activate(self, index: int) -> None:
        self.hitActivated.emit(self.hits[index])
        self.accept()

    def done(self, result: int) -> None:
        """Closing (whichever way) ends the search thread and its connection."""
        self._timer.stop()
        self._latest.stop()
        super().done(result)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == HIT_SCHEME:
            self.activate(int(url.path()))
