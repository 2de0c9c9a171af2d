"""The rule that turns a member's training records into a status, for one module on one day.

The day is the *assessment day* (``on``). The rules, in the order they are applied (the
user guide's "How training statuses are worked out" says the same in words):

1. A member who is not serving that day (before their term starts, after it ends, or
   after they left the council's list) has nothing required: **not required**.
2. A module none of the member's seats requires is **not required**. Every member holds
   the seat ``EVERY_COUNCILLOR``, so a module required of it is required of everyone.
3. Completions dated after the assessment day are not counted. A completion of a module
   named in this one's ``also_met_by`` counts as a completion of this one (the induction
   counts as the first refresher; a refresher counts as this term's induction).
4. *Period of grace.* A module with ``grace_months`` gives a member that many months
   from the day their term began to do it: the *grace end*. Until then, a module not
   done (or not done this term, or run out) is **to do**, due by the grace end. Nothing
   falls due before the grace end.
5. *Every N months*: the due date is the latest completion plus N months (see
   ``months.add_months``), or the grace end if that is later. After the due
   date: **overdue**. On it or up to the window's number of days before it (60 by
   default): **due soon**. Earlier: **in date**. No completion at all: **never done**
   (once any grace has run out).
6. *Once per term of office*: a completion on or after the day the member's current term
   began: **in date**. Only earlier completions: **overdue** (it belongs to a past term).
   None at all: **never done**.
7. *Once*: any completion: **in date**; none: **never done**.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from briefing_app.domain.dates import long_date
from briefing_app.domain.training.months import add_months
from briefing_app.domain.training.records import (
    DEFAULT_DUE_SOON_DAYS,
    Completion,
    Member,
    Module,
    ModuleStatus,
    RefreshKind,
    Status,
)
from briefing_app.domain.wording import plural


class _Evidence:
    """The completions that count for a module, newest last, with what to call each one."""

    def __init__(
        self,
        member: Member,
        module: Module,
        completions: Iterable[Completion],
        on: date,
        also: Sequence[Module],
    ) -> None:
        names = {m.id: m.name for m in also if m.id is not None and m.id != module.id}
        counted = {module.id, *names}
        found = sorted(
            (c.completed_on, c.module_id)
            for c in completions
            if c.completed_on <= on and c.module_id in counted and c.member_id == member.id
        )
        self.days = [day for day, _ in found]
        self._names = names
        self._found = found

    def done_text(self, day: date, prefix: str = "Last done") -> str:
        """ "Last done 3 May 2025" or, for another module that counts, which one it was."""
        modules = {module_id for found_day, module_id in self._found if found_day == day}
        others = [self._names[m] for m in modules if m in self._names]
        if others and len(others) == len(modules):
            return f"{prefix} {long_date(day)} (as {others[0]}, which counts for this too)"
        return f"{prefix} {long_date(day)}"


def _not_done(module: Module, on: date, grace: date | None, last: str) -> ModuleStatus:
    """No completion counts now: to do while the period of grace lasts, and after it
    overdue (if it was done once, ``last`` says when) or never done."""
    if grace is not None and on <= grace:
        opening = f"{last}." if last else "Not done yet."
        months = plural(module.grace_months, "month")
        return ModuleStatus(
            Status.TO_DO,
            None,
            grace,
            f"{opening} They have until {long_date(grace)} to do it "
            f"({months} from the start of their term).",
        )
    due = f" It was due by {long_date(grace)}." if grace is not None else ""
    if last:
        return ModuleStatus(Status.OVERDUE, None, grace, f"{last}.{due}")
    return ModuleStatus(Status.NEVER_DONE, None, grace, f"No attendance recorded.{due}")


def assess(
    member: Member,
    module: Module,
    completions: Iterable[Completion],
    on: date,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
    also: Sequence[Module] = (),
) -> ModuleStatus:
    """The status of ``module`` for ``member`` on the day ``on``; ``also`` are the modules
    whose completions count for this one too. See the module docstring for the rules."""
    if not member.serving_on(on):
        return ModuleStatus(Status.NOT_REQUIRED, explanation="Not serving on this date.")
    if not module.required_of(member):
        return ModuleStatus(Status.NOT_REQUIRED, explanation="None of this member's seats need it.")
    evidence = _Evidence(member, module, completions, on, also)
    grace = module.grace_ends(member)
    rule = module.refresh
    if rule.kind is RefreshKind.ONCE_PER_TERM:
        return _once_per_term(member, module, on, grace, evidence)
    if not evidence.days:
        return _not_done(module, on, grace, "")
    last = evidence.days[-1]
    if rule.kind is RefreshKind.ONCE:
        return ModuleStatus(Status.IN_DATE, last, None, f"{evidence.done_text(last, 'Done')}.")
    ran_out = add_months(last, rule.months)
    done = evidence.done_text(last)
    if grace is not None and ran_out < grace:
        if on <= grace and ran_out < on:
            status = _not_done(module, on, grace, f"{done}; it ran out on {long_date(ran_out)}")
            return ModuleStatus(status.status, last, status.due, status.explanation)
        due = grace
    else:
        due = ran_out
    if on > due:
        return ModuleStatus(Status.OVERDUE, last, due, f"{done}; it was due by {long_date(due)}.")
    left = (due - on).days
    if left <= due_soon_days:
        when = "today" if left == 0 else f"in {plural(left, 'day')}"
        return ModuleStatus(
            Status.DUE_SOON, last, due, f"{done}; due again by {long_date(due)} ({when})."
        )
    return ModuleStatus(Status.IN_DATE, last, due, f"{done}; due again by {long_date(due)}.")


def _once_per_term(
    member: Member, module: Module, on: date, grace: date | None, evidence: _Evidence
) -> ModuleStatus:
    if not evidence.days:
        return _not_done(module, on, grace, "")
    last = evidence.days[-1]
    if last >= member.term_start:
        return ModuleStatus(
            Status.IN_DATE,
            last,
            None,
            f"{evidence.done_text(last, 'Done')}, in this term of office.",
        )
    before = f"{evidence.done_text(last)}, before this term began on {long_date(member.term_start)}"
    status = _not_done(module, on, grace, before)
    return ModuleStatus(status.status, last, status.due, status.explanation)
