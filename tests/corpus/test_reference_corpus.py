"""Every Ofsted report in a folder of real reports reads completely: ``make test-corpus``.

The folder is ``../shared/reference/`` beside the project unless ``BRIEFING_CORPUS``
names another; every PDF in it and its sub-folders is read, and every text file that
mentions an inspection. Each must read with its council, dates and kind, a paragraph run
without gaps and no warnings; a graded report with its overall grade (or, for a review of
a safeguarding board, the board's grade). Each PDF's text (``pdftotext``) and the PDF
written out again by another producer (Cairo) must read exactly as the PDF does.

Not part of ``make test``: the reports shipped inside the project (``samples/ofsted-reports``)
are tested there, against their expected results.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app.domain.reports import InspectionReport, JudgementArea, ReportKind
from briefing_app.importers.ofsted_report import read_report_file
from tests.importers.copies import cairo_copy, text_copy

pytestmark = pytest.mark.corpus


def _corpus() -> list[Path]:
    folder = os.environ.get("BRIEFING_CORPUS")
    if not folder:
        return []
    root = Path(folder)
    found = sorted(root.rglob("*.pdf"))
    for text in sorted(root.rglob("*.txt")):
        with text.open("rb") as handle:
            if b"inspection" in handle.read(8192).lower():
                found.append(text)
    return found


REPORTS = _corpus()
PDFS = [path for path in REPORTS if path.suffix.casefold() == ".pdf"]


def _summary(report: InspectionReport) -> dict[str, object]:
    return {
        "authority": report.authority,
        "framework": report.framework,
        "kind": report.kind,
        "dates": (report.inspection_start, report.inspection_end),
        "published": report.published,
        "judgements": {j.area: j.grade for j in report.judgements},
        "paragraphs": [f.paragraph for f in report.findings],
        "recommendations": [(r.paragraph, r.priority) for r in report.recommendations],
        "warnings": report.warnings,
    }


@pytest.mark.parametrize("path", REPORTS, ids=lambda path: path.name)
def test_the_report_reads_completely(path: Path) -> None:
    report = read_report_file(path)
    assert report.authority
    assert report.inspection_start <= report.inspection_end
    numbers = [finding.paragraph for finding in report.findings]
    assert numbers == list(range(1, len(numbers) + 1)), "the paragraph run has gaps"
    assert report.warnings == ()
    areas = {judgement.area for judgement in report.judgements}
    if report.kind is ReportKind.LSCB_REVIEW:
        assert JudgementArea.LSCB in areas
    elif report.kind.graded:
        assert JudgementArea.OVERALL_EFFECTIVENESS in areas
    else:
        assert not areas


@pytest.mark.parametrize("path", PDFS, ids=lambda path: path.name)
def test_the_text_and_a_rewritten_copy_read_as_the_pdf(path: Path, tmp_path: Path) -> None:
    expected = _summary(read_report_file(path))
    text = _summary(read_report_file(text_copy(path, tmp_path)))
    assert text == expected
    rewritten = tmp_path / "rewritten"
    rewritten.mkdir()
    assert _summary(read_report_file(cairo_copy(path, rewritten))) == expected
