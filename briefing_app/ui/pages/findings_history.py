"""A council's history: all its reports held on one timeline with their grades (a chart,
and the same in words, so nothing rests on the picture or on colour), links to read any of
them or compare it with the one before, and its statistical neighbours' reports alongside.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from briefing_app.domain.glossary import Glossary
from briefing_app.domain.grade_chart import grade_chart
from briefing_app.domain.history import CouncilHistory, JudgedReport
from briefing_app.services.history import HistoryService
from briefing_app.ui.widgets.chart_view import ChartView
from briefing_app.ui.widgets.term_browser import TermBrowser

REPORT_SCHEME = "report"
COMPARE_SCHEME = "compare"


def grades_html(report: JudgedReport) -> str:
    """The report's grades, one a line, each in words with its symbol."""
    if not report.judgements:
        return f"<p>{html.escape(report.grades_in_words)}</p>"
    items = "".join(
        f"<li>{html.escape(j.title)}: <b>{html.escape(j.grade.text)}</b></li>"
        for j in report.judgements
    )
    return f"<ul>{items}</ul>"


def timeline_html(history: CouncilHistory) -> str:
    """The council's reports, oldest first: what each is, its grades in words, and links."""
    parts = [f"<h2>{html.escape(history.summary)}</h2>"]
    if not history.reports:
        return "\n".join(parts)
    parts.append("<ol>")
    previous: JudgedReport | None = None
    for report in history.reports:
        links = [f'<a href="{REPORT_SCHEME}:{report.id}">Read it</a>']
        if previous is not None:
            links.append(
                f'<a href="{COMPARE_SCHEME}:{previous.id}/{report.id}">'
                "Compare it with the report before</a>"
            )
        parts.append(
            f"<li><p><b>{html.escape(report.what)}</b></p>{grades_html(report)}"
            f"<p>{' · '.join(links)}</p></li>"
        )
        previous = report
    parts.append("</ol>")
    return "\n".join(parts)


def neighbours_html(history: CouncilHistory) -> str:
    """Each statistical neighbour with reports held, closest first, with its reports."""
    parts = ["<h2>Statistical neighbours' reports</h2>"]
    parts.append(f"<p>{html.escape(history.neighbours_note)}</p>")
    ours = history.reports[-1] if history.reports else None
    for neighbour in history.neighbours:
        parts.append(f"<h3>{html.escape(neighbour.council.name)}</h3><ul>")
        for report in reversed(neighbour.reports):
            links = [f'<a href="{REPORT_SCHEME}:{report.id}">Read it</a>']
            if ours is not None:
                links.append(
                    f'<a href="{COMPARE_SCHEME}:{ours.id}/{report.id}">'
                    f"Compare it with {html.escape(ours.title)}</a>"
                )
            parts.append(
                f"<li><p><b>{html.escape(report.what)}</b></p>{grades_html(report)}"
                f"<p>{' · '.join(links)}</p></li>"
            )
        parts.append("</ul>")
    return "\n".join(parts)


class HistoryPanel(QWidget):
    """The history of the council of the report shown, and its neighbours' reports."""

    # Read the report with this id.
    openReport = Signal(int)
    # Compare the reports with these ids.
    compareReports = Signal(int, int)

    def __init__(
        self, history: HistoryService, glossary: Glossary | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._history = history
        self.shown: CouncilHistory | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("The council whose history is shown")
        # The chart takes the height its width needs (it says so itself); the lists below
        # share what is left, and scroll.
        self.chart = ChartView()
        self.chart.setVisible(False)
        self.timeline = TermBrowser("The council's reports, oldest first", glossary)
        self.neighbours = TermBrowser("Statistical neighbours' reports", glossary)

        own = QSplitter()
        own.addWidget(self.timeline)
        own.addWidget(self.neighbours)
        own.setStretchFactor(0, 3)
        own.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(own, 1)
        for browser in (self.timeline, self.neighbours):
            browser.linkActivated.connect(self._on_link)

    def show_history(self, report_id: int | None) -> None:
        """Show the history of the council report ``report_id`` is about."""
        if report_id is None:
            self.shown = None
            self.summary.setText("No report is held yet. Import one (File, Import report).")
            self.chart.set_chart(None)
            self.timeline.setHtml("")
            self.neighbours.setHtml("")
            return
        history = self._history.history(report_id)
        self.shown = history
        self.summary.setText(
            f"{history.summary} Every report held of {history.name}, oldest first, with "
            "Ofsted's grades; and the reports held of the councils most like it."
        )
        self.chart.set_chart(grade_chart(history.name, history.reports))
        self.timeline.setHtml(timeline_html(history))
        self.neighbours.setHtml(neighbours_html(history))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == REPORT_SCHEME:
            self.openReport.emit(int(url.path()))
        elif url.scheme() == COMPARE_SCHEME:
            first, _, second = url.path().partition("/")
            self.compareReports.emit(int(first), int(second))
