"""The status rule: in date, due soon, overdue, never done, not required."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.training.months import add_months
from briefing_app.domain.training.records import (
    Completion,
    Member,
    Module,
    RefreshRule,
    Status,
)
from briefing_app.domain.training.rules import assess

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
windows = st.integers(min_value=0, max_value=366)
month_counts = st.integers(min_value=1, max_value=120)

TERM_START = date(2022, 5, 5)


def member(term_start: date = TERM_START, term_end: date | None = None) -> Member:
    return Member("Zoë Hartley", term_start, term_end, roles=frozenset({"board"}), id=1)


def module(rule: RefreshRule, required_for: frozenset[str] = frozenset({"board"})) -> Module:
    return Module("m", "A module", rule, required_for, id=7)


def done(*days: date) -> list[Completion]:
    return [Completion(1, 7, day) for day in days]


def early_member() -> Member:
    return member(term_start=date(1980, 1, 1))


# -- every N months ---------------------------------------------------------------------


@given(days, month_counts, st.integers(min_value=0, max_value=20000), windows)
def test_every_n_months_follows_the_due_date(last: date, n: int, later: int, window: int) -> None:
    on = last + timedelta(days=later)
    assume(on <= date(2100, 12, 31))
    result = assess(early_member(), module(RefreshRule.every(n)), done(last), on, window)
    due = add_months(last, n)
    assert result.due == due
    assert result.last_done == last
    if on > due:
        assert result.status is Status.OVERDUE
    elif (due - on).days <= window:
        assert result.status is Status.DUE_SOON
    else:
        assert result.status is Status.IN_DATE


@given(days, month_counts, windows)
def test_the_edges_of_each_status(last: date, n: int, window: int) -> None:
    rule = module(RefreshRule.every(n))
    due = add_months(last, n)

    def status(on: date) -> Status:
        return assess(early_member(), rule, done(last), on, window).status

    assert status(due) is Status.DUE_SOON
    assert status(due + timedelta(days=1)) is Status.OVERDUE
    window_opens = due - timedelta(days=window)
    if window_opens >= last:
        assert status(window_opens) is Status.DUE_SOON
    if window_opens - timedelta(days=1) >= last:
        assert status(window_opens - timedelta(days=1)) is Status.IN_DATE


@pytest.mark.parametrize(
    ("last", "months", "on", "expected", "due"),
    [
        # 31 January + 1 month is the end of February.
        (date(2025, 1, 31), 1, date(2025, 2, 28), Status.DUE_SOON, date(2025, 2, 28)),
        (date(2025, 1, 31), 1, date(2025, 3, 1), Status.OVERDUE, date(2025, 2, 28)),
        # A leap day + 12 months is 28 February the next year.
        (date(2024, 2, 29), 12, date(2025, 2, 28), Status.DUE_SOON, date(2025, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 3, 1), Status.OVERDUE, date(2025, 2, 28)),
        # Done 4 March 2025, every 12 months: in date until 60 days before 4 March 2026.
        (date(2025, 3, 4), 12, date(2026, 1, 2), Status.IN_DATE, date(2026, 3, 4)),
        (date(2025, 3, 4), 12, date(2026, 1, 3), Status.DUE_SOON, date(2026, 3, 4)),
    ],
)
def test_month_ends_and_leap_days(
    last: date, months: int, on: date, expected: Status, due: date
) -> None:
    result = assess(early_member(), module(RefreshRule.every(months)), done(last), on)
    assert (result.status, result.due) == (expected, due)


def test_the_latest_completion_counts() -> None:
    result = assess(
        early_member(),
        module(RefreshRule.every(12)),
        done(date(2020, 1, 1), date(2025, 6, 1), date(2023, 1, 1)),
        date(2025, 7, 1),
    )
    assert result.status is Status.IN_DATE
    assert result.last_done == date(2025, 6, 1)
    assert result.explanation == "Last done 1 June 2025; due again by 1 June 2026."


# -- rules that hold for every kind of module ------------------------------------------

rules = st.one_of(
    month_counts.map(RefreshRule.every),
    st.just(RefreshRule.once_per_term()),
    st.just(RefreshRule.once()),
)


@given(rules, st.lists(days, max_size=4), days, days, windows)
def test_completions_after_the_day_are_not_counted(
    rule: RefreshRule, earlier: list[date], on: date, after: date, window: int
) -> None:
    assume(after > on)
    counted = [d for d in earlier if d <= on]
    person = member(term_start=date(1990, 1, 1))
    plain = assess(person, module(rule), done(*counted), on, window)
    with_future = assess(person, module(rule), done(*counted, after), on, window)
    assert with_future == plain


@given(rules, st.lists(days, max_size=4), days, days, windows)
def test_doing_the_training_never_makes_things_worse(
    rule: RefreshRule, history: list[date], extra: date, on: date, window: int
) -> None:
    assume(extra <= on)
    person = member(term_start=date(1990, 1, 1))
    before = assess(person, module(rule), done(*history), on, window)
    after = assess(person, module(rule), done(*history, extra), on, window)
    if not before.status.needs_action:
        assert not after.status.needs_action
    if before.due and after.due:
        assert after.due >= before.due
    assert after.status is not Status.NEVER_DONE


@given(rules, st.lists(days, max_size=3), days)
def test_nothing_is_required_outside_the_term(
    rule: RefreshRule, history: list[date], term_start: date
) -> None:
    term_end = term_start + timedelta(days=4 * 365)
    person = member(term_start, term_end)
    for on in (term_start - timedelta(days=1), term_end + timedelta(days=1)):
        assert assess(person, module(rule), done(*history), on).status is Status.NOT_REQUIRED
    for on in (term_start, term_end):
        assert assess(person, module(rule), done(*history), on).status is not (Status.NOT_REQUIRED)


@given(rules, st.lists(days, max_size=3), days)
def test_a_module_no_seat_requires_is_not_required(
    rule: RefreshRule, history: list[date], on: date
) -> None:
    person = member(term_start=date(1990, 1, 1))
    other_seat = module(rule, frozenset({"fostering"}))
    result = assess(person, other_seat, done(*history), on)
    assert result.status is Status.NOT_REQUIRED


@given(rules, days)
def test_never_done(rule: RefreshRule, on: date) -> None:
    person = member(term_start=date(1990, 1, 1))
    assert assess(person, module(rule), [], on).status is Status.NEVER_DONE


# -- once per term of office -------------------------------------------------------------


@given(days, st.integers(min_value=0, max_value=3000), st.integers(min_value=1, max_value=3000))
def test_once_per_term_counts_from_the_first_day_of_the_term(
    term_start: date, since: int, before: int
) -> None:
    on = term_start + timedelta(days=since)
    rule = module(RefreshRule.once_per_term())
    person = member(term_start)
    on_first_day = assess(person, rule, done(term_start), on)
    assert on_first_day.status is Status.IN_DATE
    assert on_first_day.due is None
    earlier = term_start - timedelta(days=before)
    last_term = assess(person, rule, done(earlier), on)
    assert last_term.status is Status.OVERDUE
    assert last_term.last_done == earlier
    both = assess(person, rule, done(earlier, term_start + timedelta(days=since)), on)
    assert both.status is Status.IN_DATE


def test_once_per_term_explains_a_past_term() -> None:
    result = assess(
        member(), module(RefreshRule.once_per_term()), done(date(2021, 6, 1)), date(2025, 1, 1)
    )
    assert result.explanation == ("Last done 1 June 2021, before this term began on 5 May 2022.")


@given(days, days)
def test_once_is_done_for_good(when: date, on: date) -> None:
    assume(when <= on)
    person = member(term_start=date(1990, 1, 1))
    result = assess(person, module(RefreshRule.once()), done(when), on)
    assert result.status is Status.IN_DATE


# -- recording -------------------------------------------------------------------------


@given(days, days)
def test_a_completion_dated_in_the_future_is_refused(day: date, today: date) -> None:
    completion = Completion(1, 7, day)
    if day > today:
        with pytest.raises(InvalidInputError, match="not come yet"):
            completion.check_date(today)
    else:
        completion.check_date(today)


def test_a_completion_from_long_ago_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="too long ago"):
        Completion(1, 7, date(1925, 3, 1)).check_date(date(2025, 3, 1))


def test_a_completion_knows_when_it_expires() -> None:
    completion = Completion(1, 7, date(2024, 2, 29))
    assert completion.expires_on(module(RefreshRule.every(12))) == date(2025, 2, 28)
    assert completion.expires_on(module(RefreshRule.once_per_term())) is None
    assert completion.expires_on(module(RefreshRule.once())) is None


def test_a_term_cannot_end_before_it_starts() -> None:
    with pytest.raises(InvalidInputError, match="cannot end"):
        Member("Kwame Asante", date(2024, 5, 2), date(2024, 5, 1))


def test_names_are_tidied_and_must_not_be_blank() -> None:
    assert Member("  Łukasz   Wójcik ", TERM_START).name == "Łukasz Wójcik"
    with pytest.raises(InvalidInputError, match="empty"):
        Member("   ", TERM_START)
    with pytest.raises(InvalidInputError, match="control character"):
        Module("k", "Bad\x07name", RefreshRule.once())


@pytest.mark.parametrize("months", [0, -1, 121])
def test_refresh_months_are_sensible(months: int) -> None:
    with pytest.raises(InvalidInputError):
        RefreshRule.every(months)


def test_rule_labels() -> None:
    assert RefreshRule.every(12).label == "Every 12 months"
    assert RefreshRule.every(1).label == "Every month"
    assert RefreshRule.once_per_term().label == "Once per term of office"
    assert RefreshRule.once().label == "Once"


@given(st.text(max_size=60))
def test_typed_text_is_tidied_the_same_way_whatever_it_holds(text: str) -> None:
    from briefing_app.domain.training.records import clean_text

    try:
        cleaned = clean_text(text, "ward")
    except InvalidInputError:
        return
    assert cleaned == " ".join(text.split())
