"""Dates are written in English, one way, whatever the computer's locale."""

from __future__ import annotations

import io
import tokenize
from datetime import date, time
from pathlib import Path

import pytest

from briefing_app.domain.dates import (
    clock_time,
    date_span,
    day_and_date,
    long_date,
    month_year,
    parse_time,
    short_date,
)

PACKAGE = Path(__file__).resolve().parents[2] / "briefing_app"
ENGLISH = [
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
]
# strftime directives whose words come from the locale (month and day names, AM/PM, ...).
LOCALE_DIRECTIVES = ("%a", "%A", "%b", "%B", "%c", "%p", "%x", "%X", "%h")


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_has_its_english_name(month: int) -> None:
    day = date(2025, month, 9)
    name = ENGLISH[month - 1]
    assert long_date(day) == f"9 {name} 2025"
    assert month_year(day) == f"{name} 2025"
    assert short_date(day) == f"9 {name[:3]} 2025"


def test_inspection_dates_as_people_write_them() -> None:
    assert date_span(date(2014, 6, 25), date(2014, 7, 16)) == "25 June to 16 July 2014"
    assert date_span(date(2023, 9, 11), date(2023, 9, 22)) == "11 to 22 September 2023"
    assert date_span(date(2019, 12, 30), date(2020, 1, 9)) == "30 December 2019 to 9 January 2020"


def _strings(path: Path) -> list[tuple[int, str]]:
    """Every string literal (and f-string piece) in a module, with its line."""
    kinds = {tokenize.STRING}
    middle = getattr(tokenize, "FSTRING_MIDDLE", None)
    if middle is not None:
        kinds.add(middle)
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline)
    return [(t.start[0], t.string) for t in tokens if t.type in kinds]


def test_no_module_formats_dates_with_the_locale() -> None:
    """strftime's month and day names follow the locale Qt sets from the environment, so a
    councillor with a French or Welsh locale would read "juin 2014": format with
    ``long_date`` and ``month_year`` instead."""
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {text.strip()[:60]}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in _strings(path)
        if any(directive in text for directive in LOCALE_DIRECTIVES)
    ]
    assert found == []


def test_a_meetings_day_and_time_as_people_write_them() -> None:
    assert day_and_date(date(2025, 3, 12)) == "Wednesday 12 March 2025"
    assert [clock_time(t) for t in (time(16), time(10, 30), time(12), time(0), time(0, 5))] == [
        "4pm",
        "10:30am",
        "midday",
        "midnight",
        "12:05am",
    ]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("16:00", time(16)),
        ("4pm", time(16)),
        (" 4 PM ", time(16)),
        ("10.30am", time(10, 30)),
        ("10:30 a.m.", time(10, 30)),
        ("12pm", time(12)),
        ("midday", time(12)),
        ("Noon", time(12)),
        ("9:05", time(9, 5)),
        ("25:00", None),
        ("16", None),
        ("13pm", None),
        ("4.75pm", None),
        ("teatime", None),
        ("", None),
    ],
)
def test_a_time_of_day_is_read_as_typed(typed: str, meant: time | None) -> None:
    assert parse_time(typed) == meant
