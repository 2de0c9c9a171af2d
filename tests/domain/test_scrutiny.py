from __future__ import annotations

from datetime import date

import pytest

from briefing_app.domain.principles import principle
from briefing_app.domain.reports import (
    Finding,
    Framework,
    Grade,
    InspectionReport,
    Judgement,
    JudgementArea,
    Part,
    Recommendation,
)
from briefing_app.domain.scrutiny import (
    Question,
    QuestionDraft,
    QuestionFilter,
    QuestionStatus,
    StatusFilter,
    areas_of,
    coverage,
    judgement_area_of,
    parse_paragraph_list,
)


def _report() -> InspectionReport:
    findings = (
        Finding(1, "Summary reason.", "Summary of findings"),
        Finding(2, "Recommendation text.", "What does the local authority need to improve?"),
        Finding(
            3,
            "Help paragraph.",
            "The experiences and progress of children who need help and protection",
        ),
        Finding(4, "Care leavers paragraph.", "Experience and progress of care leavers"),
        Finding(5, "Board paragraph.", "Summary of findings", Part.LSCB),
    )
    return InspectionReport(
        authority="Testshire",
        framework=Framework.SIF,
        inspection_start=date(2014, 1, 1),
        inspection_end=date(2014, 1, 20),
        published=None,
        judgements=(
            Judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT),
            Judgement(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT),
            Judgement(JudgementArea.CARE_LEAVERS, Grade.GOOD),
            Judgement(JudgementArea.LSCB, Grade.GOOD),
        ),
        findings=findings,
        recommendations=(Recommendation(2, "Do better.", priority=True),),
        id=7,
    )


def _question(qid: int, findings: tuple[int, ...], recs: tuple[int, ...] = ()) -> Question:
    return Question(
        id=qid,
        code=f"T{qid}",
        text="Is it better?",
        why="",
        theme="early-help",
        principle=principle("best-interests"),
        findings=findings,
        recommendations=recs,
        report_id=7,
    )


def test_a_good_draft_has_no_problems() -> None:
    draft = QuestionDraft("Is it better now?", "", "early-help", "best-interests", (3,), (2,))
    assert draft.problems(_report()) == []


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (QuestionDraft("", "", "early-help", "best-interests", (3,)), "empty"),
        (QuestionDraft("Tell us", "", "early-help", "best-interests", (3,)), "question mark"),
        (QuestionDraft("Ok?", "", "no-such-theme", "best-interests", (3,)), "no theme"),
        (QuestionDraft("Ok?", "", "early-help", "be-nice", (3,)), "no corporate parenting"),
        (QuestionDraft("Ok?", "", "early-help", "best-interests", ()), "at least one"),
        (QuestionDraft("Ok?", "", "early-help", "best-interests", (99,)), "no paragraph 99"),
        (QuestionDraft("Ok?", "", "early-help", "best-interests", (3,), (3,)), "not one of"),
        (QuestionDraft("Ok?", "", "early-help", "best-interests", (3,), (), ("Bad Key",)), "key"),
        (QuestionDraft("A" * 400 + "?", "", "early-help", "best-interests", (3,)), "under 400"),
    ],
)
def test_draft_problems_are_explained(draft: QuestionDraft, expected: str) -> None:
    problems = draft.problems(_report())
    assert problems
    assert any(expected in p for p in problems), problems


def test_parse_paragraph_list() -> None:
    assert parse_paragraph_list("43 44") == (43, 44)
    assert parse_paragraph_list("44, 43;  43") == (43, 44)
    assert parse_paragraph_list("40-42 7") == (7, 40, 41, 42)
    assert parse_paragraph_list("") == ()
    for bad in ("4a", "42-40", "one"):
        with pytest.raises(ValueError, match="not"):
            parse_paragraph_list(bad)


def test_paragraph_lists_as_figures_files_give_them() -> None:
    assert parse_paragraph_list("60 and 82") == (60, 82)
    assert parse_paragraph_list("82, 60 and 60") == (60, 82)
    with pytest.raises(ValueError, match="'6²' is not a paragraph number"):
        parse_paragraph_list("6²")


def test_judgement_areas_of_paragraphs() -> None:
    report = _report()
    areas = [judgement_area_of(f) for f in report.findings]
    assert areas == [
        JudgementArea.OVERALL_EFFECTIVENESS,
        None,
        JudgementArea.HELP_AND_PROTECTION,
        JudgementArea.CARE_LEAVERS,
        JudgementArea.LSCB,
    ]
    assert areas_of(_question(1, (4, 1, 3)), report) == (
        JudgementArea.OVERALL_EFFECTIVENESS,
        JudgementArea.HELP_AND_PROTECTION,
        JudgementArea.CARE_LEAVERS,
    )


def test_coverage_counts_questions_in_use_on_recommendations_and_weak_areas() -> None:
    report = _report()
    retired = Question(**{**_question(3, (3,), (2,)).__dict__, "status": QuestionStatus.RETIRED})
    cover = coverage([_question(1, (3,), (2,)), _question(2, (1, 4)), retired], report)
    assert cover.questions == 2
    assert cover.by_recommendation == {2: 1}
    # Only the areas judged below good count; care leavers were judged good here.
    assert cover.by_weak_area == {
        JudgementArea.OVERALL_EFFECTIVENESS: 1,
        JudgementArea.HELP_AND_PROTECTION: 1,
    }
    assert cover.thin() == [
        "Recommendation 2 has 1",
        "Overall effectiveness has 1",
        "Children who need help and protection has 1",
    ]


def test_filter_by_theme_principle_and_status() -> None:
    question = _question(1, (3,))
    retired = Question(**{**question.__dict__, "status": QuestionStatus.RETIRED})
    assert QuestionFilter().accepts(question, asked_before=False)
    assert not QuestionFilter().accepts(retired, asked_before=False)
    assert QuestionFilter(status=StatusFilter.RETIRED).accepts(retired, asked_before=False)
    assert QuestionFilter(status=StatusFilter.ALL).accepts(retired, asked_before=True)
    assert QuestionFilter(theme="early-help").accepts(question, asked_before=False)
    assert not QuestionFilter(theme="health").accepts(question, asked_before=False)
    assert not QuestionFilter(principle="express-views").accepts(question, asked_before=False)
    assert QuestionFilter(status=StatusFilter.NOT_YET_ASKED).accepts(question, False)
    assert not QuestionFilter(status=StatusFilter.NOT_YET_ASKED).accepts(question, True)
    assert QuestionFilter(status=StatusFilter.ASKED_BEFORE).accepts(question, True)
