"""The lasting targets of members' notes, and masking hidden figures in a summary."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefing_app.domain.briefing import (
    Edition,
    Manifest,
    ReportIdentity,
    Target,
    TargetKind,
)
from briefing_app.domain.disclosure import masked_summary

REPORT = ReportIdentity("851", "inspection", date(2014, 6, 25), date(2014, 7, 16))


@pytest.mark.parametrize(
    ("target", "text"),
    [
        (Target.paragraph_of(REPORT, 12), "paragraph:851:inspection:2014-06-25:2014-07-16:12"),
        (Target.indicator("cla-count"), "indicator:cla-count"),
        (Target.question("POR14-02"), "question:POR14-02"),
        (Target.meeting_item("5f0c1a", "POR14-02"), "meeting-item:5f0c1a:POR14-02"),
    ],
)
def test_a_target_is_written_and_read_back_the_same(target: Target, text: str) -> None:
    assert target.text() == text
    assert Target.parse(text) == target


def test_a_paragraph_target_names_its_report_and_number() -> None:
    report, number = Target.parse("paragraph:851:inspection:2014-06-25:2014-07-16:12").paragraph()
    assert (report, number) == (REPORT, 12)
    assert Target.parse("paragraph:851:inspection:2014-06-25:2014-07-16:12").kind is (
        TargetKind.PARAGRAPH
    )


@pytest.mark.parametrize(
    "text",
    ["", "question", "question:", "report:851", "paragraph:851:12", "meeting-item:POR14-02"],
)
def test_text_that_names_no_target_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"does not name|is not a valid"):
        Target.parse(text)


def test_a_manifest_says_whose_it_is_in_words() -> None:
    manifest = Manifest(
        council="373",
        council_name="Sheffield",
        demonstration=False,
        edition=Edition.PUBLIC,
        published_at=datetime(2026, 3, 4, 14, 5),
        app_version="0.1.0",
        format_version=1,
        schema_version=11,
    )
    assert manifest.describe() == "Sheffield, published 4 March 2026 at 14:05, for the public"


def test_only_the_sentences_citing_a_hidden_figure_are_masked() -> None:
    text = (
        "Three were at university [104]. In March 2015, 3 were at university "
        "[care-leavers-university]. Paragraph 3 says more [3]."
    )
    shown = masked_summary(text, {"care-leavers-university": frozenset({3.0})})
    assert shown.suppressed
    assert shown.text == (
        "Three were at university [104]. In March 2015, [c] were at university "
        "[care-leavers-university]. Paragraph 3 says more [3]."
    )
    untouched = masked_summary(text, {"cla-count": frozenset({3.0})})
    assert (untouched.text, untouched.suppressed) == (text, False)
