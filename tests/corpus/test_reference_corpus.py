"""Every Ofsted report in a folder of real reports reads completely: ``make test-corpus``.

The folder is ``../shared/reference/`` beside the project unless ``BRIEFING_CORPUS``
names another; every PDF in it and its sub-folders is read, and every text file that
mentions an inspection. Not part of ``make test``: the reports shipped inside the project
(``samples/ofsted-reports``) are tested there, against their expected results.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app.domain.reports import InspectionReport
from briefing_app.importers.ofsted_report import read_report_file

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


@pytest.mark.parametrize("path", _corpus(), ids=lambda path: path.name)
def test_the_report_reads_completely(path: Path) -> None:
    report: InspectionReport = read_report_file(path)
    assert report.authority
    assert report.inspection_start <= report.inspection_end
    numbers = [finding.paragraph for finding in report.findings]
    assert numbers == list(range(1, len(numbers) + 1)), "the paragraph run has gaps"
