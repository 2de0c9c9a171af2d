from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.meetings import (
    DUE_SOON_DAYS,
    Action,
    ActionDetails,
    ActionFilter,
    ActionState,
    ItemStatus,
    Meeting,
    MeetingDetails,
)

TODAY = date(2025, 3, 12)


def _action(due: date, closed_on: date | None = None) -> Action:
    return Action(1, 1, 1, "Head of Service", "report back", due, date(2025, 1, 1), closed_on)


def test_action_states_through_the_days() -> None:
    assert _action(TODAY - timedelta(days=1)).state(TODAY) is ActionState.OVERDUE
    assert _action(TODAY).state(TODAY) is ActionState.DUE_SOON
    assert _action(TODAY + timedelta(days=DUE_SOON_DAYS)).state(TODAY) is ActionState.DUE_SOON
    assert _action(TODAY + timedelta(days=DUE_SOON_DAYS + 1)).state(TODAY) is ActionState.OPEN
    closed = _action(TODAY - timedelta(days=30), closed_on=TODAY)
    assert closed.state(TODAY) is ActionState.CLOSED


@given(st.dates(), st.dates())
def test_an_open_action_is_overdue_exactly_when_its_day_has_passed(due: date, today: date) -> None:
    state = _action(due).state(today)
    assert (state is ActionState.OVERDUE) == (due < today)
    assert state is not ActionState.CLOSED


def test_when_an_action_is_due_in_words() -> None:
    assert _action(TODAY).when(TODAY) == "due today"
    assert _action(TODAY + timedelta(days=1)).when(TODAY) == "due tomorrow"
    assert _action(TODAY + timedelta(days=9)).when(TODAY) == "due in 9 days"
    assert _action(TODAY - timedelta(days=1)).when(TODAY) == "1 day overdue"
    assert _action(TODAY - timedelta(days=4)).when(TODAY) == "4 days overdue"
    assert _action(TODAY, closed_on=date(2025, 5, 4)).when(TODAY) == "closed 4 May 2025"


def test_closing_needs_a_note() -> None:
    action = _action(TODAY)
    with pytest.raises(ValueError, match="how the action was completed"):
        action.closed(TODAY, "   ")
    closed = action.closed(TODAY, "  Reported to the board in May. ")
    assert closed.closing_note == "Reported to the board in May."
    assert closed.is_closed


def test_action_filters() -> None:
    overdue = _action(TODAY - timedelta(days=2))
    later = _action(TODAY + timedelta(days=60))
    closed = _action(TODAY, closed_on=TODAY)
    assert [ActionFilter.OPEN.accepts(a, TODAY) for a in (overdue, later, closed)] == [
        True,
        True,
        False,
    ]
    assert ActionFilter.OVERDUE.accepts(overdue, TODAY)
    assert not ActionFilter.OVERDUE.accepts(later, TODAY)
    assert ActionFilter.CLOSED.accepts(closed, TODAY)
    assert all(ActionFilter.ALL.accepts(a, TODAY) for a in (overdue, later, closed))


def test_details_are_checked() -> None:
    assert ActionDetails("", "", TODAY).problems() == [
        "Say who will do it.",
        "Say what they will do.",
    ]
    assert MeetingDetails("  ", TODAY).problems() == ["Say which committee or board is meeting."]
    assert MeetingDetails("Corporate Parenting Board", TODAY).problems() == []


def test_status_words_carry_a_symbol_as_well_as_a_word() -> None:
    assert ItemStatus.ANSWERED.text == "● Answered"
    assert ActionState.OVERDUE.text == "⚠ Overdue"
    assert len({s.symbol for s in ItemStatus}) == len(ItemStatus)
    assert len({s.symbol for s in ActionState}) == len(ActionState)
    meeting = Meeting(1, "Corporate Parenting Board", TODAY, "Care leavers")
    assert meeting.heading == "Corporate Parenting Board, 12 March 2025: Care leavers"
