"""The question bank seen from the report: each paragraph, with the questions resting on it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QWidget

from briefing_app.domain.reports import InspectionReport
from briefing_app.domain.wording import plural
from briefing_app.services.scrutiny import ScrutinyService
from briefing_app.ui.widgets.evidence import QUESTION_SCHEME, emphasise_figures, question_url


class QuestionsByFinding(QSplitter):
    """A list of paragraphs on the left; the chosen one, verbatim, with its questions."""

    questionChosen = Signal(int)

    def __init__(self, scrutiny: ScrutinyService, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._scrutiny = scrutiny
        self._report: InspectionReport | None = None
        self.finding_list = QListWidget()
        self.finding_list.setAccessibleName("Paragraphs that questions rest on")
        self.finding_list.setWordWrap(True)
        self.finding_detail = QTextBrowser()
        self.finding_detail.setOpenLinks(False)
        self.finding_detail.setAccessibleName("The chosen paragraph and its questions")
        self.addWidget(self.finding_list)
        self.addWidget(self.finding_detail)
        self.setStretchFactor(1, 2)
        self.finding_list.currentItemChanged.connect(self._on_finding_changed)
        self.finding_detail.anchorClicked.connect(self._on_link)

    def fill(self, report: InspectionReport | None) -> None:
        self._report = report
        keep = self.finding_list.currentItem()
        keep_paragraph = keep.data(Qt.ItemDataRole.UserRole) if keep else None
        self.finding_list.clear()
        if report is None or report.id is None:
            self.finding_detail.setHtml("<p>No inspection report is loaded.</p>")
            return
        for finding, questions in self._scrutiny.findings_with_questions(report.id):
            count = len(questions)
            first = finding.text.split(". ")[0][:110]
            item = QListWidgetItem(
                f"Paragraph {finding.paragraph} ({plural(count, 'question')}): {first}…"
            )
            item.setData(Qt.ItemDataRole.UserRole, finding.paragraph)
            item.setToolTip(finding.text)
            self.finding_list.addItem(item)
            if finding.paragraph == keep_paragraph:
                self.finding_list.setCurrentItem(item)
        if self.finding_list.currentItem() is None and self.finding_list.count():
            self.finding_list.setCurrentRow(0)

    def _on_finding_changed(self, current: QListWidgetItem | None, _prev: object) -> None:
        if current is None or self._report is None:
            self.finding_detail.clear()
            return
        paragraph = int(current.data(Qt.ItemDataRole.UserRole))
        finding = self._report.finding(paragraph)
        questions = self._scrutiny.questions_for_paragraph(paragraph, self._report.id)
        parts = [f"<h3>Paragraph {paragraph}</h3>"]
        if finding is not None:
            parts.append(f"<p>{emphasise_figures(finding.text)}</p>")
        parts.append("<h3>Questions that rest on it</h3><ul>")
        for question in questions:
            retired = " (retired)" if not question.is_active else ""
            parts.append(
                f'<li><a href="{question_url(question.id)}">{html.escape(question.code)}</a>: '
                f"{html.escape(question.text)}{retired}</li>"
            )
        parts.append("</ul>")
        self.finding_detail.setHtml("\n".join(parts))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == QUESTION_SCHEME:
            self.questionChosen.emit(int(url.path()))
