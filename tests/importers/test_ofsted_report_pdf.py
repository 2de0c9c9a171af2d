"""The shipped Ofsted PDFs: every judgement, the whole paragraph run, the recommendations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing_app.domain.reports import InspectionReport, Part
from briefing_app.importers.ofsted_report import read_report_file
from tests.conftest import PORTSMOUTH_TEXT, REFERENCE_PDFS
from tests.importers.expected import EXPECTED


def test_every_shipped_report_has_its_expected_results() -> None:
    assert sorted(EXPECTED) == sorted(path.name for path in REFERENCE_PDFS.glob("*.pdf"))


_cache: dict[str, InspectionReport] = {}


def _report(name: str) -> InspectionReport:
    if name not in _cache:
        _cache[name] = read_report_file(REFERENCE_PDFS / name)
    return _cache[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_header_and_every_judgement(name: str) -> None:
    report, expected = _report(name), EXPECTED[name]
    assert report.authority == expected["authority"]
    assert report.framework.value == expected["framework"]
    assert report.kind.value == expected["kind"]
    assert (report.inspection_start, report.inspection_end) == (
        expected["inspection_start"],
        expected["inspection_end"],
    )
    assert report.published == expected.get("published")
    assert {j.area.value: j.grade.value for j in report.judgements} == expected["grades"]
    assert report.source_name == name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_paragraph_run_is_complete(name: str) -> None:
    report, expected = _report(name), EXPECTED[name]
    assert [f.paragraph for f in report.findings] == list(range(1, expected["last_paragraph"] + 1))
    assert report.findings[0].text.startswith(expected["first_paragraph_starts"])
    assert report.findings[-1].text.startswith(expected["last_paragraph_starts"])
    for finding in report.findings:
        assert finding.text, finding.paragraph
        assert finding.section, finding.paragraph
        # Page furniture and joins are cleaned away.
        assert "\ufffe" not in finding.text
        assert not re.search(r"\s{2,}", finding.text)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_read_raised_no_warnings(name: str) -> None:
    assert _report(name).warnings == ()


@pytest.mark.parametrize(
    ("name", "running_header"),
    [
        ("sheffield-2023-11-03.pdf", "Inspection of Sheffield local authority children"),
        ("windsor-maidenhead-2024-11-19.pdf", "Inspection of Royal Borough of Windsor"),
    ],
)
def test_running_headers_are_not_in_the_text(name: str, running_header: str) -> None:
    report = _report(name)
    assert not [f.paragraph for f in report.findings if running_header in f.text]
    assert not [f.paragraph for f in report.findings if re.search(r"\b2023 \d+\b", f.text)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_recommendations_counted(name: str) -> None:
    report, expected = _report(name), EXPECTED[name]
    assert [r.paragraph or 0 for r in report.recommendations] == expected["recommendations"]
    assert [r.number for r in report.recommendations if r.priority] == expected["priority"]
    assert [r.number for r in report.recommendations] == list(
        range(1, len(expected["recommendations"]) + 1)
    )
    for rec in report.recommendations:
        assert rec.text, rec.number


def _normalised(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def test_portsmouth_pdf_paragraphs_match_the_published_text_word_for_word() -> None:
    """The PDF's paragraphs, cleaned of wrapping, page numbers and footnote marks, are the
    same words as the plain-text copy of the report (which differs only in its quotes)."""
    pdf = _report("portsmouth-2014-09-01.pdf")
    source_lines = {_normalised(line) for line in PORTSMOUTH_TEXT.read_text("utf-8").splitlines()}
    for finding in pdf.findings:
        assert _normalised(f"{finding.paragraph}. {finding.text}") in source_lines, (
            finding.paragraph
        )


def test_sif_sections_and_parts() -> None:
    leeds = _report("leeds-2015-03-27.pdf")
    sections = {f.paragraph: (f.part, f.section, f.subsection) for f in leeds.findings}
    assert sections[1] == (
        Part.LOCAL_AUTHORITY,
        "What does the local authority need to improve?",
        "Leadership, Management and Governance",
    )
    assert sections[16] == (Part.LOCAL_AUTHORITY, "The local authority’s strengths", "")
    assert sections[35][1] == (
        "The experiences and progress of children who need help and protection"
    )
    assert sections[153][1] == "Leadership, management and governance"
    assert sections[184][:2] == (Part.LSCB, "What does the LSCB need to improve?")
    assert sections[215][:2] == (Part.LSCB, "Inspection judgement about the LSCB")
    assert [s.paragraph for s in leeds.strengths] == list(range(16, 25))


def test_ilacs_sections_follow_the_graded_headings() -> None:
    windsor = _report("windsor-maidenhead-2024-11-19.pdf")
    sections = {f.paragraph: f.section for f in windsor.findings}
    assert sections[1] == "The experiences and progress of children who need help and protection"
    assert sections[19] == "The experiences and progress of children in care"
    assert sections[34] == "The experiences and progress of care leavers"
    assert sections[51] == (
        "The impact of leaders on social work practice with children and families"
    )
    assert [r.text for r in windsor.recommendations] == [
        "The stability of the workforce to minimise changes of social worker for children.",
        "The consistency of practice and management oversight for disabled children.",
    ]


def test_text_split_over_a_page_is_joined_and_footnote_marks_removed() -> None:
    southampton = _report("southampton-2020-01-09.pdf")
    five = southampton.finding(5)
    assert five is not None
    # Paragraph 5 runs from page 3 onto page 4, past the page number.
    assert "identified risks should have been considered in an initial child protection " in (
        five.text
    )
    assert five.text.endswith("queries referred by inspectors.")
    leeds_front = _report("leeds-2015-03-27.pdf").title
    assert leeds_front.endswith("local safeguarding children board")  # no footnote mark "1"


def test_hyphen_at_a_line_end_is_kept_and_joined() -> None:
    portsmouth = _report("portsmouth-2014-09-01.pdf")
    thirteen = portsmouth.finding(13)
    assert thirteen is not None
    assert "in a timely and well-co-ordinated way." in thirteen.text


def test_progress_is_reported_page_by_page(tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    read_report_file(REFERENCE_PDFS / "sheffield-2023-11-03.pdf", lambda d, t: seen.append((d, t)))
    assert seen == [(n / 11, f"Reading page {n} of 11…") for n in range(1, 12)]
