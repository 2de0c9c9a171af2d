"""Report text in which every acronym explains itself, by mouse or by keyboard.

Acronyms from the glossary are links. Pointing at one, or moving to it with Tab, shows
its plain meaning in a tooltip and in the line under the text (which screen readers
read too); activating it (Enter or a click) does the same. Other links are passed on.
"""

from __future__ import annotations

import html
from urllib.parse import quote, unquote

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from briefing_app.domain.glossary import Glossary
from briefing_app.domain.search import FindingHit

TERM_SCHEME = "term"
MATCH_STYLE = (
    "background-color: #fff3b0; color: #000000; font-weight: bold; text-decoration: underline;"
)
NO_TERM = "Point at an underlined term, or move to it with Tab, to see what it means."


def marked_html(text: str, glossary: Glossary | None) -> str:
    """``text`` as HTML, each glossary term a link that explains it."""
    if glossary is None:
        return _escape(text)
    parts: list[str] = []
    position = 0
    for match in glossary.find(text):
        parts.append(_escape(text[position : match.start]))
        shown = _escape(text[match.start : match.end])
        parts.append(
            f'<a href="{TERM_SCHEME}:{quote(match.term.term)}" '
            f'title="{html.escape(match.term.explanation)}">{shown}</a>'
        )
        position = match.end
    parts.append(_escape(text[position:]))
    return "".join(parts)


def hit_html(hit: FindingHit, glossary: Glossary | None) -> str:
    """A search hit's text with its matches highlighted (bold and underlined, not only coloured)."""
    parts = []
    for piece, is_match in hit.segments():
        shown = marked_html(piece, glossary)
        parts.append(f'<span style="{MATCH_STYLE}">{shown}</span>' if is_match else shown)
    return "".join(parts)


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class _Browser(QTextBrowser):
    """A text browser that says when Tab or Shift+Tab has moved it to another link."""

    linkFocused = Signal()

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        if moved and self.textCursor().hasSelection():
            self.linkFocused.emit()
        return moved


class TermBrowser(QWidget):
    """A read-only text view with the meaning of the current term shown under it."""

    linkActivated = Signal(QUrl)
    termExplained = Signal(str)

    def __init__(
        self, accessible_name: str, glossary: Glossary | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.glossary = glossary
        self.browser = _Browser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(accessible_name)
        self.meaning = QLabel(NO_TERM)
        self.meaning.setWordWrap(True)
        self.meaning.setAccessibleName("Meaning of the chosen term")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.meaning)
        self.anchorClicked = self.browser.anchorClicked
        self.browser.highlighted.connect(self._on_highlighted)
        self.browser.anchorClicked.connect(self._on_clicked)
        # Moving to a link with Tab selects it without signalling "highlighted".
        self.browser.linkFocused.connect(self._on_selection)

    # QTextBrowser's own API, passed through.
    def setHtml(self, text: str) -> None:
        self.browser.setHtml(text)

    def toPlainText(self) -> str:
        return self.browser.toPlainText()

    def toHtml(self) -> str:
        return self.browser.toHtml()

    def scrollToAnchor(self, name: str) -> None:
        self.browser.scrollToAnchor(name)

    def explain(self, url: QUrl) -> str:
        term = self.glossary.lookup(unquote(url.path())) if self.glossary else None
        text = term.explanation if term else ""
        if text:
            self.meaning.setText(text)
            self.termExplained.emit(text)
        return text

    def _on_highlighted(self, url: QUrl) -> None:
        if url.scheme() != TERM_SCHEME:
            QToolTip.hideText()
            return
        text = self.explain(url)
        if not text:
            return
        if self.browser.viewport().underMouse():
            QToolTip.showText(QCursor.pos(), text, self.browser)
        else:
            rect = self.browser.cursorRect()
            QToolTip.showText(self.browser.viewport().mapToGlobal(rect.bottomLeft()), text, self)

    def _on_selection(self) -> None:
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return
        probe = self.browser.textCursor()
        probe.setPosition(min(cursor.selectionStart(), cursor.selectionEnd()) + 1)
        href = probe.charFormat().anchorHref()
        if href.startswith(f"{TERM_SCHEME}:"):
            self._on_highlighted(QUrl(href))

    def _on_clicked(self, url: QUrl) -> None:
        if url.scheme() == TERM_SCHEME:
            self._on_highlighted(url)
        else:
            self.linkActivated.emit(url)
