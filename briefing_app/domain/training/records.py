"""Councillors' training: members, their seats, the modules they must keep up, and the status rule.

The rule that turns records into a status (``assess``), for one member and one module
on a given day, the *assessment day*:

1. A member who is not serving that day (before their term starts, or after it ends)
   has nothing required: **not required**.
2. A module none of the member's roles requires is **not required**.
3. Completions dated after the assessment day are not counted.
4. *Every N months*: with no completion, **never done**. Otherwise the due date is the
   latest completion plus N months (see ``months.add_months``). After the due
   date: **overdue**. On or up to the window's number of days before it (60 by
   default): **due soon**. Earlier: **in date**.
5. *Once per term of office*: a completion on or after the day the member's current
   term began: **in date**. Only earlier completions: **overdue** (it belongs to a past
   term). None at all: **never done**.
6. *Once*: any completion: **in date**; none: **never done**.

A completion dated after today is refused when it is recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.training.months import add_months, months_phrase
from briefing_app.domain.wording import plural

DEFAULT_DUE_SOON_DAYS = 60
MAX_DUE_SOON_DAYS = 366
MAX_REFRESH_MONTHS = 120
MAX_TEXT = 200
# Control characters other than tab and line feed (a bell, a null) are never typed on purpose.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Anything earlier is taken to be a typing mistake.
EARLIEST_COMPLETION = date(1950, 1, 1)


def clean_text(
    value: str, what: str, *, required: bool = False, limit: int = MAX_TEXT, lines: bool = False
) -> str:
    """Tidy a typed value; refuse control characters, over-long text and (if required) blanks.

    Runs of spaces become one space; line breaks are kept only where ``lines`` allows them.
    """
    if not value:
        if required:
            raise InvalidInputError(f"The {what} is empty.", f"Type the {what}.")
        return value
    tidy = value.isprintable() and value.strip(" ") == value and "  " not in value
    if tidy and len(value) <= limit:  # the usual case for text read back from the database
        return value
    if lines:
        text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    else:
        text = " ".join(value.split())
    if required and not text:
        raise InvalidInputError(f"The {what} is empty.", f"Type the {what}.")
    if len(text) > limit:
        raise InvalidInputError(
            f"The {what} is too long ({len(text)} characters).",
            f"Keep it to {limit} characters or fewer.",
        )
    if _CONTROL.search(text):
        raise InvalidInputError(
            f"The {what} contains a control character.", "Remove it and try again."
        )
    return text


class RefreshKind(Enum):
    EVERY_MONTHS = "every"
    ONCE_PER_TERM = "term"
    ONCE = "once"


@dataclass(frozen=True)
class RefreshRule:
    """How often a module must be done: every N months, once per term of office, or once."""

    kind: RefreshKind
    months: int = 0

    def __post_init__(self) -> None:
        if self.kind is RefreshKind.EVERY_MONTHS:
            if not 1 <= self.months <= MAX_REFRESH_MONTHS:
                raise InvalidInputError(
                    f"A module cannot be refreshed every {self.months} months.",
                    f"Choose between 1 and {MAX_REFRESH_MONTHS} months.",
                )
        elif self.months:
            raise InvalidInputError("Only a module refreshed every so many months has months.")

    @classmethod
    def every(cls, months: int) -> RefreshRule:
        return cls(RefreshKind.EVERY_MONTHS, months)

    @classmethod
    def once_per_term(cls) -> RefreshRule:
        return cls(RefreshKind.ONCE_PER_TERM)

    @classmethod
    def once(cls) -> RefreshRule:
        return cls(RefreshKind.ONCE)

    @property
    def label(self) -> str:
        if self.kind is RefreshKind.EVERY_MONTHS:
            return f"Every {months_phrase(self.months)}"
        if self.kind is RefreshKind.ONCE_PER_TERM:
            return "Once per term of office"
        return "Once"

    @property
    def explanation(self) -> str:
        if self.kind is RefreshKind.EVERY_MONTHS:
            done = date(2025, 3, 3)
            count = f"{self.months} {'month' if self.months == 1 else 'months'}"
            return (
                f"Must be done again within {count} of the last time: done on "
                f"{long_date(done)}, it is due again by {long_date(add_months(done, self.months))}."
            )
        if self.kind is RefreshKind.ONCE_PER_TERM:
            return "Done at least once since the member's current term of office began."
        return "Done once; it never needs repeating."

    def due_after(self, completed_on: date) -> date | None:
        """The last day a completion on ``completed_on`` keeps the member in date, if any."""
        if self.kind is RefreshKind.EVERY_MONTHS:
            return add_months(completed_on, self.months)
        return None


@dataclass(frozen=True)
class Role:
    """A seat that brings training duties: a committee place or a post like lead member."""

    key: str
    name: str
    member_title: str
    member_title_plural: str
    description: str = ""
    position: int = 0

    def compliance_line(self, fully_in_date: int, total: int) -> str:
        """ "7 of 9 board members fully in date"."""
        if total == 0:
            return f"{self.name}: nobody holds this seat at the moment"
        title = self.member_title if total == 1 else self.member_title_plural
        return f"{fully_in_date} of {total} {title} fully in date"


@dataclass(frozen=True)
class Member:
    name: str
    term_start: date
    term_end: date | None = None
    party: str = ""
    ward: str = ""
    roles: frozenset[str] = field(default_factory=frozenset)
    demo: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name, "member's name", required=True))
        object.__setattr__(self, "party", clean_text(self.party, "party"))
        object.__setattr__(self, "ward", clean_text(self.ward, "ward"))
        object.__setattr__(self, "roles", frozenset(self.roles))
        if self.term_end is not None and self.term_end < self.term_start:
            raise InvalidInputError(
                f"{self.name}'s term cannot end ({long_date(self.term_end)}) before it "
                f"starts ({long_date(self.term_start)}).",
                "Check the term dates.",
            )

    def serving_on(self, day: date) -> bool:
        return self.term_start <= day and (self.term_end is None or day <= self.term_end)

    @property
    def detail(self) -> str:
        """ "Labour, Northgate ward"."""
        parts = [self.party, f"{self.ward} ward" if self.ward else ""]
        return ", ".join(p for p in parts if p)

    @property
    def term_text(self) -> str:
        if self.term_end is None:
            return f"Term began {long_date(self.term_start)}"
        return f"Term {long_date(self.term_start)} to {long_date(self.term_end)}"


@dataclass(frozen=True)
class Module:
    key: str
    name: str
    refresh: RefreshRule
    required_for: frozenset[str] = field(default_factory=frozenset)
    description: str = ""
    position: int = 0
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name, "module's name", required=True))
        object.__setattr__(self, "description", clean_text(self.description, "description"))
        object.__setattr__(self, "required_for", frozenset(self.required_for))

    def required_of(self, member: Member) -> bool:
        return bool(self.required_for & member.roles)


@dataclass(frozen=True)
class Completion:
    """One member's attendance at one module on one day."""

    member_id: int
    module_id: int
    completed_on: date
    provider: str = ""
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "provider", clean_text(self.provider, "provider"))
        object.__setattr__(self, "note", clean_text(self.note, "note", limit=2000, lines=True))

    def expires_on(self, module: Module) -> date | None:
        """The last day this completion keeps the member in date (None: it does not expire)."""
        return module.refresh.due_after(self.completed_on)

    def check_date(self, today: date) -> None:
        """Refuse a completion dated after ``today`` (or implausibly long ago)."""
        if self.completed_on < EARLIEST_COMPLETION:
            raise InvalidInputError(
                f"{long_date(self.completed_on)} is too long ago to be right.",
                "Check the year.",
            )
        if self.completed_on > today:
            raise InvalidInputError(
                f"Training cannot be recorded for a day that has not come yet "
                f"({long_date(self.completed_on)} is after today, {long_date(today)}).",
                "Check the date, and record the training once it has taken place.",
            )


class Status(Enum):
    """Worst first; ``rank`` orders them."""

    OVERDUE = "overdue"
    NEVER_DONE = "never done"
    DUE_SOON = "due soon"
    IN_DATE = "in date"
    NOT_REQUIRED = "not required"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def symbol(self) -> str:
        """A sign that carries the status without colour: a tick, a cross, a ring..."""
        return _STATUS_SYMBOLS[self]

    @property
    def text(self) -> str:
        """ "✓ In date"."""
        return f"{self.symbol} {self.label}"

    @property
    def rank(self) -> int:
        return list(Status).index(self)

    @property
    def needs_action(self) -> bool:
        """Overdue or never done: the member is not in date for this module."""
        return self in (Status.OVERDUE, Status.NEVER_DONE)

    @property
    def counts_as_in_date(self) -> bool:
        """In date or due soon: the training has not run out yet."""
        return self in (Status.IN_DATE, Status.DUE_SOON)


_STATUS_SYMBOLS = {
    Status.IN_DATE: "✓",
    Status.DUE_SOON: "!",
    Status.OVERDUE: "✗",
    Status.NEVER_DONE: "○",
    Status.NOT_REQUIRED: "–",
}


@dataclass(frozen=True)
class ModuleStatus:
    status: Status
    last_done: date | None = None
    due: date | None = None
    explanation: str = ""


def assess(
    member: Member,
    module: Module,
    completions: Iterable[Completion],
    on: date,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> ModuleStatus:
    """The status of ``module`` for ``member`` on the day ``on``. See the module docstring."""
    if not member.serving_on(on):
        return ModuleStatus(Status.NOT_REQUIRED, explanation="Not serving on this date.")
    if not module.required_of(member):
        return ModuleStatus(Status.NOT_REQUIRED, explanation="None of this member's seats need it.")
    dates = sorted(
        c.completed_on
        for c in completions
        if c.completed_on <= on and c.module_id == module.id and c.member_id == member.id
    )
    if not dates:
        return ModuleStatus(Status.NEVER_DONE, explanation="No attendance recorded.")
    last = dates[-1]
    rule = module.refresh
    if rule.kind is RefreshKind.EVERY_MONTHS:
        due = add_months(last, rule.months)
        done = f"Last done {long_date(last)}"
        if on > due:
            return ModuleStatus(
                Status.OVERDUE, last, due, f"{done}; it was due by {long_date(due)}."
            )
        left = (due - on).days
        if left <= due_soon_days:
            when = "today" if left == 0 else f"in {plural(left, 'day')}"
            return ModuleStatus(
                Status.DUE_SOON, last, due, f"{done}; due again by {long_date(due)} ({when})."
            )
        return ModuleStatus(Status.IN_DATE, last, due, f"{done}; due again by {long_date(due)}.")
    if rule.kind is RefreshKind.ONCE_PER_TERM:
        if last >= member.term_start:
            return ModuleStatus(
                Status.IN_DATE, last, None, f"Done {long_date(last)}, in this term of office."
            )
        return ModuleStatus(
            Status.OVERDUE,
            last,
            None,
            f"Last done {long_date(last)}, before this term began on "
            f"{long_date(member.term_start)}.",
        )
    return ModuleStatus(Status.IN_DATE, last, None, f"Done {long_date(last)}.")


def check_due_soon_days(days: int) -> int:
    if not 0 <= days <= MAX_DUE_SOON_DAYS:
        raise InvalidInputError(
            f"'Due soon' cannot mean within {days} days.",
            f"Choose between 0 and {MAX_DUE_SOON_DAYS} days.",
        )
    return days
