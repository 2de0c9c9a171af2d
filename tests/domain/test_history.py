"""A council's history: the council a report is about, grades compared only within one
framework, the history in words, and the chart of grades over time."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from briefing_app.domain.charts import ChartKind
from briefing_app.domain.grade_chart import grade_chart
from briefing_app.domain.history import (
    CouncilHistory,
    JudgedReport,
    council_for_report,
    frameworks_note,
    grade_change,
)
from briefing_app.domain.reports import (
    Framework,
    Grade,
    Judgement,
    JudgementArea,
    ReportHeader,
    ReportKind,
)
from briefing_app.services.statistics import shipped_councils
from tests.conftest import REPO

DIRECTORY = shipped_councils(REPO / "data")
EXPECTED = tomllib.loads((REPO / "tests/importers/reference_reports.toml").read_text("utf-8"))
OVERALL = JudgementArea.OVERALL_EFFECTIVENESS


@pytest.mark.parametrize(
    ("authority", "on", "council"),
    [
        ("Portsmouth City Council", date(2014, 7, 16), "Portsmouth"),
        ("City of Bradford Metropolitan District Council", date(2014, 3, 12), "Bradford"),
        ("Doncaster Metropolitan Borough Council", date(2017, 11, 24), "Doncaster"),
        ("Surrey Safeguarding Children Board", date(2015, 6, 17), "Surrey"),
        ("Newcastle", date(2021, 12, 10), "Newcastle upon Tyne"),
        ("Hull City Council", date(2019, 1, 1), "Kingston upon Hull, City of"),
        ("Durham County Council", date(2019, 1, 1), "County Durham"),
        ("Royal Borough of Windsor and Maidenhead", date(2024, 10, 11), "Windsor and Maidenhead"),
        ("St Helens", date(2023, 7, 21), "St. Helens"),
        ("Norfolk County Council", date(2013, 7, 12), "Norfolk"),
    ],
)
def test_the_council_a_report_is_about(authority: str, on: date, council: str) -> None:
    found = council_for_report(authority, on, DIRECTORY)
    assert found is not None
    assert found.name == council


def test_a_name_two_councils_had_is_the_one_running_services_then() -> None:
    before = council_for_report("Dorset County Council", date(2016, 5, 1), DIRECTORY)
    after = council_for_report("Dorset Council", date(2022, 5, 1), DIRECTORY)
    assert before is not None
    assert after is not None
    assert (before.old_code, after.old_code) == ("835", "838")


@pytest.mark.parametrize("authority", ["Nowhere Council", "Sussex", "Safeguarding Children Board"])
def test_no_council_for_a_name_the_list_does_not_hold(authority: str) -> None:
    assert council_for_report(authority, date(2020, 1, 1), DIRECTORY) is None


def test_every_shipped_report_names_a_council_with_neighbours() -> None:
    for name, expected in EXPECTED.items():
        if not isinstance(expected, dict) or "authority" not in expected:
            continue
        council = council_for_report(expected["authority"], date(2020, 1, 1), DIRECTORY)
        assert council is not None, name
        assert len(council.neighbours) == 10, name
        assert name.startswith(council.name.casefold().split()[0].rstrip(",.")[:4]), name


def _report(
    number: int,
    end: date,
    framework: Framework = Framework.ILACS,
    kind: ReportKind = ReportKind.INSPECTION,
    **grades: Grade,
) -> JudgedReport:
    header = ReportHeader(number, "Testshire", framework, end, end, None, None, kind)
    return JudgedReport(
        header, tuple(Judgement(JudgementArea(area), grade) for area, grade in grades.items())
    )


SIF_2015 = _report(
    1,
    date(2015, 3, 1),
    Framework.SIF,
    overall_effectiveness=Grade.INADEQUATE,
    care_leavers=Grade.REQUIRES_IMPROVEMENT,
)
VISIT_2017 = _report(2, date(2017, 5, 1), kind=ReportKind.FOCUSED_VISIT)
SIF_2018 = _report(
    3, date(2018, 1, 1), Framework.SIF, overall_effectiveness=Grade.REQUIRES_IMPROVEMENT
)
ILACS_2022 = _report(4, date(2022, 6, 1), overall_effectiveness=Grade.GOOD, care_leavers=Grade.GOOD)
PRE_2013 = _report(5, date(2012, 6, 1), Framework.PRE_2013, overall_effectiveness=Grade.ADEQUATE)


def test_grades_compare_within_a_framework_only() -> None:
    assert grade_change(SIF_2015, SIF_2018, OVERALL) == "Higher grade later"
    assert grade_change(SIF_2018, SIF_2015, OVERALL) == "Higher grade later"  # either order
    assert grade_change(SIF_2018, ILACS_2022, OVERALL) == "Not compared: different frameworks"
    assert grade_change(PRE_2013, SIF_2015, OVERALL) == "Not compared: different frameworks"
    assert grade_change(SIF_2015, SIF_2015, OVERALL) == "Same grade"
    assert grade_change(SIF_2015, SIF_2018, JudgementArea.CARE_LEAVERS) == (
        "Judged only in the earlier report"
    )
    assert grade_change(SIF_2015, SIF_2018, JudgementArea.ADOPTION) == ""
    assert frameworks_note(SIF_2015, SIF_2018) == ""
    assert "not compared" in frameworks_note(SIF_2018, ILACS_2022)


def test_a_report_in_words() -> None:
    assert SIF_2015.what == "Inspection, March 2015, single inspection framework (SIF)"
    assert SIF_2015.grades_in_words == (
        "Overall effectiveness: ✗ Inadequate. Care leavers: ! Requires improvement."
    )
    assert VISIT_2017.grades_in_words == "Ofsted's letter after a focused visit gives no grades."


def test_a_history_in_words() -> None:
    history = CouncilHistory("Testshire", None, (SIF_2015, VISIT_2017, SIF_2018))
    assert history.summary == "Testshire: 3 reports held, from March 2015 to January 2018."
    assert "not in the DfE's list" in history.neighbours_note
    portsmouth = DIRECTORY.get("851")
    assert portsmouth is not None
    first, second = DIRECTORY.neighbours_of(portsmouth)[:2]
    with_list = CouncilHistory("Portsmouth", portsmouth, (SIF_2015,), (), (first, second))
    assert "Reports are held of 0 of them" in with_list.neighbours_note
    assert f"None are held of {first.name} and {second.name}: import" in with_list.neighbours_note


def test_the_chart_of_grades_over_time() -> None:
    review = _report(6, date(2016, 3, 20), Framework.SIF, ReportKind.LSCB_REVIEW, lscb=Grade.GOOD)
    chart = grade_chart("Testshire", [ILACS_2022, SIF_2015, VISIT_2017, review, SIF_2018])
    assert chart is not None
    assert chart.kind is ChartKind.TREND
    assert chart.title == "Testshire: overall effectiveness over time"
    # Reports with an overall grade only, oldest first; the others said to be left out.
    assert chart.categories == ("March 2015", "January 2018", "June 2022")
    (overall,) = chart.series
    assert overall.name == "Overall effectiveness"
    assert overall.emphasis
    assert [p.value for p in overall.points] == [1.0, 2.0, 3.0]
    assert [p.label for p in overall.points] == [
        "✗ Inadequate",
        "! Requires improvement",
        "✓ Good",
    ]
    assert [label for _, label in chart.axis.ticks] == [
        "✗ Inadequate",
        "! Requires improvement",
        "✓ Good",
        "★ Outstanding",
    ]
    # Every grade in words, so nothing rests on the picture.
    assert chart.description.startswith(
        "Line chart of Testshire's overall effectiveness, as Ofsted graded it: March 2015: "
        "✗ Inadequate; January 2018: ! Requires improvement; June 2022: ✓ Good. "
    )
    assert "One letter after a visit, without grades, is not drawn." in chart.notes
    assert any(note.startswith("One report without an overall grade") for note in chart.notes)
    assert any("different frameworks" in note for note in chart.notes)
    assert all(note in chart.description for note in chart.notes)


def test_adequate_shares_a_level_and_says_so() -> None:
    chart = grade_chart("Testshire", [PRE_2013, SIF_2015])
    assert chart is not None
    assert chart.series[0].points[0].value == 2.0
    assert chart.axis.ticks[1][1] == "! Requires improvement or adequate"
    assert any("do not mean the same" in note for note in chart.notes)


def test_no_chart_without_grades() -> None:
    assert grade_chart("Testshire", [VISIT_2017]) is None
    assert grade_chart("Testshire", []) is None


def test_two_reports_in_one_month_are_told_apart() -> None:
    again = _report(7, date(2015, 3, 25), Framework.SIF, overall_effectiveness=Grade.GOOD)
    reinspection = _report(
        8,
        date(2015, 3, 28),
        Framework.SIF,
        ReportKind.REINSPECTION,
        overall_effectiveness=Grade.GOOD,
    )
    chart = grade_chart("Testshire", [SIF_2015, again, reinspection])
    assert chart is not None
    assert chart.categories == ("March 2015", "March 2015 (2)", "March 2015 (re-inspection)")
