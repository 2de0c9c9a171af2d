"""A question's evidence as a page of text: the report's own words, figures and history.

The same view serves the question bank and committee mode. Figures quoted in a
paragraph are set in bold so they stand out, and stay traceable to their paragraph.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from briefing_app.domain.dates import long_date
from briefing_app.domain.glossary import Glossary
from briefing_app.domain.meetings import ActionView, Meeting, MeetingItem
from briefing_app.domain.scrutiny import LinkedFigure, QuestionEvidence

QUESTION_SCHEME = "question"
PARAGRAPH_SCHEME = "paragraph"
_FIGURE = re.compile(r"(?<![\w.])(\d+(?:,\d{3})*(?:\.\d+)?%?)")
_PARAGRAPHS = re.compile(r"Paragraphs? \d+(?:(?:, | and )\d+)*")


def question_url(question_id: int) -> str:
    return f"{QUESTION_SCHEME}:{question_id}"


def paragraph_url(report_id: int | None, paragraph: int) -> str:
    """A link to a paragraph of a report (of the latest report when ``report_id`` is None)."""
    return f"{PARAGRAPH_SCHEME}:{report_id or 0}/{paragraph}"


def paragraph_of(url: QUrl) -> tuple[int | None, int] | None:
    """(report id, paragraph) from a link made by ``paragraph_url``; None for other links."""
    if url.scheme() != PARAGRAPH_SCHEME:
        return None
    report, _, paragraph = url.path().partition("/")
    if not (report.isdigit() and paragraph.isdigit()):
        return None
    return (int(report) or None, int(paragraph))


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
    link_paragraphs: bool = False,
) -> str:
    """The page for one question. With ``link_paragraphs``, paragraph numbers are links
    (``paragraph_url``) that a page can follow to the paragraph in its report."""
    question = evidence.question
    parts: list[str] = []
    if show_question:
        parts.append(f"<h2>{html.escape(question.code)}: {html.escape(question.text)}</h2>")
    if question.why:
        parts.append(_section("Why ask it") + f"<p>{emphasise_figures(question.why)}</p>")
    if evidence.judgements:
        items = "".join(
            f"<li>{html.escape(j.title)}: {html.escape(j.grade.text)}</li>"
            for j in evidence.judgements
        )
        parts.append(_section("How the inspectors judged these areas") + f"<ul>{items}</ul>")
    parts.append(_figures_html(evidence, link_paragraphs))
    source = f" ({evidence.report_title})" if evidence.report_title else ""  # escaped below
    parts.append(_section(f"What the inspectors found{source}"))
    if evidence.findings:
        for finding in evidence.findings:
            number = str(finding.paragraph)
            if link_paragraphs:
                number = (
                    f'<a href="{paragraph_url(question.report_id, finding.paragraph)}">{number}</a>'
                )
            parts.append(f"<p><b>Paragraph {number}.</b> {emphasise_figures(finding.text)}</p>")
    else:
        parts.append("<p>The paragraphs this question rests on are not in the database.</p>")
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
        texts += [f"{f.label} {f.sentence}" for f in evidence.figures]
        terms = glossary.used_in(texts)
        if terms:
            parts.append(_section("Words used here"))
            parts.append(
                "<ul>" + "".join(f"<li>{html.escape(t.explanation)}</li>" for t in terms) + "</ul>"
            )
    return "\n".join(parts)


def _figures_html(evidence: QuestionEvidence, link: bool) -> str:
    """Each linked indicator's current figure: how it compares, in plain English, and its
    source, so every figure shown can be traced to its paragraph."""
    parts = []
    # Figures from the same place (four from one paragraph, say) name it once, after them.
    groups: list[list[LinkedFigure]] = []
    for figure in evidence.figures:
        if groups and groups[-1][0].source == figure.source:
            groups[-1].append(figure)
        else:
            groups.append([figure])
    for group in groups:
        for number, figure in enumerate(group, start=1):
            # The status is kept on one line: "✗ Worse than England".
            status = html.escape(figure.status).replace(" ", "&nbsp;")
            status = f" &nbsp;{status}" if status else ""
            text = f"<b>{html.escape(figure.label)}</b>{status}<br>{html.escape(figure.sentence)}"
            if number == len(group):
                which = "Source" if len(group) == 1 else f"Source of these {len(group)} figures"
                text += f"<br><i>{which}:</i> {_source_html(figure, link)}."
            parts.append(f"<p>{text}</p>")
    missing = evidence.indicators_without_figures
    if missing:
        some = "other " if evidence.figures else ""
        parts.append(
            f"<p>No figures are held yet for the {some}measures linked to this question "
            f"({html.escape(', '.join(missing))}). The figures the inspectors quoted are in "
            "bold in the paragraphs below.</p>"
        )
    return _section("Figures") + "".join(parts) if parts else ""


def _source_html(figure: LinkedFigure, link: bool) -> str:
    """The figure's source; with ``link``, its paragraph numbers open the paragraph."""
    text = html.escape(figure.source)
    lead = _PARAGRAPHS.match(text)
    if not link or not figure.paragraphs or lead is None:
        return text

    def anchor(number: re.Match[str]) -> str:
        value = int(number.group())
        if value not in figure.paragraphs:
            return number.group()
        return f'<a href="{paragraph_url(figure.report_id, value)}">{value}</a>'

    return re.sub(r"\d+", anchor, lead.group()) + text[lead.end() :]


class EvidenceView(QTextBrowser):
    """A read-only page showing one question's evidence. Following a paragraph link emits
    ``paragraphRequested(report_id or None, paragraph)``."""

    paragraphRequested = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName("Evidence for the chosen question")
        self.anchorClicked.connect(self._on_link)

    def _on_link(self, url: QUrl) -> None:
        target = paragraph_of(url)
        if target is not None:
            self.paragraphRequested.emit(*target)

    def show_evidence(self, page: str) -> None:
        self.setHtml(page)
