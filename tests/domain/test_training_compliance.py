"""Committee lines, what is due, and what the packs may say."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.training.compliance import Catalogue, build_board
from briefing_app.domain.training.records import (
    Completion,
    Member,
    Module,
    RefreshRule,
    Role,
    Status,
)
from briefing_app.domain.training.summary import members_pack_summary, public_pack_summary

ON = date(2026, 3, 1)
TERM = date(2022, 5, 5)
BOARD = Role("board", "Corporate Parenting Board", "board member", "board members")
FOSTERING = Role(
    "fostering", "Fostering panel", "fostering panel member", "fostering panel members"
)
INDUCTION = Module(
    "induction", "Induction", RefreshRule.once_per_term(), frozenset({"board", "fostering"}), id=1
)
REFRESHER = Module("refresher", "Refresher", RefreshRule.every(12), frozenset({"board"}), id=2)
CATALOGUE = Catalogue((BOARD, FOSTERING), (INDUCTION, REFRESHER))


def person(member_id: int, name: str, *roles: str, **extra: object) -> Member:
    return Member(name, TERM, roles=frozenset(roles), id=member_id, **extra)  # type: ignore[arg-type]


MEMBERS = [
    person(1, "Zoë Hartley", "board"),
    person(2, "Łukasz Wójcik", "board", "fostering"),
    person(3, "Amara Okafor", "board"),
    person(4, "Gone Member", "board", term_end=date(2025, 1, 1)),
    person(5, "Kwame Asante", "fostering"),
]
COMPLETIONS = [
    Completion(1, 1, date(2022, 6, 1), note="private"),
    Completion(1, 2, date(2025, 6, 1)),  # in date
    Completion(2, 1, date(2022, 6, 1)),
    Completion(2, 2, date(2025, 3, 20)),  # due 20 March 2026: due soon
    Completion(3, 1, date(2022, 6, 1)),
    Completion(3, 2, date(2024, 12, 1)),  # overdue
    Completion(5, 1, date(2021, 1, 1)),  # a past term: overdue
]


def board():  # type: ignore[no-untyped-def]
    return build_board(CATALOGUE, MEMBERS, COMPLETIONS, ON, 60)


def test_committee_lines_count_serving_members_against_the_seat_s_modules() -> None:
    lines = {c.role.key: c for c in board().compliance()}
    assert lines["board"].line == "2 of 3 board members fully in date"
    # Łukasz's due-soon refresher still counts as in date; the panel needs only induction.
    assert lines["fostering"].line == "1 of 2 fostering panel members fully in date"


def test_due_soon_and_needs_are_ordered_and_dated() -> None:
    current = board()
    soon = current.due_soon()
    assert [(n.member.name, n.module.name, n.status.due) for n in soon] == [
        ("Łukasz Wójcik", "Refresher", date(2026, 3, 20))
    ]
    needs = [(n.member.name, n.module.name, n.status.status) for n in current.needs()]
    assert needs == [
        ("Kwame Asante", "Induction", Status.OVERDUE),
        ("Amara Okafor", "Refresher", Status.OVERDUE),
        ("Łukasz Wójcik", "Refresher", Status.DUE_SOON),
    ]
    assert [n.member.name for n in current.needs("fostering")] == ["Kwame Asante"]


def test_a_member_s_own_record_says_what_is_next() -> None:
    record = board().record(2)
    assert record is not None
    assert record.fully_in_date()
    assert record.needs_now == []
    upcoming = record.next_due
    assert upcoming is not None
    assert (upcoming.module.name, upcoming.status.due) == ("Refresher", date(2026, 3, 20))
    history = record.history(CATALOGUE)
    assert [c.completed_on for c, _ in history] == [date(2025, 3, 20), date(2022, 6, 1)]


def test_members_are_in_alphabetical_order_whatever_their_accents() -> None:
    names = [r.member.name for r in board().records]
    assert names == ["Amara Okafor", "Gone Member", "Kwame Asante", "Łukasz Wójcik", "Zoë Hartley"]


def test_members_pack_names_people_and_public_pack_does_not() -> None:
    named = members_pack_summary(board())
    public = public_pack_summary(board())
    assert named.names_included
    assert {n.member for n in named.needs} == {"Kwame Asante", "Amara Okafor", "Łukasz Wójcik"}
    assert not public.names_included
    assert public.needs == ()
    text = repr(public)
    for member in MEMBERS:
        assert member.name not in text
    assert "private" not in repr(named)
    # The board's three members are shown; the fostering panel's two are not, in public.
    assert public.committees[0] == named.committees[0]
    fostering = public.committees[1]
    assert (fostering.members, fostering.fully_in_date) == (None, None)
    assert "fewer than 3" in fostering.line
    assert named.committees[1].members == 2
    assert public.headline == (
        "On 1 March 2026, 2 of the 4 councillors were fully in date with their corporate "
        "parenting training."
    )
    refresher = next(m for m in public.modules if m.module == "Refresher")
    assert (refresher.required_of, refresher.in_date, refresher.due_soon, refresher.overdue) == (
        3,
        1,
        1,
        1,
    )
