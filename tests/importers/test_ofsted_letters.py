"""Ofsted's letters of findings (focused visits, monitoring visits, joint targeted area
inspections) are read as findings with their kind and no grades."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.reports import Framework, InspectionReport, ReportKind
from briefing_app.importers.ofsted_report import read_report_file
from tests.importers.letters import FOCUSED_VISIT, JTAI, MONITORING_VISIT, Letter, write_letter


def _read(letter: Letter, tmp_path: Path) -> InspectionReport:
    return read_report_file(write_letter(letter, tmp_path / "letter.pdf"))


def test_a_focused_visit(tmp_path: Path) -> None:
    report = _read(FOCUSED_VISIT, tmp_path)
    assert report.kind is ReportKind.FOCUSED_VISIT
    assert report.framework is Framework.ILACS
    assert report.authority == "Exampleshire County Council"
    assert (report.inspection_start, report.inspection_end) == (date(2019, 3, 6), date(2019, 3, 7))
    assert report.published is None
    assert report.title == "Focused visit to Exampleshire County Council children's services"
    assert report.judgements == ()
    assert report.overall is None
    # The letter's paragraphs and its findings' bullets, numbered in the letter's order.
    assert [(f.paragraph, f.section, f.text[:30]) for f in report.findings] == [
        (1, report.title, "This letter summarises the fin"),
        (2, report.title, "Inspectors evaluated the arran"),
        (3, "Overview", "Since the last inspection, lea"),
        (4, "Overview", "Plans for a minority of childr"),
        (5, "Findings", "Social workers know their chil"),
        (6, "Findings", "Managers oversee work regularl"),
        (7, "Findings", "Ofsted will take the findings "),
    ]
    assert [(r.paragraph, r.number, r.text) for r in report.recommendations] == [
        (None, 1, "The quality of plans, so that each action says who will do what by when."),
        (
            None,
            2,
            "The timeliness of visits to children on child protection plans during school "
            "holidays.",
        ),
    ]
    assert report.warnings == ()
    assert report.short_title == "Exampleshire County Council, March 2019 (focused visit)"


def test_a_monitoring_visit_over_two_pages(tmp_path: Path) -> None:
    report = _read(MONITORING_VISIT, tmp_path)
    assert report.kind is ReportKind.MONITORING_VISIT
    assert report.authority == "Sampletown"
    assert (report.inspection_start, report.inspection_end) == (date(2022, 6, 7), date(2022, 6, 8))
    assert report.recommendations == ()
    texts = [f.text for f in report.findings]
    # A paragraph that ends with a colon keeps the bulleted list that follows it.
    assert texts[1].endswith(
        "identified at the last inspection:\n"
        "• The quality of decisions about what help children need.\n"
        "• The timeliness of strategy meetings when children may be at risk."
    )
    # Each of the eight paragraphs of findings is its own, including the one that starts
    # a new page after a page ending with a full stop.
    looked = [t for t in texts if t.startswith("Inspectors looked at the work done")]
    assert len(looked) == 8
    assert any(
        t.startswith("Inspectors looked at the work done for children in the early") for t in looked
    )
    assert [f.paragraph for f in report.findings] == list(range(1, 14))
    assert report.warnings == ()


def test_a_joint_targeted_area_inspection(tmp_path: Path) -> None:
    report = _read(JTAI, tmp_path)
    assert report.kind is ReportKind.JTAI
    assert report.authority == "Democouncil"
    # "Between 30 April and 3 May 2019": the dates come before "This letter summarises".
    assert (report.inspection_start, report.inspection_end) == (date(2019, 4, 30), date(2019, 5, 3))
    assert [r.text for r in report.recommendations] == [
        "Waiting times for specialist mental health assessments.",
        "The sharing of information between schools and health services.",
    ]
    assert report.findings[0].text.startswith("Between 30 April and 3 May 2019")
    assert report.warnings == ()


def test_a_letter_with_numbered_paragraphs_is_read_by_its_numbers(tmp_path: Path) -> None:
    numbered = Letter(
        **{
            **MONITORING_VISIT.__dict__,
            "numbered": True,
        }
    )
    report = _read(numbered, tmp_path)
    assert report.kind is ReportKind.MONITORING_VISIT
    assert report.authority == "Sampletown"
    assert report.title == "Monitoring visit to Sampletown children's services"
    # The opening paragraph, under no heading, is not numbered in such a letter.
    assert [f.paragraph for f in report.findings] == list(range(1, 13))
    assert report.findings[0].text.startswith("The focus of the visit was the front door")


def test_a_letter_without_dates_is_refused(tmp_path: Path) -> None:
    undated = Letter(
        **{
            **FOCUSED_VISIT.__dict__,
            "sections": (
                (
                    "",
                    (
                        "This letter summarises the findings of the focused visit to "
                        "Exampleshire County Council children's services last spring.",
                    ),
                ),
                *FOCUSED_VISIT.sections[1:],
            ),
        }
    )
    with pytest.raises(ImportFileError, match="the dates of the visit could not be found"):
        _read(undated, tmp_path)
