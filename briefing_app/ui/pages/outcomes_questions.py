"""The Questions to ask tab of the Children in care and Care leavers pages: the questions
the app suggests for the council, from its report's recommendations and its figures
furthest off track, each with why and what it rests on (a figure or a paragraph is a
link to it)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from briefing_app.domain.suggested_questions import SuggestedQuestion
from briefing_app.domain.topics import Audience
from briefing_app.services.council_summaries import CouncilSummariesService
from briefing_app.ui.widgets.summary_html import FIGURE_SCHEME, PARAGRAPH_SCHEME

INTRO = (
    "Questions a councillor could ask, suggested by the app from the council's figures "
    "as the Department for Education (DfE) published them and, once its inspection report "
    "is imported, from the report's recommendations. Each says what it rests on, so you "
    "can check it first."
)
NONE = (
    "The app has no questions to suggest: none of the council's figures is worse than "
    "England's or getting worse, and no report's recommendation is about them."
)


def _basis_html(question: SuggestedQuestion) -> str:
    parts = []
    for basis in question.rests_on:
        if basis.key:
            link = f'<a href="{FIGURE_SCHEME}:{escape(basis.key)}">{escape(basis.words)}</a>'
        else:
            link = escape(basis.words)
        numbers = ", ".join(f'<a href="{PARAGRAPH_SCHEME}:{p}">{p}</a>' for p in basis.paragraphs)
        opened = f" (open paragraph {numbers})" if numbers else ""
        parts.append(f"{link} ({escape(basis.source)}){opened}")
    return "Rests on: " + "; ".join(parts)


def questions_html(questions: list[SuggestedQuestion]) -> str:
    """The questions as a numbered list, each with why and what it rests on."""
    if not questions:
        return f"<p>{escape(NONE)}</p>"
    items = "".join(
        f"<li><p><b>{escape(q.text)}</b></p>"
        f"<p>{escape(q.why)}</p>"
        f"<p>{_basis_html(q)}</p>"
        f"<p><i>{escape(q.origin)}.</i></p></li>"
        for q in questions
    )
    return f"<ol>{items}</ol>"


class QuestionsTab(QWidget):
    linkClicked = Signal(QUrl)

    def __init__(
        self,
        summaries: CouncilSummariesService,
        audience: Audience,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._summaries = summaries
        self.audience = audience
        self.questions: list[SuggestedQuestion] = []
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setAccessibleName(f"Questions to ask: {audience.label}")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self.linkClicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.questions = self._summaries.suggested_questions(self.audience)
        self.view.setHtml(questions_html(self.questions))
