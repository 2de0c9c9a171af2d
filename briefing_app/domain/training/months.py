"""Calendar rules for training: adding months, and how long a span of months or days is.

Dates themselves are written with ``dates.long_date`` and ``dates.short_date``, like every
other date the app writes.

The month rule: ``add_months(day, n)`` keeps the day of the month, ``n`` calendar months
later. When that month is too short for the day, the result is the month's last day.
So 31 January plus one month is 28 February (29 February in a leap year), 31 March
plus one month is 30 April, and 29 February 2024 plus twelve months is 28 February
2025. A due date is always worked out from the completion date itself, never by
adding months to an earlier due date, so short months never make dates drift.
"""

from __future__ import annotations

import calendar
from datetime import date


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    """The same day of the month ``months`` later, or the month's last day if it is shorter."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year = day.year + years
    month = month_index + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def months_phrase(months: int) -> str:
    """1 -> "month", 12 -> "12 months"."""
    return "month" if months == 1 else f"{months} months"
