"""The month rule: same day of the month, or the month's last day when it is shorter."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.dates import long_date, short_date
from briefing_app.domain.training.months import add_months

days = st.dates(min_value=date(1950, 1, 1), max_value=date(2200, 12, 31))
months = st.integers(min_value=0, max_value=240)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 2, 29), 24, date(2026, 2, 28)),
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 3, 4), 12, date(2026, 3, 4)),
        (date(2025, 3, 4), 0, date(2025, 3, 4)),
    ],
)
def test_examples(start: date, n: int, expected: date) -> None:
    assert add_months(start, n) == expected


@given(days, months)
def test_lands_in_the_right_month(day: date, n: int) -> None:
    result = add_months(day, n)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == n


@given(days, months)
def test_keeps_the_day_or_takes_the_month_end(day: date, n: int) -> None:
    result = add_months(day, n)
    last = calendar.monthrange(result.year, result.month)[1]
    if day.day <= last:
        assert result.day == day.day
    else:
        assert result.day == last


@given(days, days, months)
def test_never_puts_a_later_day_first(a: date, b: date, n: int) -> None:
    early, late = sorted((a, b))
    assert add_months(early, n) <= add_months(late, n)


@given(days, months)
def test_months_never_move_a_date_backwards(day: date, n: int) -> None:
    assert add_months(day, n) >= day
    assert add_months(day, n + 1) > add_months(day, n)


@given(days, months, months)
def test_adding_in_two_steps_never_goes_past_one_step(day: date, m: int, n: int) -> None:
    # Clamping at a short month can only lose days, never gain them.
    assert add_months(add_months(day, m), n) <= add_months(day, m + n)


@given(st.integers(min_value=1952, max_value=2196).filter(calendar.isleap))
def test_leap_day_plus_a_year_is_the_last_of_february(year: int) -> None:
    assert add_months(date(year, 2, 29), 12) == date(year + 1, 2, 28)
    four_years = add_months(date(year, 2, 29), 48)
    assert four_years.month == 2
    assert four_years.day == (29 if calendar.isleap(year + 4) else 28)  # 2100 is not a leap year


@given(days)
def test_twelve_months_is_a_year_of_days_give_or_take_one(day: date) -> None:
    gap = add_months(day, 12) - day
    assert timedelta(days=364) <= gap <= timedelta(days=366)


def test_dates_as_people_write_them() -> None:
    assert long_date(date(2026, 3, 3)) == "3 March 2026"
    assert short_date(date(2026, 3, 3)) == "3 Mar 2026"
