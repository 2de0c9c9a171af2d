"""Ofsted's letters of findings: focused visits, monitoring visits and joint targeted area
inspections (JTAIs). They give no grades.

A letter opens with Ofsted's address, the date and the person written to, then a subject
line ("Focused visit to Xshire children's services") and a first paragraph saying when the
visit was: "This letter summarises the findings of the focused visit to Xshire children's
services on 6 and 7 March 2019." Its findings follow under headings ("Headline findings",
"Findings and evaluation of progress", "What needs to improve in this area of social work
practice"), as paragraphs and bulleted points, until "Yours sincerely".

Most letters do not number their paragraphs. The findings are then numbered in the order
the letter gives them, from its first paragraph: every paragraph, and every bulleted point
that is not part of the paragraph before it, counts as one. A letter that numbers its own
paragraphs is read like a report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from briefing_app.importers.report_front import make_date
from briefing_app.importers.report_kind import letter_opening

_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_MONTH = rf"({_MONTH_NAME})"
_YEAR = r"(\d{4})"
# "on 6 and 7 March 2019", "on 30 April, 1 and 2 May 2019", "from 4 to 6 June 2019",
# "between 31 January and 1 February 2024", "on 5 June 2019".
_VISIT_DATES = re.compile(
    rf"\b(?:on|from|between)\s+{_DAY}(?:\s+{_MONTH})?(?:\s+{_YEAR})?"
    rf"(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH_NAME})?)*"
    rf"(?:\s*(?:,|and|to|until|[–-])\s*{_DAY}\s+{_MONTH}\s+{_YEAR})?",
    re.I,
)
_SUBJECT = re.compile(
    r"^(?:Focused\s+visit|Monitoring\s+visit|Joint\s+targeted\s+area\s+inspection)\b", re.I
)
_SALUTATION = re.compile(r"^Dear\s+\S", re.I)
_CLOSING = re.compile(r"^Yours\s+(?:sincerely|faithfully)\b", re.I)
# Whose services: "... visit to Xshire children's services", "... visit of Xshire local
# authority children's services", "... inspection ... in Xshire".
_SERVICES_OF = re.compile(
    r"\b(?:visit|inspection)\s+(?:\(JTAI\)\s+)?(?:to|of)\s+(?:the\s+)?(?P<name>[A-Z].+?)"
    r"(?:['’]s)?\s+(?:local\s+authority\s+)?children['’]s\s+(?:social\s+care\s+)?services\b",
    re.I,
)
# "Monitoring visit to Xshire County Council": a subject line that names only the council.
_VISITED = re.compile(
    r"^(?:Focused|Monitoring)\s+visit\s+(?:to|of)\s+(?:the\s+)?(?P<name>.+?)$", re.I
)
_RESPONSE_IN = re.compile(
    r"\bjoint\s+targeted\s+area\s+inspection\b.*?\bin\s+(?P<name>[A-Z][\w’' -]+?)(?:[.,]|$)",
    re.I,
)


def body_start(lines: Sequence[str]) -> int:
    """Where the letter's own words begin: after its subject line, or after "Dear ...", or
    at its first paragraph."""
    first = letter_opening(lines)
    limit = first if first is not None else min(len(lines), 80)
    for pattern in (_SUBJECT, _SALUTATION):
        found = [i for i in range(limit) if pattern.match(lines[i])]
        if found:
            return found[-1] + 1
    return first or 0


def closing(lines: Sequence[str], start: int) -> int:
    """Where the letter's findings end: "Yours sincerely", or the end of the document."""
    return next(
        (i for i in range(start, len(lines)) if _CLOSING.match(lines[i])),
        len(lines),
    )


def subject(lines: Sequence[str], start: int) -> str:
    """The letter's subject line, such as "Focused visit to Xshire children's services"."""
    return next((line for line in lines[:start] if _SUBJECT.match(line)), "")


def first_paragraphs(lines: Sequence[str], start: int) -> str:
    """The letter's opening paragraphs, up to and including "This letter summarises ...",
    which give the visit's dates and whose services it was."""
    first = letter_opening(lines)
    end = first + 1 if first is not None and first >= start else start + 1
    return " ".join(lines[start : min(end, start + 4)])


def visit_dates(text: str) -> tuple[date, date] | None:
    """The first and last days of the visit, from the letter's first paragraph."""
    for match in _VISIT_DATES.finditer(text):
        day1, month1, year1, day2, month2, year2 = match.groups()
        if day2 is None:
            if month1 and year1:
                day = make_date(day1, month1, year1)
                if day is not None:
                    return day, day
            continue
        end = make_date(day2, month2, year2)
        if end is None:
            continue
        start = make_date(day1, month1 or month2, year1 or year2)
        if start is not None and start > end and not year1:
            start = make_date(day1, month1 or month2, str(int(year2) - 1))
        if start is not None and start <= end:
            return start, end
    return None


def authority(subject_line: str, first_paragraph: str) -> str:
    """The council whose services the letter is about, as the letter names it."""
    for text in (subject_line, first_paragraph):
        match = _SERVICES_OF.search(text) or _RESPONSE_IN.search(text)
        if match:
            return match.group("name").strip()
    visited = _VISITED.match(subject_line)
    return visited.group("name").strip() if visited else ""
