"""The kinds of period figures are given for, and which may be judged against each other."""

from __future__ import annotations

import pytest

from briefing_app.domain.period_kinds import (
    CALENDAR_YEAR,
    POINT_IN_TIME,
    SPAN_OF_YEARS,
    TWELVE_MONTHS,
    period_kind,
    same_kind,
)


@pytest.mark.parametrize(
    ("period", "kind"),
    [
        ("31 March 2014", POINT_IN_TIME),
        ("31st March 2013", POINT_IN_TIME),
        ("on 31 March 2013", POINT_IN_TIME),
        ("July 2014", POINT_IN_TIME),
        ("May 2014", POINT_IN_TIME),
        ("2013", CALENDAR_YEAR),
        ("2013–14", TWELVE_MONTHS),
        ("2014-15", TWELVE_MONTHS),
        ("2011/2012", TWELVE_MONTHS),
        ("the 12 months to 31 March 2014", TWELVE_MONTHS),
        ("year ending 31 March 2022", TWELVE_MONTHS),
        ("the three years 2010 to 2013", SPAN_OF_YEARS),
        ("2010 to 2013", SPAN_OF_YEARS),
        ("between 2010 and 2013", SPAN_OF_YEARS),
        ("2010–13", SPAN_OF_YEARS),
    ],
)
def test_period_kinds(period: str, kind: str) -> None:
    assert period_kind(period) == kind


def test_which_periods_may_be_judged_against_each_other() -> None:
    assert same_kind("2012–13", "2013–14")
    assert same_kind("March 2013", "31 March 2014")
    assert same_kind("2012", "2013")
    assert same_kind("Quarter 1 2013", "Quarter 1 2014")
    # An average over three years is another measure from one year's figure.
    assert not same_kind("the three years 2010 to 2013", "2013–14")
    # A year's share is another measure from a month's.
    assert not same_kind("2012–13", "May 2014")
    assert not same_kind("2013", "2013–14")
    assert not same_kind("Quarter 1 2013", "Half year 2014")
