"""A damaged report is refused, or read with warnings that say what looks wrong; it is
never read silently as something it is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.ofsted_report import read_report_file
from tests.importers.damage import (
    sheffield_ten_bytes,
    sheffield_without_bullets,
    sheffield_without_page_9,
)


def test_ten_bytes_changed_in_sheffield_is_refused_naming_what_was_read(tmp_path: Path) -> None:
    """The copy of Sheffield's report with 10 bytes changed was once imported as the report of
    "Inspection dates: 11 to 22 September 2023", with 53 of its 66 paragraphs and no
    recommendations. Its council cannot be named, so it is refused."""
    path = tmp_path / "sheffield-copy.pdf"
    assert sheffield_ten_bytes(path) == 10
    with pytest.raises(ImportFileError) as refused:
        read_report_file(path)
    message = str(refused.value)
    assert message.startswith("sheffield-copy.pdf: the council's name could not be read")
    assert "'Inspection dates: 11 to 22 September 2023'" in message
    assert "Download the report again" in message


def test_a_page_that_lost_its_text_leaves_a_gap_and_warnings(tmp_path: Path) -> None:
    report = read_report_file(sheffield_without_page_9(tmp_path / "sheffield-copy.pdf"))
    assert report.authority == "Sheffield"
    # The paragraphs after the lost page are kept, not dropped with it.
    assert [f.paragraph for f in report.findings] == [*range(1, 54), *range(60, 67)]
    assert len(report.recommendations) == 4
    assert report.warnings == (
        "Paragraphs 54 to 59 were not found: the numbered paragraphs go from 53 to 60 "
        "between pages 8 and 10. Part of the report's text may be missing.",
        "Page 9 has no text beyond its heading, though the numbered paragraphs run on either "
        "side of it: its text may be missing.",
    )


def test_a_list_of_recommendations_that_cannot_be_read_is_warned_of(tmp_path: Path) -> None:
    report = read_report_file(sheffield_without_bullets(tmp_path / "sheffield-copy.pdf"))
    assert [f.paragraph for f in report.findings] == list(range(1, 67))
    assert report.recommendations == ()
    assert report.warnings == (
        "The report has a list of what needs to improve, but no recommendations were read "
        "from it: its text may be missing or damaged.",
    )
