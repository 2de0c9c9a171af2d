"""Councillors' training: members, their seats, the modules they must keep up, and statuses.

The rule that turns records into a status is in ``rules``; it is written out
for people in ``resources/help/training-rules.md``.

Every councillor is a corporate parent, so a module required of ``EVERY_COUNCILLOR`` is
required of every member, whatever seats they hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.person_names import name_key
from briefing_app.domain.training.months import add_months, months_phrase

DEFAULT_DUE_SOON_DAYS = 60
MAX_DUE_SOON_DAYS = 366
MAX_REFRESH_MONTHS = 120
MAX_TEXT = 200
# Control characters other than tab and line feed (a bell, a null) are never typed on purpose.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Anything earlier is taken to be a typing mistake.
EARLIEST_COMPLETION = date(1950, 1, 1)
# The seat every member holds: a module required of it is required of every councillor.
EVERY_COUNCILLOR = "councillor"
MAX_GRACE_MONTHS = 24
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


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
    # Other names the seat goes by in a council's list ("corporate parenting panel").
    also_called: tuple[str, ...] = ()

    @property
    def for_everyone(self) -> bool:
        """Whether every councillor holds this seat (it is ``EVERY_COUNCILLOR``)."""
        return self.key == EVERY_COUNCILLOR

    def is_called(self, text: str) -> bool:
        """Whether ``text`` names this seat: its key, name, titles or another name it has."""
        names = (self.key, self.name, self.member_title, self.member_title_plural)
        wanted = name_key(text.replace("-", " "))
        return any(name_key(n.replace("-", " ")) == wanted for n in (*names, *self.also_called))

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
    email: str = ""
    # The day the council's list of members no longer had them: they have left, and are
    # kept, with their training history, as a record.
    archived_on: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name, "member's name", required=True))
        object.__setattr__(self, "party", clean_text(self.party, "party"))
        object.__setattr__(self, "ward", clean_text(self.ward, "ward"))
        object.__setattr__(self, "email", clean_text(self.email, "e-mail address"))
        if self.email and not _EMAIL.fullmatch(self.email):
            raise InvalidInputError(
                f"{self.email!r} is not an e-mail address.",
                "Write it like name@council.gov.uk, or leave it empty.",
            )
        object.__setattr__(self, "roles", frozenset(self.roles) - {EVERY_COUNCILLOR})
        if self.term_end is not None and self.term_end < self.term_start:
            raise InvalidInputError(
                f"{self.name}'s term cannot end ({long_date(self.term_end)}) before it "
                f"starts ({long_date(self.term_start)}).",
                "Check the term dates.",
            )

    def serving_on(self, day: date) -> bool:
        return (
            self.term_start <= day
            and (self.term_end is None or day <= self.term_end)
            and not self.left_by(day)
        )

    def left_by(self, day: date) -> bool:
        """Whether the member had been archived (had left the council's list) by ``day``."""
        return self.archived_on is not None and self.archived_on <= day

    def holds(self, role_key: str) -> bool:
        """Whether the member holds the seat (every member holds ``EVERY_COUNCILLOR``)."""
        return role_key == EVERY_COUNCILLOR or role_key in self.roles

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
    # How long a member has, from the day their term began, to do it (0: no time at all).
    grace_months: int = 0
    # The keys of other modules whose completion also counts as doing this one.
    also_met_by: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name, "module's name", required=True))
        object.__setattr__(self, "description", clean_text(self.description, "description"))
        object.__setattr__(self, "required_for", frozenset(self.required_for))
        object.__setattr__(self, "also_met_by", frozenset(self.also_met_by) - {self.key})
        if not 0 <= self.grace_months <= MAX_GRACE_MONTHS:
            raise InvalidInputError(
                f"A new member cannot be given {self.grace_months} months to do a module.",
                f"Choose between 0 and {MAX_GRACE_MONTHS} months.",
            )

    def required_of(self, member: Member) -> bool:
        return EVERY_COUNCILLOR in self.required_for or bool(self.required_for & member.roles)

    def grace_ends(self, member: Member) -> date | None:
        """The last day of the member's period of grace for this module, if it has one."""
        if not self.grace_months:
            return None
        return add_months(member.term_start, self.grace_months)


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
        # Text read back from the database is already tidy: then nothing is set again.
        provider = clean_text(self.provider, "provider")
        if provider is not self.provider:
            object.__setattr__(self, "provider", provider)
        note = clean_text(self.note, "note", limit=2000, lines=True)
        if note is not self.note:
            object.__setattr__(self, "note", note)

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
    # Not done yet, but the member's period of grace (as a new member) has not run out.
    TO_DO = "to do"
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
        """In date or due soon: the training has been done and has not run out yet."""
        return self in (Status.IN_DATE, Status.DUE_SOON)

    @property
    def to_see_to(self) -> bool:
        """Something to do: overdue, never done, to do in a period of grace, or due soon."""
        return self not in (Status.IN_DATE, Status.NOT_REQUIRED)


_STATUS_SYMBOLS = {
    Status.IN_DATE: "✓",
    Status.DUE_SOON: "!",
    Status.OVERDUE: "✗",
    Status.NEVER_DONE: "○",
    Status.TO_DO: "→",
    Status.NOT_REQUIRED: "–",
}


@dataclass(frozen=True)
class ModuleStatus:
    status: Status
    last_done: date | None = None
    due: date | None = None
    explanation: str = ""


def check_due_soon_days(days: int) -> int:
    if not 0 <= days <= MAX_DUE_SOON_DAYS:
        raise InvalidInputError(
            f"'Due soon' cannot mean within {days} days.",
            f"Choose between 0 and {MAX_DUE_SOON_DAYS} days.",
        )
    return days
