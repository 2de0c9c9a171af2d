"""Checks made before a report that has been read is trusted.

A damaged file, or a layout the importer has not met, can be read without any error and
still give the wrong thing: a heading taken for the council's name, paragraphs missing
where a page's text was lost, no recommendations where the list of them was not found.
So a report that has been read is checked against what every Ofsted report has:

* the council's name is a name, not a heading, a date or a field of the front page; if
  not, the report is refused, because the name is how reports are told apart;
* the numbered paragraphs run 1, 2, 3 ... without gaps, and no page within them has lost
  its text;
* a graded inspection has the grades its framework gives and a list of what needs to
  improve, and that list is not most of the report;
* the inspection took weeks, not years, and was published after it ended.

Anything else that looks wrong is given back as a warning in plain words, saying what
looked wrong, so the report can be imported and its reader told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.reports import (
    Framework,
    InspectionReport,
    JudgementArea,
    ReportKind,
)

# What a council's name never is: a heading, a field of the front page, a sentence.
_NOT_A_NAME = re.compile(
    r"^(?:inspection|re-?\s?inspection|review|judge?ments?|lead\s+inspector|reporting\s+inspector"
    r"|report\s+published|published|age\s+group|contents|dear|this\s+letter|overall|grade"
    r"|the\s+overall|children['’]s\s+services)\b|[\d:;]|\.$",
    re.I,
)
_NAME_LENGTH = 100
# An inspection, a visit or a review lasts days or weeks; more than this is a misread.
_LONGEST_INSPECTION_DAYS = 70
# Reports are published within weeks (letters within days) of the inspection.
_LONGEST_TO_PUBLICATION_DAYS = 365
# A page with fewer characters than this, once its running head is taken away, is empty.
_EMPTY_PAGE = 20
# More recommendations than this share of the paragraphs: the list's end was missed.
_MOST_PARAGRAPHS = 0.5
_FEWEST_WORDS = 3

_GRADED_BY_FRAMEWORK = {
    Framework.ILACS: (
        JudgementArea.IMPACT_OF_LEADERS,
        JudgementArea.HELP_AND_PROTECTION,
        JudgementArea.CHILDREN_IN_CARE,
    ),
    Framework.SIF: (JudgementArea.HELP_AND_PROTECTION, JudgementArea.LEADERSHIP),
    Framework.PRE_2013: (),
}

DAMAGED_ADVICE = (
    "The file may be damaged, or laid out in a way this app cannot read. "
    "Download the report again from Ofsted's website and import that copy."
)


def check_authority(authority: str, source: Path | str) -> None:
    """Refuse a report whose council could not be named: what was read in its place is a
    heading, a date or a field of the front page."""
    name = authority.strip()
    letters = sum(character.isalpha() for character in name)
    if letters >= 3 and len(name) <= _NAME_LENGTH and not _NOT_A_NAME.search(name):
        return
    found = f" (the first line read was '{name[:80]}')" if name else ""
    raise ImportFileError(
        source,
        f"the council's name could not be read from the front page{found}, so the front "
        "page's text may be missing.",
        DAMAGED_ADVICE,
    )


def read_warnings(
    report: InspectionReport,
    paragraph_pages: Sequence[int],
    page_chars: Sequence[int],
    improve_heading: bool,
    today: date | None = None,
) -> tuple[str, ...]:
    """What looks wrong in a report that was read. ``paragraph_pages`` gives the page (from
    0) of each finding, ``page_chars`` the text each page holds without its running heads,
    ``improve_heading`` whether a heading such as "What needs to improve?" was found."""
    warnings = [
        *_paragraph_gaps(report, paragraph_pages),
        *_empty_pages(paragraph_pages, page_chars),
        *_short_paragraphs(report),
        *_dates(report, today or date.today()),
    ]
    if report.kind.graded:
        warnings += _grades(report)
        warnings += _recommendations(report, improve_heading)
    return tuple(warnings)


def _paragraph_gaps(report: InspectionReport, pages: Sequence[int]) -> list[str]:
    found: list[str] = []
    findings = report.findings
    for place in range(1, len(findings)):
        before, after = findings[place - 1].paragraph, findings[place].paragraph
        if after == before + 1:
            continue
        first, last = before + 1, after - 1
        missing = (
            f"Paragraph {first} was" if first == last else f"Paragraphs {first} to {last} were"
        )
        page_before, page_after = pages[place - 1] + 1, pages[place] + 1
        where = (
            f"on page {page_before}"
            if page_before == page_after
            else f"between pages {page_before} and {page_after}"
        )
        found.append(
            f"{missing} not found: the numbered paragraphs go from {before} to {after} "
            f"{where}. Part of the report's text may be missing."
        )
    return found


def _empty_pages(paragraph_pages: Sequence[int], page_chars: Sequence[int]) -> list[str]:
    if not paragraph_pages:
        return []
    first, last = min(paragraph_pages), max(paragraph_pages)
    return [
        f"Page {page + 1} has no text beyond its heading, though the numbered paragraphs run "
        "on either side of it: its text may be missing."
        for page in range(first + 1, last)
        if page_chars[page] < _EMPTY_PAGE
    ]


def _short_paragraphs(report: InspectionReport) -> list[str]:
    return [
        f"Paragraph {finding.paragraph} has only a word or two ('{finding.text[:40]}'): the "
        "rest of its text may be missing."
        for finding in report.findings
        if len(finding.text.split()) < _FEWEST_WORDS
    ]


def _dates(report: InspectionReport, today: date) -> list[str]:
    found: list[str] = []
    days = (report.inspection_end - report.inspection_start).days
    if days > _LONGEST_INSPECTION_DAYS:
        found.append(
            f"The inspection dates read ({report.inspection_dates}) span {days} days, but an "
            "inspection lasts days or weeks: the dates may have been misread."
        )
    if report.inspection_end > today:
        found.append(
            f"The inspection dates read ({report.inspection_dates}) are in the future: the "
            "dates may have been misread."
        )
    published = report.published
    if published is not None and not (
        0 <= (published - report.inspection_end).days <= _LONGEST_TO_PUBLICATION_DAYS
    ):
        found.append(
            f"The date of publication read ({published.isoformat()}) is not within a year "
            "after the inspection: it may have been misread."
        )
    return found


def _grades(report: InspectionReport) -> list[str]:
    if report.kind is ReportKind.LSCB_REVIEW:
        return []
    graded = {j.area for j in report.judgements}
    expected = _GRADED_BY_FRAMEWORK[report.framework]
    return [
        f"No grade was found for '{area.label}', which {report.framework.value} inspections "
        "grade: the report's judgements may not all have been read."
        for area in expected
        if area not in graded
    ]


def _recommendations(report: InspectionReport, improve_heading: bool) -> list[str]:
    recommendations = report.recommendations
    if not recommendations:
        if improve_heading:
            return [
                "The report has a list of what needs to improve, but no recommendations "
                "were read from it: its text may be missing or damaged."
            ]
        return [
            "No recommendations were found, though Ofsted's inspections say what needs to "
            "improve: the part of the report that lists them may not have been read."
        ]
    numbered = [r for r in recommendations if r.paragraph is not None]
    if len(numbered) > _MOST_PARAGRAPHS * len(report.findings):
        return [
            f"{len(numbered)} of the {len(report.findings)} numbered paragraphs were read as "
            "recommendations: the end of the list of what needs to improve may have been "
            "missed."
        ]
    return []
