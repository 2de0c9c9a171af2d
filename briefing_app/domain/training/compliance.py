"""Putting the status rule to work across a whole council: records, committees, what is due.

*Fully in date* means every required module has been done and has not run out (a module
that is due soon still counts as in date; one a new member still has to do, in their
period of grace, does not). For a committee line, only the modules that committee's
seat requires are looked at, and only members serving on the assessment day who hold
that seat are counted. Members who had left the council's list by the assessment day
are kept with their records but left out of every list and count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from briefing_app.domain.person_names import loose_key
from briefing_app.domain.training.records import (
    EVERY_COUNCILLOR,
    Completion,
    Member,
    Module,
    ModuleStatus,
    Role,
    Status,
)
from briefing_app.domain.training.rules import assess


@dataclass(frozen=True)
class Catalogue:
    """The seats that bring training duties and the modules, in display order."""

    roles: tuple[Role, ...]
    modules: tuple[Module, ...]

    def role(self, key: str) -> Role | None:
        return next((r for r in self.roles if r.key == key), None)

    def module(self, module_id: int) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def role_names(self, member: Member) -> list[str]:
        """The seats the member holds (not the one every councillor holds)."""
        return [r.name for r in self.roles if r.key in member.roles]

    @property
    def seats(self) -> tuple[Role, ...]:
        """The seats a member can be given (every one but the one everyone holds)."""
        return tuple(r for r in self.roles if not r.for_everyone)

    def modules_for_role(self, role_key: str) -> tuple[Module, ...]:
        """The modules a member holding the seat needs for it: the seat's own, and those
        every councillor needs."""
        wanted = {role_key, EVERY_COUNCILLOR}
        return tuple(m for m in self.modules if wanted & m.required_for)

    def also_for(self, module: Module) -> tuple[Module, ...]:
        """The modules whose completions count for ``module`` too."""
        return tuple(m for m in self.modules if m.key in module.also_met_by)


@dataclass(frozen=True)
class Need:
    """One module one member must see to: overdue, never done, or due soon."""

    member: Member
    module: Module
    status: ModuleStatus


@dataclass(frozen=True)
class MemberRecord:
    """One member's training on the assessment day: a status for every module."""

    member: Member
    statuses: tuple[tuple[Module, ModuleStatus], ...]
    completions: tuple[Completion, ...]

    @cached_property
    def _by_module(self) -> dict[int | None, ModuleStatus]:
        return {m.id: s for m, s in self.statuses}

    def status_of(self, module: Module) -> ModuleStatus:
        return self._by_module[module.id]

    @property
    def required(self) -> list[tuple[Module, ModuleStatus]]:
        return [(m, s) for m, s in self.statuses if s.status is not Status.NOT_REQUIRED]

    def fully_in_date(self, modules: Iterable[Module] | None = None) -> bool:
        """Every required module (of ``modules``, or of all) is done and has not run out."""
        wanted = None if modules is None else {m.id for m in modules}
        return all(
            s.status.counts_as_in_date
            for m, s in self.statuses
            if s.status is not Status.NOT_REQUIRED and (wanted is None or m.id in wanted)
        )

    @property
    def needs_now(self) -> list[Need]:
        """Overdue and never-done modules, longest overdue first."""
        return list(self._needs_now)

    @cached_property
    def _needs_now(self) -> tuple[Need, ...]:
        needs = [Need(self.member, m, s) for m, s in self.statuses if s.status.needs_action]
        return tuple(sorted(needs, key=_need_order))

    @property
    def next_due(self) -> Need | None:
        """The in-date module that falls due first, if any has a due date."""
        upcoming = [
            Need(self.member, m, s)
            for m, s in self.statuses
            if s.status.counts_as_in_date and s.due is not None
        ]
        return min(upcoming, key=_need_order, default=None)

    def history(self, catalogue: Catalogue) -> list[tuple[Completion, Module | None]]:
        """Every completion, newest first, with its module."""
        return [
            (c, catalogue.module(c.module_id))
            for c in sorted(self.completions, key=lambda c: c.completed_on, reverse=True)
        ]


def _need_order(need: Need) -> tuple[int, date, str, str]:
    status = need.status
    return (
        0 if status.status.needs_action else 1,
        status.due or date.min,
        loose_key(need.member.name),
        loose_key(need.module.name),
    )


@dataclass(frozen=True)
class CommitteeCompliance:
    role: Role
    total: int
    fully_in_date: int
    module_count: int  # how many modules the seat requires

    @property
    def line(self) -> str:
        return self.role.compliance_line(self.fully_in_date, self.total)

    @property
    def all_in_date(self) -> bool:
        return self.total > 0 and self.fully_in_date == self.total


@dataclass(frozen=True)
class TrainingBoard:
    """Everyone's training on one day, ready for the screens, the export and the packs."""

    as_at: date
    due_soon_days: int
    catalogue: Catalogue
    records: tuple[MemberRecord, ...]

    def record(self, member_id: int) -> MemberRecord | None:
        return next((r for r in self.records if r.member.id == member_id), None)

    def members_of(self, role_key: str | None) -> list[MemberRecord]:
        """Members holding the seat (or everyone, for None), in name order, leaving out
        those who had left the council's list by the assessment day."""
        return [
            r
            for r in self.records
            if not r.member.left_by(self.as_at) and (role_key is None or r.member.holds(role_key))
        ]

    def compliance(self) -> list[CommitteeCompliance]:
        """One line per seat: of the members serving in it, how many are fully in date."""
        lines = []
        for role in self.catalogue.roles:
            modules = self.catalogue.modules_for_role(role.key)
            if role.for_everyone:  # every module anyone needs, as each member's seats say
                modules = self.catalogue.modules
            serving = [r for r in self.members_of(role.key) if r.member.serving_on(self.as_at)]
            fully = sum(1 for r in serving if r.fully_in_date(modules))
            lines.append(CommitteeCompliance(role, len(serving), fully, len(modules)))
        return lines

    def needs(self, role_key: str | None = None) -> list[Need]:
        """Everything overdue or never done, then everything due within the window (due
        soon, or still to do by a new member), soonest first."""
        modules = None if role_key is None else self.catalogue.modules_for_role(role_key)
        wanted = None if modules is None else {m.id for m in modules}
        found = [
            Need(r.member, m, s)
            for r in self.members_of(role_key)
            for m, s in r.statuses
            if self.falls_due(s) and (wanted is None or m.id in wanted)
        ]
        return sorted(found, key=_need_order)

    def falls_due(self, status: ModuleStatus) -> bool:
        """Overdue or never done, or due within the window of the assessment day."""
        if status.status.needs_action:
            return True
        if status.status in (Status.DUE_SOON, Status.TO_DO) and status.due is not None:
            return (status.due - self.as_at).days <= self.due_soon_days
        return False

    def due_soon(self, role_key: str | None = None) -> list[Need]:
        """What falls due within the window: due soon, or to do by a new member."""
        return [n for n in self.needs(role_key) if not n.status.status.needs_action]

    @property
    def includes_demo(self) -> bool:
        return any(r.member.demo for r in self.records)


def build_board(
    catalogue: Catalogue,
    members: Iterable[Member],
    completions: Iterable[Completion],
    as_at: date,
    due_soon_days: int,
) -> TrainingBoard:
    by_member: dict[int | None, list[Completion]] = {}
    # Each status looks only at the member's records of its own module (and of the
    # modules that count for it too).
    by_module: dict[tuple[int | None, int | None], list[Completion]] = {}
    for completion in completions:
        by_member.setdefault(completion.member_id, []).append(completion)
        by_module.setdefault((completion.member_id, completion.module_id), []).append(completion)
    also = {module.id: catalogue.also_for(module) for module in catalogue.modules}
    records = []
    for member in sorted(members, key=lambda m: (loose_key(m.name), m.id or 0)):
        own = by_member.get(member.id, [])
        statuses = []
        for module in catalogue.modules:
            counted = by_module.get((member.id, module.id), [])
            for other in also[module.id]:
                counted = counted + by_module.get((member.id, other.id), [])
            statuses.append(
                (module, assess(member, module, counted, as_at, due_soon_days, also[module.id]))
            )
        records.append(MemberRecord(member, tuple(statuses), tuple(own)))
    return TrainingBoard(as_at, due_soon_days, catalogue, tuple(records))
