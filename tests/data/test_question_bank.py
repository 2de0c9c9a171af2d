"""The default question bank: its coverage of the Portsmouth 2014 report, and its honesty."""

from __future__ import annotations

import re

import pytest

from briefing_app.domain.principles import PRINCIPLES
from briefing_app.domain.reports import InspectionReport, JudgementArea
from briefing_app.domain.scrutiny import Question, areas_of
from briefing_app.domain.themes import THEMES_BY_KEY
from briefing_app.services.opening.container import Services

# The recommendations of the 2014 report: the council's (13-23) and the board's (137-140).
RECOMMENDATIONS = [*range(13, 24), *range(137, 141)]
# The indicator keys agreed with the outcomes data (each names one measured figure).
INDICATOR_KEYS = {
    "cla-count", "cla-rate", "cla-placed-outside", "cla-placed-over-20-miles",
    "cla-foster-care", "cla-residential", "cla-eet", "cla-dental-checks", "cla-immunisations",
    "cla-health-assessments", "cla-development-checks", "cla-pep", "cla-offending",
    "cla-review-participation", "cla-parent-review-contribution", "cla-satisfaction",
    "cla-siblings-together", "adoption-days", "care-proceedings-weeks", "permanence-total",
    "adoptions", "care-leavers-neet", "care-leavers-staying-put", "cp-conference-timeliness",
    "re-referrals",
}  # fmt: skip


@pytest.fixture
def report(services: Services) -> InspectionReport:
    report = services.reports.latest()
    assert report is not None
    return report


@pytest.fixture
def bank(services: Services) -> list[Question]:
    return [q for q in services.scrutiny.all_questions() if q.is_active]


def test_at_least_forty_questions(bank: list[Question]) -> None:
    assert len(bank) >= 40


def test_every_recommendation_has_at_least_two_questions(
    services: Services, report: InspectionReport, bank: list[Question]
) -> None:
    assert sorted(r.paragraph for r in report.recommendations) == RECOMMENDATIONS
    for number in RECOMMENDATIONS:
        following = [q.code for q in bank if number in q.recommendations]
        assert len(following) >= 2, f"recommendation {number}: {following}"
    cover = services.scrutiny.coverage(report.id or 0)
    assert cover.thin() == []


def test_every_area_judged_to_require_improvement_has_at_least_two_questions(
    report: InspectionReport, bank: list[Question]
) -> None:
    weak = {j.area for j in report.judgements if j.grade.is_below_good}
    assert weak == {
        JudgementArea.OVERALL_EFFECTIVENESS,
        JudgementArea.HELP_AND_PROTECTION,
        JudgementArea.CARE_LEAVERS,
    }
    for area in weak:
        on_area = [q.code for q in bank if area in areas_of(q, report)]
        assert len(on_area) >= 2, area


def test_links_from_every_recommendation_lead_to_grounded_questions(
    services: Services, report: InspectionReport
) -> None:
    """From each recommendation, its questions; each rests on the recommendation's evidence."""
    for rec in report.recommendations:
        questions = [
            q
            for q in services.scrutiny.questions_for_paragraph(rec.paragraph, report.id)
            if rec.paragraph in q.recommendations
        ]
        assert len(questions) >= 2, rec.paragraph
        for question in questions:
            assert set(question.findings) & set(rec.evidence), (question.code, rec.paragraph)
            evidence = services.scrutiny.evidence(question.id)
            assert rec in evidence.recommendations
            assert {f.paragraph for f in evidence.findings} == set(question.findings)


def test_every_question_is_tagged_and_linked(
    report: InspectionReport, bank: list[Question]
) -> None:
    paragraphs = {f.paragraph for f in report.findings}
    for question in bank:
        assert question.theme in THEMES_BY_KEY, question.code
        assert question.findings, question.code
        assert set(question.findings) <= paragraphs, question.code
        assert set(question.indicators) <= INDICATOR_KEYS, question.code
        assert question.text.endswith("?"), question.code
        assert question.why, question.code
    assert {q.principle.key for q in bank} == {p.key for p in PRINCIPLES}
    assert any(q.indicators for q in bank)


def test_every_figure_in_a_question_is_in_a_paragraph_it_cites(
    report: InspectionReport, bank: list[Question]
) -> None:
    for question in bank:
        cited = " ".join(
            f.text for n in question.paragraphs if (f := report.finding(n)) is not None
        )
        mentioned = {
            int(n)
            for group in re.findall(r"paragraphs? ([\d ,and]+)", question.why)
            for n in re.findall(r"\d+", group)
        }
        assert mentioned <= set(question.paragraphs), question.code
        text = re.sub(r"paragraphs? [\d ,and]+", "", f"{question.text} {question.why}")
        for number in re.findall(r"\d+(?:\.\d+)?", text):
            assert re.search(rf"(?<![\d.]){re.escape(number)}(?![\d]|\.\d)", cited), (
                question.code,
                number,
            )


def test_every_acronym_in_a_question_is_explained(services: Services, bank: list[Question]) -> None:
    glossary = services.glossary.glossary()
    for question in bank:
        for word in re.findall(r"\b[A-Z]{2,}s?\b", f"{question.text} {question.why}"):
            assert glossary.lookup(word) is not None, (question.code, word)
