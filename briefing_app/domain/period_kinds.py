"""What kind of period a figure's period is, in the words a report or an officer gives it.

Two figures say something about better or worse only when they measure the same thing
over the same kind of period: a year's figure against another year's, a count on a day
against a count on another day. An average over three years ("the three years 2010 to
2013") is a different measure from one year's figure ("2013–14"), so the app says which
way the number moved but does not judge it.

The kinds, from the period's words:

- a **point in time**: a day ("31 March 2014") or a month ("July 2014");
- a **calendar year** ("2013");
- a **year to 31 March** or any twelve months ("2013–14", "the 12 months to 31 March 2014");
- a **span of years** ("the three years 2010 to 2013", "2010 to 2013");
- anything else is its own kind: two such periods are alike only when their words are
  the same once the digits are set aside ("Quarter 1 2013" and "Quarter 1 2014").
"""

from __future__ import annotations

import re

from briefing_app.domain.dates import MONTH_NAMES

POINT_IN_TIME = "a point in time"
CALENDAR_YEAR = "a calendar year"
TWELVE_MONTHS = "a year to 31 March, or twelve months"
SPAN_OF_YEARS = "a span of years"

_MONTH = (
    "(?:"
    + "|".join(name for name in MONTH_NAMES)
    + "|"
    + "|".join(name[:3] for name in MONTH_NAMES)
    + r")\.?"
)
_LEAD = r"^(?:(?:on|at|in|by|as at|during)\s+)?(?:the\s+)?"
_DAY = re.compile(_LEAD + r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}$", re.IGNORECASE)
_MONTH_YEAR = re.compile(_LEAD + _MONTH + r",?\s+\d{4}$", re.IGNORECASE)
_YEAR = re.compile(_LEAD + r"(?:year\s+)?\d{4}$", re.IGNORECASE)
_FINANCIAL = re.compile(_LEAD + r"(?:year\s+)?(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$", re.IGNORECASE)
_TWELVE = re.compile(
    _LEAD + r"(?:12|twelve) months (?:to|ending)\b|" + _LEAD + r"year (?:to|ending)\b",
    re.IGNORECASE,
)
_SPAN = re.compile(
    _LEAD
    + r"(?:(?:two|three|four|five|\d+)\s+years?\s+(?:from\s+|of\s+|between\s+)?)?"
    + r"(?:between\s+|from\s+)?(\d{4})\s+(?:to|and|until)\s+(\d{4})$",
    re.IGNORECASE,
)


def period_kind(period: str) -> str:
    """The kind of period ``period`` names, in words (see the module's list)."""
    text = " ".join(period.split())
    if _DAY.match(text) or _MONTH_YEAR.match(text):
        return POINT_IN_TIME
    if _YEAR.match(text):
        return CALENDAR_YEAR
    if _TWELVE.match(text):
        return TWELVE_MONTHS
    financial = _FINANCIAL.match(text)
    if financial:
        first, second = int(financial.group(1)), int(financial.group(2))
        later = second if second >= 100 else (first // 100) * 100 + second
        return TWELVE_MONTHS if later == first + 1 else SPAN_OF_YEARS
    span = _SPAN.match(text)
    if span:
        return SPAN_OF_YEARS if int(span.group(2)) > int(span.group(1)) + 1 else TWELVE_MONTHS
    return "the period “" + re.sub(r"\d+", "#", text.casefold()) + "”"


def same_kind(earlier: str, later: str) -> bool:
    """True when figures for these two periods may be judged against each other."""
    return period_kind(earlier) == period_kind(later)
