"""The rules that make every councillor's status right, each one case by case.

The rules are written out in ``domain/training/rules.py`` and, for people, in the user
guide (``resources/help/training-rules.md``); each test here names the rule it checks.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume, given
from hypothesis import strategies as st

from briefing_app.domain.training.compliance import Catalogue, build_board
from briefing_app.domain.training.months import add_months
from briefing_app.domain.training.records import (
    EVERY_COUNCILLOR,
    Completion,
    Member,
    Module,
    RefreshRule,
    Role,
    Status,
)
from briefing_app.domain.training.rules import assess

TERM = date(2022, 5, 5)
ON = date(2026, 3, 1)

INDUCTION = Module(
    "induction",
    "Corporate parenting induction",
    RefreshRule.once_per_term(),
    frozenset({EVERY_COUNCILLOR}),
    id=1,
    grace_months=3,
    also_met_by=frozenset({"refresher"}),
)
REFRESHER = Module(
    "refresher",
    "Corporate parenting refresher",
    RefreshRule.every(12),
    frozenset({EVERY_COUNCILLOR}),
    id=2,
    grace_months=12,
    also_met_by=frozenset({"induction"}),
)
SAFEGUARDING = Module(
    "safeguarding",
    "Safeguarding children",
    RefreshRule.every(24),
    frozenset({"board"}),
    id=3,
    grace_months=6,
)
DBS = Module("dbs", "Enhanced DBS check", RefreshRule.every(36), frozenset({"fostering"}), id=4)
ROLES = (
    Role(EVERY_COUNCILLOR, "All councillors", "councillor", "councillors"),
    Role("board", "Corporate Parenting Board", "board member", "board members"),
    Role("fostering", "Fostering panel", "fostering panel member", "fostering panel members"),
)
CATALOGUE = Catalogue(ROLES, (INDUCTION, REFRESHER, SAFEGUARDING, DBS))


def councillor(term_start: date = TERM, *roles: str) -> Member:
    return Member("Zoë Hartley", term_start, roles=frozenset(roles), id=1)


def done(module: Module, *days: date) -> list[Completion]:
    return [Completion(1, module.id or 0, day) for day in days]


def status_of(member: Member, module: Module, completions: list[Completion], on: date = ON):
    """The status as the whole board works it out (with the modules that count for it)."""
    board = build_board(CATALOGUE, [member], completions, on, 60)
    record = board.record(member.id or 0)
    assert record is not None
    return record.status_of(module)


# -- every councillor is a corporate parent ---------------------------------------------


def test_every_councillor_needs_the_induction_and_refresher_whatever_their_seats() -> None:
    backbencher = councillor(TERM)
    assert backbencher.roles == frozenset()
    assert status_of(backbencher, INDUCTION, []).status is Status.NEVER_DONE
    assert status_of(backbencher, REFRESHER, []).status is Status.NEVER_DONE
    # Seats add modules: safeguarding for the board, the DBS check for the fostering panel.
    assert status_of(backbencher, SAFEGUARDING, []).status is Status.NOT_REQUIRED
    panel = councillor(TERM, "board", "fostering")
    assert status_of(panel, SAFEGUARDING, []).status is Status.NEVER_DONE
    assert status_of(panel, DBS, []).status is Status.NEVER_DONE


def test_the_seat_everyone_holds_is_never_stored_as_a_member_s_own_seat() -> None:
    member = Member("Kwame Asante", TERM, roles=frozenset({EVERY_COUNCILLOR, "board"}))
    assert member.roles == {"board"}
    assert member.holds(EVERY_COUNCILLOR)
    assert CATALOGUE.role_names(member) == ["Corporate Parenting Board"]


# -- the induction counts as the first refresher -----------------------------------------


def test_an_induction_counts_as_the_first_refresher() -> None:
    inducted = ON - timedelta(days=20)
    result = status_of(councillor(TERM), REFRESHER, done(INDUCTION, inducted))
    assert result.status is Status.IN_DATE
    assert result.last_done == inducted
    assert result.due == add_months(inducted, 12)
    assert "as Corporate parenting induction, which counts for this too" in result.explanation


def test_regression_a_member_inducted_20_days_ago_is_in_date() -> None:
    """A member inducted 20 days ago was shown not in date, their refresher 'never done'."""
    joined = ON - timedelta(days=45)
    member = councillor(joined)
    completions = done(INDUCTION, ON - timedelta(days=20))
    board = build_board(Catalogue(ROLES, (INDUCTION, REFRESHER)), [member], completions, ON, 60)
    record = board.record(1)
    assert record is not None
    assert record.status_of(REFRESHER).status is Status.IN_DATE
    assert record.status_of(INDUCTION).status is Status.IN_DATE
    assert record.fully_in_date()


def test_a_later_refresher_still_counts_over_the_induction() -> None:
    result = status_of(
        councillor(TERM),
        REFRESHER,
        done(INDUCTION, date(2022, 6, 1)) + done(REFRESHER, date(2025, 6, 1)),
    )
    assert (result.status, result.last_done) == (Status.IN_DATE, date(2025, 6, 1))
    assert result.explanation == "Last done 1 June 2025; due again by 1 June 2026."


# -- a refresher done after an overdue induction satisfies it ---------------------------


def test_a_refresher_after_an_overdue_induction_satisfies_it() -> None:
    member = councillor(TERM)
    overdue = status_of(member, INDUCTION, [], on=date(2022, 9, 1))
    assert overdue.status is Status.NEVER_DONE
    assert overdue.due == date(2022, 8, 5)  # three months after the term began
    later = status_of(member, INDUCTION, done(REFRESHER, date(2022, 10, 1)), on=date(2022, 11, 1))
    assert later.status is Status.IN_DATE
    assert later.last_done == date(2022, 10, 1)


def test_regression_a_refresher_100_days_ago_leaves_the_induction_in_date() -> None:
    """A member whose refresher was 100 days ago was shown with their induction overdue
    (it had been done in their previous term)."""
    member = councillor(TERM)
    completions = done(INDUCTION, TERM - timedelta(days=800)) + done(
        REFRESHER, ON - timedelta(days=100)
    )
    induction = status_of(member, INDUCTION, completions)
    assert induction.status is Status.IN_DATE
    assert induction.explanation.endswith("in this term of office.")
    assert status_of(member, REFRESHER, completions).status is Status.IN_DATE


def test_a_refresher_from_a_past_term_does_not_count_as_this_term_s_induction() -> None:
    member = councillor(TERM)
    result = status_of(member, INDUCTION, done(REFRESHER, TERM - timedelta(days=30)))
    assert result.status is Status.OVERDUE
    assert result.explanation.startswith("Last done 5 April 2022 (as Corporate parenting")
    assert "It was due by 5 August 2022." in result.explanation


# -- a councillor joining mid-term gets a period of grace --------------------------------


def test_a_councillor_joining_mid_term_has_a_period_of_grace() -> None:
    joined = date(2025, 11, 20)  # a by-election, part-way through the council's term
    member = councillor(joined, "board")
    on = date(2026, 1, 10)
    induction = status_of(member, INDUCTION, [], on)
    assert (induction.status, induction.due) == (Status.TO_DO, date(2026, 2, 20))
    assert induction.explanation == (
        "Not done yet. They have until 20 February 2026 to do it "
        "(3 months from the start of their term)."
    )
    safeguarding = status_of(member, SAFEGUARDING, [], on)
    assert (safeguarding.status, safeguarding.due) == (Status.TO_DO, date(2026, 5, 20))
    # "To do" is not "in date": a new member is not fully in date until they have done it.
    board = build_board(CATALOGUE, [member], [], on, 60)
    record = board.record(1)
    assert record is not None
    assert not record.fully_in_date()
    assert record.needs_now == []


def test_when_the_period_of_grace_runs_out_it_is_never_done() -> None:
    joined = date(2025, 11, 20)
    member = councillor(joined)
    last_day = status_of(member, INDUCTION, [], date(2026, 2, 20))
    assert last_day.status is Status.TO_DO
    after = status_of(member, INDUCTION, [], date(2026, 2, 21))
    assert after.status is Status.NEVER_DONE
    assert after.explanation == "No attendance recorded. It was due by 20 February 2026."


def test_a_module_with_no_period_of_grace_is_needed_at_once() -> None:
    member = councillor(date(2026, 2, 1), "fostering")
    assert status_of(member, DBS, [], date(2026, 2, 1)).status is Status.NEVER_DONE


def test_training_that_ran_out_before_a_new_term_is_due_by_the_end_of_its_grace() -> None:
    # Re-elected on 7 May 2026; their safeguarding ran out in March, before the new term.
    member = councillor(date(2026, 5, 7), "board")
    completions = done(SAFEGUARDING, date(2024, 3, 1))
    during = status_of(member, SAFEGUARDING, completions, date(2026, 6, 1))
    assert (during.status, during.due) == (Status.TO_DO, date(2026, 11, 7))
    assert during.explanation.startswith("Last done 1 March 2024; it ran out on 1 March 2026.")
    after = status_of(member, SAFEGUARDING, completions, date(2026, 11, 8))
    assert (after.status, after.due) == (Status.OVERDUE, date(2026, 11, 7))


def test_a_new_member_s_past_term_training_is_to_do_then_overdue() -> None:
    member = councillor(date(2026, 5, 7))
    completions = done(INDUCTION, date(2019, 6, 1))
    during = status_of(member, INDUCTION, completions, date(2026, 6, 1))
    assert (during.status, during.last_done) == (Status.TO_DO, date(2019, 6, 1))
    after = status_of(member, INDUCTION, completions, date(2026, 8, 8))
    assert after.status is Status.OVERDUE


windows = st.integers(min_value=0, max_value=366)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
graces = st.integers(min_value=0, max_value=24)
rules = st.one_of(
    st.integers(min_value=1, max_value=120).map(RefreshRule.every),
    st.just(RefreshRule.once_per_term()),
    st.just(RefreshRule.once()),
)


@given(rules, graces, days, st.lists(days, max_size=3), days, windows)
def test_nothing_falls_due_before_the_period_of_grace_ends(
    rule: RefreshRule, grace: int, term: date, history: list[date], on: date, window: int
) -> None:
    assume(on >= term)
    module = Module("m", "A module", rule, frozenset({EVERY_COUNCILLOR}), id=9, grace_months=grace)
    member = councillor(term)
    result = assess(member, module, [Completion(1, 9, d) for d in history], on, window)
    grace_ends = add_months(term, grace)
    if grace and on <= grace_ends:
        assert not result.status.needs_action
    if result.due is not None and grace:
        assert result.due >= grace_ends


@given(rules, graces, days, st.lists(days, max_size=3), days, days, windows)
def test_doing_training_or_its_stand_in_never_makes_things_worse(
    rule: RefreshRule,
    grace: int,
    term: date,
    history: list[date],
    extra: date,
    on: date,
    window: int,
) -> None:
    assume(term <= extra <= on)
    module = Module(
        "m",
        "A module",
        rule,
        frozenset({EVERY_COUNCILLOR}),
        id=9,
        grace_months=grace,
        also_met_by=frozenset({"other"}),
    )
    other = Module("other", "Another module", RefreshRule.once(), id=8)
    member = councillor(term)
    before = assess(member, module, [Completion(1, 9, d) for d in history], on, window, (other,))
    for stand_in in (9, 8):
        after = assess(
            member,
            module,
            [*(Completion(1, 9, d) for d in history), Completion(1, stand_in, extra)],
            on,
            window,
            (other,),
        )
        if not before.status.needs_action:
            assert not after.status.needs_action
        assert after.status is not Status.NEVER_DONE
        if before.due is not None and after.due is not None:
            assert after.due >= before.due
