"""Reports read the same whatever program made the file: the generalisation check.

The importer's rules come from how reports are laid out, not from one file's quirks, so
the text ``pdftotext`` makes of each shipped report, and a few reports written out again by
another PDF producer (Cairo), must give exactly the results the original PDFs give
(``reference_reports.toml``). ``make test-corpus`` writes every report of a folder out
again in the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.reports import InspectionReport
from briefing_app.importers.ofsted_report import read_report_file
from tests.conftest import REFERENCE_PDFS
from tests.importers.copies import cairo_copy, text_copy
from tests.importers.expected import EXPECTED

# One of each framework, kind and layout (writing a PDF out again takes a second or two).
REWRITTEN = (
    "medway-2013-08-23.pdf",
    "bradford-2014-05-23.pdf",
    "surrey-2015-08-03.pdf",
    "doncaster-2018-01-19.pdf",
    "cheshire-east-2020-01-09.pdf",
    "telford-wrekin-2024-07-12.pdf",
)


def assert_reads_as_expected(report: InspectionReport, expected: dict[str, object]) -> None:
    assert report.authority == expected["authority"]
    assert report.framework.value == expected["framework"]
    assert report.kind.value == expected["kind"]
    assert (report.inspection_start, report.inspection_end) == (
        expected["inspection_start"],
        expected["inspection_end"],
    )
    assert report.published == expected.get("published")
    assert {j.area.value: j.grade.value for j in report.judgements} == expected["grades"]
    assert [f.paragraph for f in report.findings] == list(
        range(1, int(str(expected["last_paragraph"])) + 1)
    )
    assert report.findings[0].text.startswith(str(expected["first_paragraph_starts"]))
    assert report.findings[-1].text.startswith(str(expected["last_paragraph_starts"]))
    assert [r.paragraph or 0 for r in report.recommendations] == expected["recommendations"]
    assert [r.number for r in report.recommendations if r.priority] == expected["priority"]
    assert report.warnings == ()


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda name: name[:-4])
def test_the_text_of_every_report_reads_as_its_pdf(name: str, tmp_path: Path) -> None:
    report = read_report_file(text_copy(REFERENCE_PDFS / name, tmp_path))
    assert_reads_as_expected(report, EXPECTED[name])


@pytest.mark.parametrize("name", REWRITTEN, ids=lambda name: name[:-4])
def test_a_report_written_by_another_pdf_producer_reads_the_same(name: str, tmp_path: Path) -> None:
    report = read_report_file(cairo_copy(REFERENCE_PDFS / name, tmp_path))
    assert_reads_as_expected(report, EXPECTED[name])
