"""Indicator figures as evidence for scrutiny questions: on the Scrutiny questions page,
followed to their paragraph, and in committee mode."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.domain.meetings import MeetingDetails
from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.committee.window import CommitteeWindow
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.findings import FindingsPage
from briefing_app.ui.pages.questions import QuestionsPage


def _id(services: Services, code: str) -> int:
    return next(q.id for q in services.scrutiny.all_questions() if q.code == code)


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_a_questions_figures_are_shown_and_lead_to_their_paragraph(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    page = window.pages.show("questions")
    assert isinstance(page, QuestionsPage)
    assert page.select_question(_id(services, "POR14-32"))
    text = _plain(page.evidence.toPlainText())
    # Paragraph 104: "The adjusted NEET figure for care leavers in Portsmouth is 48.1%,
    # significantly above the national average of 34%."
    assert "Figures Not in education, work or training ✗ Worse than England" in text
    assert (
        "Nearly half (48.1%) of care leavers were not in education, work or training in "
        "July 2014. That is worse than England (34%)."
    ) in text
    assert "Source: Paragraph 104, Portsmouth City Council, July 2014." in text
    assert text.index("Figures") < text.index("What the inspectors found")

    # The first link on the page is the figure's paragraph: Tab to it, Enter follows it.
    page.evidence.setFocus()
    qtbot.keyClick(page.evidence, Qt.Key.Key_Tab)
    assert page.evidence.textCursor().selectedText() == "104"
    qtbot.keyClick(page.evidence, Qt.Key.Key_Return)
    assert window.pages.current_key() == "findings"
    findings = window.pages.current()
    assert isinstance(findings, FindingsPage)
    assert findings.paragraph_box.value() == 104
    assert "The adjusted NEET figure for care leavers" in findings.section_text.toPlainText()


def test_a_question_without_figures_says_so(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page = QuestionsPage(services.scrutiny, services.meetings, services.glossary)
    qtbot.addWidget(page)
    assert page.select_question(_id(services, "POR14-13"))
    assert "Figures" not in page.evidence.toPlainText()
    assert 'href="paragraph:' not in page.evidence.toHtml()  # no page to open them on


def test_committee_mode_shows_every_figure_with_its_source(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    meeting = services.meetings.create(MeetingDetails("Corporate Parenting Board", date.today()))
    services.meetings.add_question(meeting.id, _id(services, "POR14-61"))
    services.meetings.add_question(meeting.id, _id(services, "POR14-32"))
    window = CommitteeWindow(
        services.meetings,
        services.scrutiny,
        services.glossary,
        meeting.id,
        settings=make_settings(tmp_path / "settings.ini"),
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    text = _plain(window.evidence.toPlainText())
    # Paragraph 70: "91% have their dental health assessments on time; 96% have completed a
    # full course of immunisations; 90% had their health assessment within timescales and
    # 100% of under-fives have had their developmental checks".
    for label, figure in (
        ("Health checks on time", "(90%)"),
        ("Dental checks on time", "(91%)"),
        ("All immunisations done", "(96%)"),
        ("Development checks for children under 5", "(100%)"),
    ):
        assert f"{label} ✓ Better than England" in text
        assert figure in text
    # One paragraph is the source of all four: it is named once, after them.
    assert text.count("Paragraph 70, Portsmouth City Council, July 2014.") == 1
    assert (
        "Development checks for children under 5 ✓ Better than England All (100%) of children "
        "in care under 5 had had their development checks in July 2014. That is better than "
        "England, the source says. Source of these 4 figures: Paragraph 70, Portsmouth City "
        "Council, July 2014."
    ) in text
    assert 'href="paragraph:' not in window.evidence.toHtml()  # nothing to leave the room for

    qtbot.keyClick(window.answer_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.position_label.text() == "Question 2 of 2"
    text = _plain(window.evidence.toPlainText())
    assert "Not in education, work or training ✗ Worse than England" in text
    assert "That is worse than England (34%)." in text


def test_figures_from_different_paragraphs_each_name_theirs(services: Services) -> None:
    import html
    import re

    from briefing_app.ui.widgets.evidence import evidence_html

    evidence = services.scrutiny.evidence(_id(services, "POR14-55"))
    assert [f.key for f in evidence.figures] == ["cla-pep", "cla-eet"]
    text = _plain(html.unescape(re.sub(r"<[^>]+>", "", evidence_html(evidence))))
    # Paragraph 71: 92% of children have an up-to-date personal education plan (PEP);
    # paragraph 74: 77% of looked after young people are in education, work or training.
    assert "Source: Paragraph 71, Portsmouth City Council, July 2014." in text
    assert "Source: Paragraph 74, Portsmouth City Council, July 2014." in text
    assert "Source of these" not in text
