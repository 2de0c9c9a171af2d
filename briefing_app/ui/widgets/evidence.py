"""A question's evidence as a page of text: the report's own words, figures and history.

The same view serves the question bank and committee mode. Figures quoted in a
paragraph are set in bold so they stand out, and stay traceable to their paragraph.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QTextBrowser, QWidget

from briefing_app.domain.glossary import Glossary
from briefing_app.domain.meetings import ActionView, Meeting, MeetingItem
from briefing_app.domain.reports import long_date
from briefing_app.domain.scrutiny import QuestionEvidence
from briefing_app.ui.widgets.grades import grade_text

QUESTION_SCHEME = "question"
_FIGURE = re.compile(r"(?<![\w.])(\d+(?:,\d{3})*(?:\.\d+)?%?)")


def question_url(question_id: int) -> str:
    return f"{QUESTION_SCHEME}:{question_id}"


def emphasise_figures(text: str) -> str:
    """The text, escaped for HTML, with every number in bold."""
    return _FIGURE.sub(r"<b>\1</b>", html.escape(text))


def _section(title: str) -> str:
    return f"<h3>{html.escape(title)}</h3>"


def evidence_html(
    evidence: QuestionEvidence,
    *,
    history: Sequence[tuple[Meeting, MeetingItem]] = (),
    open_actions: Sequence[ActionView] = (),
    glossary: Glossary | None = None,
    today: date | None = None,
    show_question: bool = True,
) -> str:
    question = evidence.question
    parts: list[str] = []
    if show_question:
        parts.append(f"<h2>{html.escape(question.code)}: {html.escape(question.text)}</h2>")
    if question.why:
        parts.append(_section("Why ask it") + f"<p>{emphasise_figures(question.why)}</p>")
    if evidence.judgements:
        items = "".join(
            f"<li>{html.escape(j.title)}: {html.escape(grade_text(j.grade))}</li>"
            for j in evidence.judgements
        )
        parts.append(_section("How the inspectors judged these areas") + f"<ul>{items}</ul>")
    source = f" ({html.escape(evidence.report_title)})" if evidence.report_title else ""
    parts.append(_section(f"What the inspectors found{source}"))
    if evidence.findings:
        for finding in evidence.findings:
            parts.append(
                f"<p><b>Paragraph {finding.paragraph}.</b> {emphasise_figures(finding.text)}</p>"
            )
    else:
        parts.append("<p>The paragraphs this question rests on are not in the database.</p>")
    parts.append(_figures_html(evidence))
    if evidence.recommendations:
        parts.append(_section("The recommendation it follows up"))
        for rec in evidence.recommendations:
            parts.append(
                f"<p><b>Paragraph {rec.paragraph} ({html.escape(rec.kind_label.lower())}):</b> "
                f"{emphasise_figures(rec.text)}</p>"
            )
    if open_actions:
        parts.append(_section("Promised at earlier meetings and still open"))
        parts.append("<ul>")
        for view in open_actions:
            when = view.action.when(today or date.today())
            parts.append(
                f"<li>{html.escape(view.state(today or date.today()).text)}: "
                f"<b>{html.escape(view.action.owner)}</b> will "
                f"{html.escape(view.action.description)} ({html.escape(when)}; raised at "
                f"{html.escape(view.meeting.heading)})</li>"
            )
        parts.append("</ul>")
    if history:
        parts.append(_section("Asked before"))
        parts.append("<ul>")
        for meeting, item in history:
            answer = ""
            if item.answer.strip():
                mark = " [private note]" if item.answer_private else ""
                answer = f": {html.escape(item.answer.strip())}{mark}"
            parts.append(
                f"<li>{html.escape(meeting.committee)}, {long_date(meeting.meeting_date)}: "
                f"{html.escape(item.status.label)}{answer}</li>"
            )
        parts.append("</ul>")
    parts.append(_section("Theme and principle"))
    parts.append(
        f"<p><b>Theme:</b> {html.escape(question.theme_label)}. "
        f"<b>Status:</b> {html.escape(question.status.label)}.</p>"
        f"<p><b>Corporate parenting principle {html.escape(question.principle.title)}:</b> "
        f"the council must have regard to the need “{html.escape(question.principle.wording)}” "
        f"({html.escape(question.principle.citation)}).</p>"
    )
    if glossary is not None:
        texts = [question.text, question.why] + [f.text for f in evidence.findings]
        terms = glossary.used_in(texts)
        if terms:
            parts.append(_section("Words used here"))
            parts.append(
                "<ul>" + "".join(f"<li>{html.escape(t.explanation)}</li>" for t in terms) + "</ul>"
            )
    return "\n".join(parts)


def _figures_html(evidence: QuestionEvidence) -> str:
    if evidence.figures:
        rows = "".join(
            "<tr>"
            f"<td>{html.escape(f.label)}</td><td><b>{html.escape(f.value)}</b></td>"
            f"<td>{html.escape(f.comparison)}</td><td>{html.escape(f.source)}</td>"
            "</tr>"
            for f in evidence.figures
        )
        table = (
            '<table border="1" cellpadding="4" cellspacing="0">'
            "<tr><th>Measure</th><th>Figure</th><th>Compared with</th><th>Source</th></tr>"
            f"{rows}</table>"
        )
        missing = evidence.indicators_without_figures
        extra = (
            f"<p>No figures are loaded yet for: {html.escape(', '.join(missing))}.</p>"
            if missing
            else ""
        )
        return _section("Figures") + table + extra
    keys = evidence.question.indicators
    if keys:
        return (
            _section("Figures")
            + "<p>The figures the inspectors quoted are in bold in the paragraphs above. "
            f"Measures linked to this question: {html.escape(', '.join(keys))}. "
            "No figures for them are loaded in the app yet.</p>"
        )
    return ""


class EvidenceView(QTextBrowser):
    """A read-only page showing one question's evidence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName("Evidence for the chosen question")

    def show_evidence(self, page: str) -> None:
        self.setHtml(page)
