"""Cleaning printed lines into logical lines: page furniture, footnotes, wrapping."""

from __future__ import annotations

import textwrap

from briefing_app.domain.reports import InspectionReport
from briefing_app.importers.ofsted_report import parse_report_text, read_report_file
from briefing_app.importers.page_lines import PageLine
from briefing_app.importers.report_lines import logical_lines, pages_from_text
from tests.conftest import REPO

SEED = REPO / "data" / "portsmouth-2014" / "report.txt"


def _line(
    text: str, y: float, *, size: float = 12, left: float = 72, right: float = 520
) -> PageLine:
    return PageLine(text, size=size, left=left, right=right, baseline=y)


ENDINGS = ("ends well.", "stops here.", "is done.", "closes now.")


def test_footnotes_page_numbers_and_running_headers_go() -> None:
    pages = []
    for number, ending in enumerate(ENDINGS, start=1):
        pages.append(
            [
                _line("Inspection of Somewhere local authority children’s services", 800, size=8),
                _line(f"1 to 5 May 2023 {number}", 790, size=8, right=300),
                _line(f"{number}. A finding that runs on for a good long way across the", 700),
                _line(f"page and {ending}", 685, right=200),
                _line("1 A footnote in small type.", 60, size=9, right=200),
            ]
        )
    assert logical_lines(pages) == [
        f"{n}. A finding that runs on for a good long way across the page and {ending}"
        for n, ending in enumerate(ENDINGS, start=1)
    ]


def test_footnote_marks_matching_the_page_footnotes_are_removed() -> None:
    page = [
        _line("There are four children in residential special schools3, all of them out", 700),
        _line("of the area.", 685, right=150),
        _line("3", 80, size=9, right=80),
        _line("These are schools that look after children for fewer than 295 days.", 70, size=9),
    ]
    assert logical_lines([page]) == [
        "There are four children in residential special schools, all of them out of the area."
    ]


def test_a_heading_at_the_top_of_a_page_is_not_joined_to_the_last_sentence() -> None:
    first = [
        _line("20. Ensure that data about children missing from home are used to help", 120),
        _line("safeguard children. Feedback from return interviews must also be used.", 105),
    ]
    second = [
        _line("Post-adoption support", 760, right=190),
        _line("21. Ensure that post-adoption support plans are detailed.", 735, right=400),
    ]
    assert logical_lines([first, second]) == [
        "20. Ensure that data about children missing from home are used to help safeguard "
        "children. Feedback from return interviews must also be used.",
        "Post-adoption support",
        "21. Ensure that post-adoption support plans are detailed.",
    ]


def test_a_sentence_running_over_a_page_is_joined() -> None:
    first = [_line("5. Most child protection enquiries are completed and for some children,", 80)]
    second = [
        _line("identified risks should have been considered in an initial conference. The", 760),
        _line("local authority responded.", 745, right=230),
    ]
    assert logical_lines([first, second]) == [
        "5. Most child protection enquiries are completed and for some children, identified "
        "risks should have been considered in an initial conference. The local authority "
        "responded."
    ]


def test_hyphen_break_joins_without_a_space() -> None:
    page = [
        PageLine("The cross-", size=12, left=72, right=520, baseline=700, joins_next=True),
        _line("party support is strong.", 685, right=200),
    ]
    assert logical_lines([page]) == ["The cross-party support is strong."]


def test_gap_or_type_size_ends_a_paragraph() -> None:
    page = [
        _line("Summary", 760, size=14, right=140),
        _line("The local authority and its partners have improved every part of the", 730),
        _line("arrangements for children.", 715, right=260),
        _line("Children and their families are offered a wide range of services that", 690),
        _line("meet their needs.", 675, right=200),
    ]
    assert logical_lines([page]) == [
        "Summary",
        "The local authority and its partners have improved every part of the arrangements "
        "for children.",
        "Children and their families are offered a wide range of services that meet their needs.",
    ]


def test_text_one_paragraph_a_line_is_kept_as_it_is() -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = logical_lines(pages_from_text(text))
    assert "Governance and Corporate Parenting" in lines
    assert any(
        line.startswith("16. Ensure that elected members are properly trained") for line in lines
    )


def _printed(text: str, width: int = 82, per_page: int = 46) -> str:
    """The seed text as a PDF-to-text tool prints it: wrapped, paged, numbered, with a header."""
    wrapped: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            wrapped.append("")
            continue
        wrapped.extend(textwrap.wrap(line.replace("\t", "  "), width) or [""])
        wrapped.append("")
    pages = [wrapped[i : i + per_page] for i in range(0, len(wrapped), per_page)]
    return "\f".join(
        "\n".join(["Portsmouth City Council inspection report", "", *page, "", str(n)])
        for n, page in enumerate(pages, start=1)
    )


def test_wrapped_paged_text_parses_like_the_original() -> None:
    seed: InspectionReport = read_report_file(SEED)
    printed = parse_report_text(_printed(SEED.read_text(encoding="utf-8")), "printed.txt")
    assert [f.paragraph for f in printed.findings] == list(range(1, 164))
    assert [f.text for f in printed.findings] == [f.text for f in seed.findings]
    assert printed.judgements == seed.judgements
    assert [r.paragraph for r in printed.recommendations] == [
        r.paragraph for r in seed.recommendations
    ]
