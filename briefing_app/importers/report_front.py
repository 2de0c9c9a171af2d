"""The facts on a report's front page: whose services, when inspected, when published.

SIF reports (2013-2017) open with the council's name, the title, "Inspection date: 25 June
2014 – 16 July 2014" and "Report published: ...". ILACS reports (2018 onwards) open with
the council's name and "Inspection of children's social care services", or since 2022
with "Inspection of Sheffield local authority children's services", and give dates as
"18 November 2019 to 29 November 2019" or "11 to 22 September 2023"; they print no
publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from briefing_app.domain.dates import month_number

_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"([A-Za-z]{3,9})\.?"
_YEAR = r"(\d{4})"
_RANGE = re.compile(
    rf"Inspection\s+dates?\s*:?\s*{_DAY}(?:\s+{_MONTH})?(?:\s+{_YEAR})?\s*,?\s*"
    rf"(?:[–—-]|to|until|and)\s*{_DAY}\s+{_MONTH}\s+{_YEAR}",
    re.I,
)
_SINGLE = re.compile(rf"Inspection\s+dates?\s*:?\s*{_DAY}\s+{_MONTH}\s+{_YEAR}", re.I)
_PUBLISHED = re.compile(
    rf"(?:Report\s+published|Date\s+of\s+publication|Published)\s*:?\s*{_DAY}\s+{_MONTH}\s+{_YEAR}",
    re.I,
)
_PUBLISHED_LABEL = re.compile(
    r"^(?:Report\s+published|Date\s+of\s+publication|Published)\s*:?$", re.I
)
_A_DATE = re.compile(rf"\b{_DAY}\s+{_MONTH}\s+{_YEAR}\b")
_ILACS_TITLE = re.compile(
    r"^Inspection\s+of\s+(?:the\s+)?(?P<name>.+?)\s+local\s+authority\s+children['’]s\s+services",
    re.I,
)
_GENERIC_TITLE = re.compile(r"^Inspection\s+of\b", re.I)
_ANY_TITLE = re.compile(r"^(?:Inspection|Re-?\s?inspection|Review)\s+of\b", re.I)
# The name and title take at most this many lines at the top of the front page.
_FRONT_LINES = 8
_TITLE_ENDS = re.compile(
    r"^(?:Inspection\s+dates?|Lead\s+inspector|Report\s+published|Judge?ment)\b", re.I
)


def _month(name: str) -> int | None:
    """A month named by its first three letters, as reports print them ("Sept.", "June")."""
    return month_number(name[:3])


def make_date(day: str, month: str, year: str) -> date | None:
    number = _month(month)
    if number is None:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


def inspection_dates(lines: Sequence[str]) -> tuple[date, date] | None:
    """The first and last days of the inspection, from the front page's dates line."""
    text = " ".join(lines)
    match = _RANGE.search(text)
    if match:
        day1, month1, year1, day2, month2, year2 = match.groups()
        end = make_date(day2, month2, year2)
        if end is None:
            return None
        start_month = month1 if month1 and _month(month1) else month2
        start_year = year1 or year2
        start = make_date(day1, start_month, start_year)
        if start is not None and start > end and not year1:
            start = make_date(day1, start_month, str(int(start_year) - 1))
        if start is None:
            return None
        return (start, end) if start <= end else (end, start)
    single = _SINGLE.search(text)
    if single:
        day = make_date(*single.groups())
        if day is not None:
            return day, day
    return None


def published(lines: Sequence[str]) -> date | None:
    """The date of publication the front page gives, if it gives one."""
    match = _PUBLISHED.search(" ".join(lines))
    if match:
        return make_date(*match.groups())
    # A form's labels and values can come apart in a text copy ("Published:", "All",
    # "23 August 2013"): a label on its own takes the first date of the lines below it.
    for index, line in enumerate(lines):
        if _PUBLISHED_LABEL.match(line):
            date_found = _A_DATE.search(" ".join(lines[index + 1 : index + 4]))
            if date_found:
                return make_date(*date_found.groups())
    return None


def authority(lines: Sequence[str]) -> str:
    """The council whose services were inspected, as the report names it.

    It heads the front page, above the title ("Inspection of ...", "Re-inspection of ...",
    "Review of ..."), perhaps over two lines; since 2022 it is inside the title
    ("Inspection of Sheffield local authority children's services"); in 2013 it came
    below the title.
    """
    head: list[str] = []
    for line in lines[:_FRONT_LINES]:
        if _TITLE_ENDS.match(line):
            break
        head.append(line)
    match = _ILACS_TITLE.match(" ".join(head))
    if match:
        return match.group("name").strip()
    above: list[str] = []
    for line in head:
        if _ANY_TITLE.match(line):
            break
        above.append(line)
    if above:
        return " ".join(above)
    for line in lines:
        if line and not _GENERIC_TITLE.match(line):
            return line
    return ""


def title(lines: Sequence[str], name: str) -> str:
    """The report's title: what was inspected, up to the dates line."""
    start = next(
        (i for i, line in enumerate(lines[:6]) if _GENERIC_TITLE.match(line)),
        next((i for i, line in enumerate(lines[:6]) if line and line != name), None),
    )
    if start is None:
        return ""
    parts: list[str] = []
    for line in lines[start : start + 6]:
        if _TITLE_ENDS.match(line) or line.endswith((".", ":")):
            break
        parts.append(line)
    return " ".join(parts)
