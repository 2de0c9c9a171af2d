from __future__ import annotations

from datetime import date

import pytest

from briefing_app.domain.reports import (
    Finding,
    Framework,
    Grade,
    InspectionReport,
    Judgement,
    JudgementArea,
    Part,
    area_from_label,
    grade_from_text,
    group_by_section,
)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Requires Improvement", Grade.REQUIRES_IMPROVEMENT),
        ("Requires improvement to be good", Grade.REQUIRES_IMPROVEMENT),
        ("children's services require improvement", Grade.REQUIRES_IMPROVEMENT),
        ("Good", Grade.GOOD),
        ("is that it is good", Grade.GOOD),
        ("Inadequate", Grade.INADEQUATE),
        ("adequate (Grade 3)", Grade.ADEQUATE),
        ("Outstanding", Grade.OUTSTANDING),
        ("no grade here", None),
    ],
)
def test_grade_from_text(text: str, grade: Grade | None) -> None:
    assert grade_from_text(text) is grade


@pytest.mark.parametrize(
    ("label", "area"),
    [
        ("Children who need help and protection", JudgementArea.HELP_AND_PROTECTION),
        (
            "Children looked after and achieving permanence",
            JudgementArea.LOOKED_AFTER_AND_PERMANENCE,
        ),
        ("Adoption performance", JudgementArea.ADOPTION),
        ("Experiences and progress of care leavers", JudgementArea.CARE_LEAVERS),
        ("Leadership, management and governance", JudgementArea.LEADERSHIP),
        (
            "The experiences and progress of children in care and care leavers",
            JudgementArea.CHILDREN_IN_CARE,
        ),
        (
            "The impact of leaders on social work practice with children and families",
            JudgementArea.IMPACT_OF_LEADERS,
        ),
        ("Overall effectiveness", JudgementArea.OVERALL_EFFECTIVENESS),
        ("Local Safeguarding Children Board", JudgementArea.LSCB),
        ("Something else", None),
    ],
)
def test_area_from_label(label: str, area: JudgementArea | None) -> None:
    assert area_from_label(label) is area


def test_grades_rank_best_first_and_flag_below_good() -> None:
    assert Grade.OUTSTANDING.rank < Grade.GOOD.rank < Grade.REQUIRES_IMPROVEMENT.rank
    assert Grade.REQUIRES_IMPROVEMENT.is_below_good
    assert not Grade.GOOD.is_below_good


def test_group_by_section_keeps_report_order_and_separates_the_lscb() -> None:
    findings = [
        Finding(2, "b", "Summary of findings"),
        Finding(1, "a", "Summary of findings"),
        Finding(3, "c", "Strengths"),
        Finding(4, "d", "Summary of findings", part=Part.LSCB),
    ]
    groups = group_by_section(findings)
    assert [(title, [f.paragraph for f in items]) for title, items in groups] == [
        ("Summary of findings", [1, 2]),
        ("Strengths", [3]),
        ("LSCB: Summary of findings", [4]),
    ]


def test_report_looks_up_judgements_and_paragraphs() -> None:
    report = InspectionReport(
        authority="Somewhere Council",
        framework=Framework.ILACS,
        inspection_start=date(2020, 1, 6),
        inspection_end=date(2020, 1, 17),
        published=None,
        judgements=(Judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD),),
        findings=(Finding(5, "five", "S"), Finding(9, "nine", "S")),
    )
    assert report.overall == Judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD)
    assert report.judgement(JudgementArea.LSCB) is None
    assert report.finding(9) == Finding(9, "nine", "S")
    assert report.paragraph_range == (5, 9)
    assert report.short_title == "Somewhere Council, January 2020"
