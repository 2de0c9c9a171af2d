"""The evidence page for a question: verbatim paragraphs, figures, history and meanings."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QUrl

from briefing_app.domain.meetings import ItemStatus, Meeting, MeetingItem
from briefing_app.domain.scrutiny import LinkedFigure
from briefing_app.services.opening.container import Services
from briefing_app.ui.widgets.evidence import (
    emphasise_figures,
    evidence_html,
    paragraph_of,
    paragraph_url,
)


def test_figures_stand_out_and_text_is_escaped() -> None:
    assert emphasise_figures("In 2012, 48.1% of 3,000 <children>") == (
        "In <b>2012</b>, <b>48.1%</b> of <b>3,000</b> &lt;children&gt;"
    )


def test_evidence_page(services: Services) -> None:
    question = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-32")
    evidence = services.scrutiny.evidence(question.id)
    meeting = Meeting(4, "Corporate Parenting Board", date(2025, 1, 8))
    asked = MeetingItem(1, 4, question.id, 1, ItemStatus.ANSWERED, "Names given", True)
    page = evidence_html(
        evidence, history=[(meeting, asked)], glossary=services.glossary.glossary()
    )
    assert "The adjusted NEET figure for care leavers in Portsmouth is <b>48.1%</b>" in page
    assert "Paragraph 22 (area for improvement)" in page
    assert "Corporate Parenting Board, 8 January 2025: Answered: Names given [private note]" in (
        page
    )
    assert "NEET: Not in education, employment or training" in page
    assert "section 1(1)(e)" in page
    assert (
        "<p><b>Not in education, work or training</b> &nbsp;✗&nbsp;Worse&nbsp;than&nbsp;England"
        "<br>Nearly half (48.1%) of care leavers were not in education, work or training in "
        "July 2014. That is worse than England (34%).<br><i>Source:</i> Paragraph 104, "
    ) in page
    assert 'href="paragraph:' not in page

    linked = evidence_html(evidence, link_paragraphs=True)
    report = question.report_id
    assert f'<i>Source:</i> Paragraph <a href="paragraph:{report}/104">104</a>, ' in linked
    assert f'<b>Paragraph <a href="paragraph:{report}/8">8</a>.</b>' in linked

    without = evidence_html(dataclasses.replace(evidence, figures=()))
    assert (
        "No figures are held yet for the measures linked to this question (care-leavers-neet)"
    ) in without
    figure = LinkedFigure(
        "care-leavers-neet", "Care leavers not in work or learning", "48.1%",
        "worse than England (34%)", "Paragraphs 60 and 104", sentence="Nearly half.",
        paragraphs=(60, 104), report_id=7,
    )  # fmt: skip
    two = evidence_html(dataclasses.replace(evidence, figures=(figure,)), link_paragraphs=True)
    assert (
        'Paragraphs <a href="paragraph:7/60">60</a> and <a href="paragraph:7/104">104</a>'
    ) in two
    assert "No figures are held yet" not in two


def test_paragraph_links_name_their_report() -> None:
    assert paragraph_of(QUrl(paragraph_url(3, 104))) == (3, 104)
    assert paragraph_of(QUrl(paragraph_url(None, 8))) == (None, 8)
    assert paragraph_of(QUrl("question:4")) is None
    assert paragraph_of(QUrl("paragraph:x/8")) is None
