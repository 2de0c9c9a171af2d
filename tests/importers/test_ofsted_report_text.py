"""The seed parse: the 2014 Portsmouth report text, as shipped in data/."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.reports import Framework, Grade, InspectionReport, JudgementArea, Part
from briefing_app.importers.ofsted_report import parse_report_text, read_report_file
from tests.conftest import PORTSMOUTH_TEXT, REPO

SEED = REPO / "data" / "portsmouth-2014" / "report.txt"


@pytest.fixture(scope="module")
def report() -> InspectionReport:
    return read_report_file(SEED)


# The SHA-256 of Ofsted's text of the report, as published: the seed must stay unaltered.
OFSTED_TEXT_SHA256 = "f7266e90353290b6052c7bccd7e6c6e4913d512b486a446c1664acc5a1e06836"


def test_seed_is_the_reference_text_verbatim() -> None:
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == OFSTED_TEXT_SHA256


def test_header(report: InspectionReport) -> None:
    assert report.authority == "Portsmouth City Council"
    assert report.framework is Framework.SIF
    assert report.inspection_start == date(2014, 6, 25)
    assert report.inspection_end == date(2014, 7, 16)
    assert report.published == date(2014, 9, 1)
    assert report.source_name == "report.txt"


def test_every_judgement_and_grade(report: InspectionReport) -> None:
    grades = {j.area: j.grade for j in report.judgements}
    assert grades == {
        JudgementArea.OVERALL_EFFECTIVENESS: Grade.REQUIRES_IMPROVEMENT,
        JudgementArea.HELP_AND_PROTECTION: Grade.REQUIRES_IMPROVEMENT,
        JudgementArea.LOOKED_AFTER_AND_PERMANENCE: Grade.GOOD,
        JudgementArea.ADOPTION: Grade.GOOD,
        JudgementArea.CARE_LEAVERS: Grade.REQUIRES_IMPROVEMENT,
        JudgementArea.LEADERSHIP: Grade.GOOD,
        JudgementArea.LSCB: Grade.GOOD,
    }


def test_all_163_paragraphs_in_order(report: InspectionReport) -> None:
    assert [f.paragraph for f in report.findings] == list(range(1, 164))


def test_paragraph_text_is_verbatim(report: InspectionReport) -> None:
    source_lines = PORTSMOUTH_TEXT.read_text(encoding="utf-8").splitlines()
    for finding in report.findings:
        assert f"{finding.paragraph}. {finding.text}" in source_lines, finding.paragraph
    assert report.finding(112) is not None
    assert report.finding(112).text.startswith(  # type: ignore[union-attr]
        "The training provided to help elected members develop a clear understanding"
    )


@pytest.mark.parametrize(
    ("paragraph", "part", "section", "subsection"),
    [
        (1, Part.LOCAL_AUTHORITY, "Summary of findings", ""),
        (12, Part.LOCAL_AUTHORITY, "Summary of findings", ""),
        (
            13,
            Part.LOCAL_AUTHORITY,
            "What does the local authority need to improve?",
            "The right level of support",
        ),
        (
            16,
            Part.LOCAL_AUTHORITY,
            "What does the local authority need to improve?",
            "Governance and Corporate Parenting",
        ),
        (
            23,
            Part.LOCAL_AUTHORITY,
            "What does the local authority need to improve?",
            "Race and ethnicity",
        ),
        (24, Part.LOCAL_AUTHORITY, "The local authority's strengths", ""),
        (35, Part.LOCAL_AUTHORITY, "Progress since the last inspection", ""),
        (
            40,
            Part.LOCAL_AUTHORITY,
            "The experiences and progress of children who need help and protection",
            "",
        ),
        (
            57,
            Part.LOCAL_AUTHORITY,
            "The experiences and progress of children who need help and protection",
            "",
        ),
        (
            58,
            Part.LOCAL_AUTHORITY,
            "The experiences and progress of children looked after and achieving permanence",
            "",
        ),
        (81, Part.LOCAL_AUTHORITY, "Adoption performance", ""),
        (97, Part.LOCAL_AUTHORITY, "Experience and progress of care leavers", ""),
        (112, Part.LOCAL_AUTHORITY, "Leadership, management and governance", ""),
        (126, Part.LSCB, "Summary of findings", ""),
        (137, Part.LSCB, "What does the LSCB need to improve?", ""),
        (141, Part.LSCB, "The LSCB's strengths", ""),
        (151, Part.LSCB, "Inspection judgement about the LSCB", ""),
        (163, Part.LSCB, "Inspection judgement about the LSCB", ""),
    ],
)
def test_section_headings(
    report: InspectionReport, paragraph: int, part: Part, section: str, subsection: str
) -> None:
    finding = report.finding(paragraph)
    assert finding is not None
    assert (finding.part, finding.section, finding.subsection) == (part, section, subsection)


def test_recommendations(report: InspectionReport) -> None:
    numbers = [r.paragraph for r in report.recommendations]
    assert numbers == [*range(13, 24), 137, 138, 139, 140]
    priority = [r.paragraph for r in report.recommendations if r.priority]
    assert priority == [13, 14, 15, 16]
    by_number = {r.paragraph: r for r in report.recommendations}
    assert by_number[17].topic == "Early help"
    assert by_number[22].topic == "Support for care leavers"
    assert all(by_number[n].part is Part.LSCB for n in (137, 138, 139, 140))


def test_strengths(report: InspectionReport) -> None:
    assert [s.paragraph for s in report.strengths] == [*range(24, 35), *range(141, 151)]


def test_front_page_numbers_are_not_taken_for_paragraphs(report: InspectionReport) -> None:
    first = report.finding(1)
    assert first is not None
    assert first.text.startswith("Although there have been real improvements")


def test_windows_line_endings_parse_the_same(report: InspectionReport) -> None:
    text = PORTSMOUTH_TEXT.read_text(encoding="utf-8").replace("\n", "\r\n")
    again = parse_report_text(text, "report.txt")
    assert again.findings == report.findings
    assert again.judgements == report.judgements


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        ("Shopping list\n1. eggs\n2. milk\n", "numbered paragraphs"),
    ],
)
def test_not_a_report_is_refused_with_the_file_name(text: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=re.escape("notes.txt")) as caught:
        parse_report_text(text, Path("/somewhere/notes.txt"))
    assert message in caught.value.message


def test_report_without_dates_is_refused() -> None:
    text = PORTSMOUTH_TEXT.read_text(encoding="utf-8").replace("Inspection date:", "Visited:")
    with pytest.raises(ImportFileError, match="inspection dates"):
        parse_report_text(text, "report.txt")


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x01" * 10)
    with pytest.raises(ImportFileError, match=r"report\.txt: the file is not readable text"):
        read_report_file(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"gone\.txt: the file could not be read"):
        read_report_file(tmp_path / "gone.txt")
