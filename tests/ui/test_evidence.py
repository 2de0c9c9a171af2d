"""The evidence page for a question: verbatim paragraphs, figures, history and meanings."""

from __future__ import annotations

import dataclasses
from datetime import date

from briefing_app.domain.meetings import ItemStatus, Meeting, MeetingItem
from briefing_app.domain.scrutiny import LinkedFigure
from briefing_app.services.container import Services
from briefing_app.ui.widgets.evidence import emphasise_figures, evidence_html


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
    assert "Measures linked to this question: care-leavers-neet" in page
    assert "NEET: Not in education, employment or training" in page
    assert "section 1(1)(e)" in page

    figure = LinkedFigure(
        "care-leavers-neet", "Care leavers not in work or learning", "48.1%",
        "worse than England (34%)", "Paragraph 104",
    )  # fmt: skip
    with_figures = evidence_html(dataclasses.replace(evidence, figures=(figure,)))
    assert "<td>Care leavers not in work or learning</td><td><b>48.1%</b></td>" in with_figures
    assert "Measures linked to this question" not in with_figures
