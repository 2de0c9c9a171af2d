"""Reading the council's list again: who is new, what changed, who left, and what is wrong."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.training.records import EVERY_COUNCILLOR, Member, Role
from briefing_app.domain.training.roster import RosterLine, compare_roster, resolve_roles

TODAY = date(2026, 3, 1)
TERM = date(2022, 5, 5)
ROLES = (
    Role(EVERY_COUNCILLOR, "All councillors", "councillor", "councillors"),
    Role(
        "board",
        "Corporate Parenting Board",
        "board member",
        "board members",
        also_called=("corporate parenting panel",),
    ),
    Role("lead-member", "Lead member for children", "lead member for children", "lead members"),
    Role("fostering", "Fostering panel", "fostering panel member", "fostering panel members"),
)
HELD = [
    Member(
        "Zoë Hartley",
        TERM,
        party="Liberal Democrat",
        ward="Harbour",
        id=1,
        roles=frozenset({"board"}),
        email="zoe@council.example",
    ),
    Member(
        "Łukasz Wójcik",
        TERM,
        party="Labour",
        ward="Northgate",
        id=2,
        roles=frozenset({"board", "lead-member"}),
    ),
    Member("Gareth Pryce", TERM, party="Conservative", ward="Northgate", id=3),
    Member("Made Up", TERM, demo=True, id=4),
    Member("Left Before", TERM, id=5, archived_on=date(2025, 5, 1)),
]


def line(number: int, name: str, **values: object) -> RosterLine:
    return RosterLine(number, name, **values)  # type: ignore[arg-type]


def full(number: int, member: Member, **changes: object) -> RosterLine:
    """The line a full export gives for ``member``, with ``changes``."""
    values: dict[str, object] = {
        "party": member.party,
        "ward": member.ward,
        "email": member.email,
        "roles": tuple(sorted(member.roles)),
        "term_start": member.term_start,
        "has_term_end": True,
    }
    values.update(changes)
    return line(number, member.name, **values)


def test_the_same_list_again_changes_nothing_but_the_demonstration_members() -> None:
    lines = [full(n, m) for n, m in enumerate(HELD[:3], start=2)]
    changes = compare_roster(HELD, lines, ROLES, TODAY)
    assert changes.problems == ()
    assert (changes.added, changes.changed, changes.left) == ((), (), ())
    assert changes.unchanged == 3
    assert [m.name for m in changes.demo_removed] == ["Made Up"]
    # With the demonstration members gone, importing again changes nothing at all.
    again = compare_roster(HELD[:3] + HELD[4:], lines, ROLES, TODAY)
    assert not again.anything


def test_only_what_changed_is_changed_and_each_change_is_named() -> None:
    lines = [
        full(2, HELD[0], ward="Old Town", roles=("corporate parenting panel", "Fostering panel")),
        full(3, HELD[1]),
        full(4, HELD[2]),
    ]
    changes = compare_roster(HELD, lines, ROLES, TODAY)
    (change,) = changes.changed
    assert change.after.id == 1
    assert change.text == ("Zoë Hartley: ward Harbour → Old Town; seats added: Fostering panel")
    assert change.after.email == "zoe@council.example"
    assert changes.unchanged == 2


def test_a_column_the_file_lacks_keeps_what_is_held() -> None:
    # A committee system's export with names and wards only.
    lines = [line(n, m.name, ward=m.ward) for n, m in enumerate(HELD[:3], start=2)]
    changes = compare_roster(HELD, lines, ROLES, TODAY, has_term_start=False)
    assert changes.problems == ()
    assert changes.changed == ()
    assert changes.unchanged == 3


def test_names_match_whatever_the_capitals_and_spaces_but_not_the_accents() -> None:
    lines = [
        line(2, "ZOË  hartley"),
        line(3, "Łukasz Wójcik"),
        line(4, "Gareth Pryce"),
        line(5, "Lukasz Wojcik", term_start=date(2026, 2, 1)),
    ]
    changes = compare_roster(HELD, lines, ROLES, TODAY)
    assert changes.unchanged == 3
    assert [m.name for m in changes.added] == ["Lukasz Wojcik"]


def test_councillors_no_longer_listed_are_archived_not_deleted() -> None:
    changes = compare_roster(HELD, [full(2, HELD[0]), full(3, HELD[1])], ROLES, TODAY)
    (gone,) = changes.left
    assert (gone.id, gone.name, gone.archived_on) == (3, "Gareth Pryce", TODAY)
    assert "1 left (to be archived with their records)" in changes.summary()
    assert "1 left (archived with their records)" in changes.summary(done=True)
    assert changes.details()[-1] == (
        "Left: Gareth Pryce (Conservative, Northgate ward) (archived with their records)"
    )


def test_an_archived_councillor_listed_again_is_back() -> None:
    lines = [full(n, m) for n, m in enumerate(HELD[:3], start=2)]
    lines.append(line(5, "Left Before"))
    changes = compare_roster(HELD, lines, ROLES, TODAY)
    (back,) = changes.returned
    assert back.after.archived_on is None
    assert back.after.id == 5
    assert "1 back on the list" in changes.summary()


def test_new_councillors_need_the_day_their_term_began() -> None:
    lines = [line(2, "Kwame Asante", roles=("fostering panel",))]
    changes = compare_roster([], lines, ROLES, TODAY)
    assert changes.problems == (
        (
            2,
            "The term_start is empty: a new councillor needs the day their current term of "
            "office began.",
        ),
    )
    missing_column = compare_roster([], lines, ROLES, TODAY, has_term_start=False)
    assert "the file has no term_start column" in missing_column.problems[0][1].lower()


def test_every_problem_is_listed_with_its_line() -> None:
    lines = [
        line(2, "Zoë Hartley", roles=("planning committee",)),
        line(3, "Gareth Pryce"),
        line(
            4,
            "Łukasz Wójcik",
            term_start=date(2026, 1, 1),
            term_end=date(2025, 1, 1),
            has_term_end=True,
        ),
        line(5, "GARETH  pryce"),
        line(6, "Someone New", term_start=TODAY, ward="Harbour"),
        line(7, "someone  new", term_start=TODAY, ward="harbour"),
        line(8, "Left Before", email="not an address"),
    ]
    changes = compare_roster(HELD, lines, ROLES, TODAY)
    text = dict(changes.problems)
    assert list(text) == [2, 4, 5, 7, 8]
    assert text[2].startswith("'planning committee' is not a seat the app knows")
    assert "cannot end" in text[4]
    assert text[5] == "GARETH  pryce is already on line 3 of the file."
    assert text[7] == "someone  new is already on line 6 of the file."
    assert "'not an address' is not an e-mail address" in text[8]


def test_a_name_held_twice_needs_the_ward() -> None:
    twins = [
        Member("Sam Patel", TERM, ward="Harbour", id=1),
        Member("Sam Patel", TERM, ward="Hillside", id=2),
    ]
    unclear = compare_roster(twins, [line(2, "Sam Patel")], ROLES, TODAY)
    assert "give each one's ward" in unclear.problems[0][1]
    clear = compare_roster(
        twins,
        [line(2, "Sam Patel", ward="Hillside"), line(3, "Sam Patel", ward="Harbour")],
        ROLES,
        TODAY,
    )
    assert clear.problems == ()
    assert clear.unchanged == 2


def test_an_empty_list_is_refused_rather_than_archiving_everyone() -> None:
    changes = compare_roster(HELD, [], ROLES, TODAY)
    assert changes.problems[0][0] == 1
    assert "lists no councillors" in changes.problems[0][1]


def test_seats_are_read_by_any_of_their_names() -> None:
    assert resolve_roles(
        ["Corporate Parenting Panel", " lead  member for children ", "fostering-panel", ""],
        ROLES,
    ) == {"board", "lead-member", "fostering"}
    # Being a councillor is not a seat to hold: it is every member's.
    assert resolve_roles(["Councillor", "all councillors"], ROLES) == frozenset()
