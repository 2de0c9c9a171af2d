"""A section of the report without numbered paragraphs, with a figure's words highlighted."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.term_browser import MATCH_STYLE


def section_html(text: str, quote: str) -> str:
    """The section as paragraphs, with ``quote`` (if found in it) highlighted: bold,
    underlined and dark on pale yellow, so it stands out without colour and in high
    contrast."""
    parts = []
    for line in text.split("\n"):
        escaped = html.escape(line.strip())
        if not escaped:
            continue
        wanted = html.escape(quote.strip())
        if wanted and wanted in escaped:
            escaped = escaped.replace(
                wanted,
                f'<a name="quote"></a><span style="{MATCH_STYLE}">{wanted}</span>',
                1,
            )
        parts.append(f"<p>{escaped}</p>")
    return "".join(parts)


class SectionDialog(QDialog):
    def __init__(self, heading: str, text: str, quote: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.setAccessibleName(f"The report's section: {heading}")
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(heading)
        self.browser.setHtml(section_html(text, quote))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(heading, level=2))
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        if quote:
            self.browser.scrollToAnchor("quote")
