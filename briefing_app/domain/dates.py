"""Dates as people write and read them, in English whatever the computer's locale.

Every screen, file and pack writes a date with one of these: ``long_date`` ("25 June
2014"), ``short_date`` for table cells ("25 Jun 2014"), ``month_year`` ("July 2014") and
``date_span`` ("25 June to 16 July 2014"), with ``day_and_date`` ("Wednesday 12 March
2025") for a meeting's date and ``clock_time`` ("4pm", "10:30am") for its time.
``parse_day`` reads a date an officer typed in
a spreadsheet. strftime's month names follow the locale, and Qt sets the locale from the
environment when the window starts, so month names come from ``MONTH_NAMES`` instead.
"""

from __future__ import annotations

import re
from datetime import date, time

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "March", "Mar" and "Sept" name a month; "Smarch" does not.
_MONTHS = {
    **{name.casefold(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3].casefold(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    "sept": 9,
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_UK = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_WORDS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
DATE_FORMATS = "2025-03-04, 04/03/2025 or 4 March 2025"


def long_date(value: date) -> str:
    """A date as people write it: "25 June 2014". Every screen, file and pack uses this."""
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def day_and_date(value: date) -> str:
    """A meeting's date with its day: "Wednesday 12 March 2025"."""
    return f"{DAY_NAMES[value.weekday()]} {long_date(value)}"


def clock_time(value: time) -> str:
    """A time as GOV.UK writes it: "4pm", "10:30am", "midday", "midnight"."""
    if value.minute == 0 and value.hour in (0, 12):
        return "midnight" if value.hour == 0 else "midday"
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"


_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?")
TIME_FORMATS = "16:00, 4pm or 10.30am"


def parse_time(text: str) -> time | None:
    """A time of day as people type it: "16:00", "4pm", "10.30 am", "midday"; else None."""
    value = text.strip().casefold()
    if value in ("midday", "noon", "12 noon"):
        return time(12, 0)
    match = _CLOCK.fullmatch(value)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    half = (match[3] or "").replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match[2] is None:
        return None  # "16" alone could be anything
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def short_date(day: date) -> str:
    """A date for a table cell: "3 Mar 2026"."""
    return f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {day.year}"


def month_year(value: date) -> str:
    """A month as people write it: "July 2014"."""
    return f"{MONTH_NAMES[value.month - 1]} {value.year}"


def date_span(start: date, end: date) -> str:
    """Inspection dates as people write them: "25 June to 16 July 2014"."""
    if start == end:
        return long_date(start)
    if start.year == end.year:
        if start.month == end.month:
            return f"{start.day} to {long_date(end)}"
        return f"{start.day} {MONTH_NAMES[start.month - 1]} to {long_date(end)}"
    return f"{long_date(start)} to {long_date(end)}"


def month_number(name: str) -> int | None:
    """1 for "January", "Jan" or "jan"; None for anything that is not a month's name."""
    return _MONTHS.get(name.casefold())


def parse_day(text: str) -> date | None:
    """A date written as YYYY-MM-DD, DD/MM/YYYY (UK order) or "4 March 2025"; else None."""
    value = text.strip()
    if match := _ISO.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _UK.fullmatch(value):
        day, month, year = (int(g) for g in match.groups())
    elif match := _WORDS.fullmatch(value):
        named = month_number(match.group(2))
        if named is None:
            return None
        day, month, year = int(match.group(1)), named, int(match.group(3))
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
