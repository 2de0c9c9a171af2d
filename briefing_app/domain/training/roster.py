"""The council's list of councillors, read again: who is new, what changed, who has left.

The list an officer imports is the council's own list of its serving councillors. Each
line is matched to a member the app holds by name (case and spacing do not matter;
accents do), and by ward when two members share a name. Then:

- a councillor the app does not hold is **added**;
- a councillor it holds gets only what **changed** (party, ward, e-mail, seats, term),
  and each change is named; a column the file does not have leaves that detail as it
  is, and a blank term start keeps the one held;
- a councillor who had been archived and is on the list again is **back**;
- a councillor the app holds who is not on the list has **left**: they are archived on
  the day of the import, with their training history, never deleted.

Demonstration members are not the council's: the import takes them away.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import BriefingError
from briefing_app.domain.person_names import name_key
from briefing_app.domain.training.records import EVERY_COUNCILLOR, Member, Role
from briefing_app.domain.wording import capitalise, joined, plural

# What a seat may be called besides its own names, for the seat everyone holds.
_EVERYONE = ("councillor", "councillors", "all councillors", "member", "all members")


@dataclass(frozen=True)
class RosterLine:
    """One councillor as a line of the file gives them. ``None`` means the file has no
    such column (so the detail held is kept); a blank ``term_start`` is ``None`` too."""

    line: int
    name: str
    party: str | None = None
    ward: str | None = None
    email: str | None = None
    roles: tuple[str, ...] | None = None
    term_start: date | None = None
    term_end: date | None = None
    has_term_end: bool = False


@dataclass(frozen=True)
class Change:
    before: Member
    after: Member
    what: tuple[str, ...]

    @property
    def text(self) -> str:
        return f"{self.after.name}: {'; '.join(self.what)}"


@dataclass(frozen=True)
class RosterChanges:
    added: tuple[Member, ...] = ()
    changed: tuple[Change, ...] = ()
    returned: tuple[Change, ...] = ()
    left: tuple[Member, ...] = ()
    unchanged: int = 0
    demo_removed: tuple[Member, ...] = ()
    problems: tuple[tuple[int, str], ...] = field(default=())

    @property
    def anything(self) -> bool:
        return bool(self.added or self.changed or self.returned or self.left or self.demo_removed)

    def summary(self, *, done: bool = False) -> str:
        """ "3 new, 2 changed, 1 left (to be archived) and 64 unchanged."; with ``done``,
        as a record of what was changed."""
        parts = []
        if self.added:
            parts.append(f"{len(self.added)} new")
        if self.changed:
            parts.append(f"{len(self.changed)} changed")
        if self.returned:
            parts.append(f"{len(self.returned)} back on the list")
        if self.left:
            archived = "archived" if done else "to be archived"
            parts.append(f"{len(self.left)} left ({archived} with their records)")
        parts.append(f"{self.unchanged} unchanged")
        text = f"{joined(parts)}."
        if self.demo_removed:
            verb = "were" if done else "will be"
            if len(self.demo_removed) == 1:
                verb = "was" if done else "will be"
            text += (
                f" The {plural(len(self.demo_removed), 'demonstration member')} {verb} taken away."
            )
        return capitalise(text)

    def details(self) -> list[str]:
        """One line per councillor added, changed, back or leaving, saying what it is."""
        lines = [f"New: {m.name}{_where(m)}" for m in self.added]
        lines += [f"Changed: {c.text}" for c in self.changed]
        lines += [f"Back on the list: {c.text}" for c in self.returned]
        lines += [f"Left: {m.name}{_where(m)} (archived with their records)" for m in self.left]
        return lines


def _where(member: Member) -> str:
    return f" ({member.detail})" if member.detail else ""


def resolve_roles(texts: Iterable[str], roles: Sequence[Role]) -> frozenset[str]:
    """The seat keys named by ``texts``; raises BriefingError naming any it does not know."""
    keys: set[str] = set()
    for text in texts:
        wanted = " ".join(text.split())
        if not wanted:
            continue
        found = next((r for r in roles if r.is_called(wanted)), None)
        if found is not None:
            keys.add(found.key)
            continue
        if name_key(wanted) in _EVERYONE:
            continue
        known = "; ".join(r.name.lower() for r in roles if not r.for_everyone)
        hint = " Separate seats with semicolons." if "," in wanted else ""
        raise BriefingError(f"{wanted!r} is not a seat the app knows ({known}).{hint}")
    return frozenset(keys - {EVERY_COUNCILLOR})


def _describe(before: Member, after: Member, roles: Sequence[Role]) -> list[str]:
    names = {r.key: r.name for r in roles}
    what = []
    for label, old, new in (
        ("party", before.party, after.party),
        ("ward", before.ward, after.ward),
        ("e-mail", before.email, after.email),
    ):
        if old != new:
            what.append(f"{label} {old or '(none)'} → {new or '(none)'}")
    added = sorted(names.get(k, k) for k in after.roles - before.roles)
    removed = sorted(names.get(k, k) for k in before.roles - after.roles)
    if added:
        what.append(f"seats added: {', '.join(added)}")
    if removed:
        what.append(f"seats removed: {', '.join(removed)}")
    if before.term_start != after.term_start:
        what.append(f"term began {long_date(before.term_start)} → {long_date(after.term_start)}")
    if before.term_end != after.term_end:
        old_end = long_date(before.term_end) if before.term_end else "(not set)"
        new_end = long_date(after.term_end) if after.term_end else "(not set)"
        what.append(f"term ends {old_end} → {new_end}")
    return what


class _Matcher:
    def __init__(self, held: Sequence[Member]) -> None:
        self.by_name: dict[str, list[Member]] = {}
        for member in held:
            self.by_name.setdefault(name_key(member.name), []).append(member)

    def find(self, line: RosterLine) -> Member | None:
        found = self.by_name.get(name_key(line.name), [])
        if len(found) > 1 and line.ward:
            found = [m for m in found if name_key(m.ward) == name_key(line.ward)]
        if len(found) > 1:
            raise BriefingError(
                f"{len(found)} members the app holds are called {line.name!r}; "
                "give each one's ward to say which this is."
            )
        return found[0] if found else None


def compare_roster(
    held: Sequence[Member],
    lines: Sequence[RosterLine],
    roles: Sequence[Role],
    today: date,
    *,
    has_term_start: bool = True,
) -> RosterChanges:
    """What importing ``lines`` would change in ``held`` (every member the app holds).

    Problems are returned, with their line numbers, rather than raised, so that every
    problem in a file can be listed at once; with any problem, nothing may be changed.
    """
    real = [m for m in held if not m.demo]
    matcher = _Matcher(real)
    problems: list[tuple[int, str]] = []
    if not lines:
        problems.append((1, "the file lists no councillors, so it cannot be the council's list."))
    matched: dict[int, int] = {}  # member id -> the line that names them
    new_lines: dict[tuple[str, str], int] = {}  # (name, ward) of a new member -> line
    added: list[Member] = []
    changed: list[Change] = []
    returned: list[Change] = []
    unchanged = 0
    for line in lines:
        try:
            before = matcher.find(line)
            keys = None if line.roles is None else resolve_roles(line.roles, roles)
            after = _updated(before, line, keys, has_term_start)
        except BriefingError as error:
            problems.append((line.line, str(error)))
            continue
        if before is not None and before.id is not None:
            first = matched.get(before.id)
            matched.setdefault(before.id, line.line)
        else:
            key = (name_key(after.name), name_key(after.ward))
            first = new_lines.get(key)
            new_lines.setdefault(key, line.line)
        if first is not None:
            problems.append((line.line, f"{line.name} is already on line {first} of the file."))
            continue
        if before is None:
            added.append(after)
            continue
        what = _describe(before, after, roles)
        if before.archived_on is not None:
            returned.append(Change(before, after, tuple(what or ["no other change"])))
        elif what:
            changed.append(Change(before, after, tuple(what)))
        else:
            unchanged += 1
    left = tuple(
        replace(m, archived_on=today) for m in real if m.id not in matched and m.archived_on is None
    )
    return RosterChanges(
        added=tuple(added),
        changed=tuple(changed),
        returned=tuple(returned),
        left=left,
        unchanged=unchanged,
        demo_removed=tuple(m for m in held if m.demo),
        problems=tuple(sorted(problems, key=lambda p: p[0])),
    )


def _updated(
    before: Member | None,
    line: RosterLine,
    roles: frozenset[str] | None,
    has_term_start: bool,
) -> Member:
    """The member as the line gives them (a new one, or ``before`` with its changes)."""
    if before is None:
        if line.term_start is None:
            advice = (
                "the term_start is empty: a new councillor needs the day their current term "
                "of office began."
                if has_term_start
                else "the file has no term_start column: a new councillor needs the day "
                "their current term of office began."
            )
            raise BriefingError(advice[:1].upper() + advice[1:])
        return Member(
            name=line.name,
            term_start=line.term_start,
            term_end=line.term_end,
            party=line.party or "",
            ward=line.ward or "",
            email=line.email or "",
            roles=roles or frozenset(),
        )
    return Member(
        name=before.name,  # the same name, perhaps written in other capitals
        term_start=line.term_start or before.term_start,
        term_end=line.term_end if line.has_term_end else before.term_end,
        party=before.party if line.party is None else line.party,
        ward=before.ward if line.ward is None else line.ward,
        email=before.email if line.email is None else line.email,
        roles=before.roles if roles is None else roles,
        id=before.id,
        demo=False,
    )
