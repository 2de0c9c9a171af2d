"""The council's yearly table by seat, and the reminders for what falls due."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.training.compliance import Catalogue, build_board
from briefing_app.domain.training.records import (
    EVERY_COUNCILLOR,
    Completion,
    Member,
    Module,
    RefreshRule,
    Role,
)
from briefing_app.domain.training.reminders import reminders
from briefing_app.domain.training.year import year_table

ON = date(2026, 3, 1)
TERM = date(2022, 5, 5)
ROLES = (
    Role(EVERY_COUNCILLOR, "All councillors", "councillor", "councillors"),
    Role("board", "Corporate Parenting Board", "board member", "board members"),
    Role("lead-member", "Lead member for children", "lead member", "lead members"),
)
REFRESHER = Module(
    "refresher", "Refresher", RefreshRule.every(12), frozenset({EVERY_COUNCILLOR}), id=1
)
SAFEGUARDING = Module(
    "safeguarding",
    "Safeguarding children",
    RefreshRule.every(24),
    frozenset({"board", "lead-member"}),
    id=2,
    grace_months=6,
)
CATALOGUE = Catalogue(ROLES, (REFRESHER, SAFEGUARDING))
MEMBERS = [
    Member("Trained Board", TERM, roles=frozenset({"board"}), id=1, email="a@council.example"),
    Member("Due Board", TERM, roles=frozenset({"board"}), id=2),
    Member("Overdue Board", TERM, roles=frozenset({"board", "lead-member"}), id=3),
    Member("New Board", date(2026, 1, 5), roles=frozenset({"board"}), id=4),
    Member("Backbencher", TERM, id=5),
    Member("Gone", TERM, roles=frozenset({"board"}), id=6, archived_on=date(2025, 6, 1)),
]
COMPLETIONS = [
    Completion(1, 1, date(2025, 9, 1)),
    Completion(1, 2, date(2025, 9, 1)),
    Completion(2, 1, date(2025, 4, 1)),  # runs out 1 April 2026: due within 60 days
    Completion(2, 2, date(2025, 4, 1)),
    Completion(3, 1, date(2024, 9, 1)),  # ran out September 2025: overdue
    Completion(3, 2, date(2025, 9, 1)),
    Completion(4, 1, date(2026, 2, 1)),  # new, safeguarding still to do
    Completion(5, 1, date(2024, 12, 1)),  # overdue
    Completion(6, 1, date(2020, 1, 1)),  # left: never counted
]


def board():  # type: ignore[no-untyped-def]
    return build_board(CATALOGUE, MEMBERS, COMPLETIONS, ON, 60)


def test_the_yearly_table_counts_each_councillor_once_per_seat() -> None:
    table = year_table(board(), public=False)
    rows = {row.seat: row for row in table.rows}
    everyone = rows["All councillors"]
    assert (everyone.councillors, everyone.trained, everyone.due, everyone.overdue) == (5, 1, 2, 2)
    assert everyone.trained + everyone.due + everyone.overdue == everyone.councillors
    board_row = rows["Corporate Parenting Board"]
    assert (board_row.councillors, board_row.trained, board_row.due, board_row.overdue) == (
        4,
        1,
        2,
        1,
    )
    # Attended in the year to 1 March 2026: all but the backbencher (December 2024).
    assert everyone.attended == 4
    assert table.year_from == date(2025, 3, 2)
    assert table.title == "Corporate parenting training in the year to 1 March 2026"
    assert rows["Lead member for children"].cells() == [
        "Lead member for children",
        "1",
        "0",
        "0",
        "1",
        "1",
    ]
    assert table.small_groups_note == ""


def test_the_public_table_shows_no_seat_held_by_fewer_than_three() -> None:
    table = year_table(board(), public=True)
    rows = {row.seat: row for row in table.rows}
    lead = rows["Lead member for children"]
    assert lead.hidden
    assert (lead.councillors, lead.trained, lead.due, lead.overdue) == (None, None, None, None)
    assert lead.cells() == [
        "Lead member for children",
        "fewer than 3",
        "not shown",
        "not shown",
        "not shown",
        "not shown",
    ]
    assert not rows["Corporate Parenting Board"].hidden
    assert "fewer than 3 councillors are not shown" in table.small_groups_note


def test_reminders_list_what_falls_due_for_each_councillor() -> None:
    found = {r.member.name: r for r in reminders(board(), 60)}
    assert sorted(found) == ["Backbencher", "Due Board", "Overdue Board"]
    due = found["Due Board"]
    assert due.items == [
        "Refresher: due again by 1 April 2026 (last done 1 April 2025)",
    ]
    overdue = found["Overdue Board"]
    assert overdue.items == [
        "Refresher: overdue since 1 September 2025 (last done 1 September 2024)"
    ]
    letter = overdue.letter
    assert letter.startswith("Dear Councillor Overdue Board,\n\n")
    assert "our records show 1 piece of corporate parenting training for you to do by " in letter
    assert "30 April 2026:" in letter
    assert "- Refresher: overdue since 1 September 2025" in letter
    # A letter names only its own councillor.
    assert "Due Board" not in letter


def test_a_longer_reminder_window_reaches_a_new_member_s_training() -> None:
    found = {r.member.name: r for r in reminders(board(), 200)}
    new = found["New Board"]
    assert new.items == ["Safeguarding children: to be done by 5 July 2026"]
    assert found["Trained Board"].items == [
        "Refresher: due again by 1 September 2026 (last done 1 September 2025)"
    ]
