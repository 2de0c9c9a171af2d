"""Meetings, the questions asked at them, the answers given and the actions promised."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from enum import Enum

from briefing_app.domain.dates import long_date
from briefing_app.domain.exempt_information import ExemptParagraph
from briefing_app.domain.wording import plural

DUE_SOON_DAYS = 14
DEFAULT_ACTION_DAYS = 28
MAX_ANSWER_LENGTH = 20_000


class ItemStatus(Enum):
    """Where a question stands at a meeting."""

    NOT_ASKED = "not_asked"
    ASKED = "asked"
    ANSWERED = "answered"
    DEFERRED = "deferred"

    @property
    def label(self) -> str:
        return _ITEM_LABELS[self]

    @property
    def symbol(self) -> str:
        """A sign that carries the status without colour."""
        return _ITEM_SYMBOLS[self]

    @property
    def text(self) -> str:
        return f"{self.symbol} {self.label}"

    @property
    def is_done(self) -> bool:
        return self in (ItemStatus.ANSWERED, ItemStatus.DEFERRED)


_ITEM_LABELS = {
    ItemStatus.NOT_ASKED: "Not asked yet",
    ItemStatus.ASKED: "Asked",
    ItemStatus.ANSWERED: "Answered",
    ItemStatus.DEFERRED: "Deferred",
}
_ITEM_SYMBOLS = {
    ItemStatus.NOT_ASKED: "○",
    ItemStatus.ASKED: "◐",
    ItemStatus.ANSWERED: "●",
    ItemStatus.DEFERRED: "↷",
}


MAX_MEMBERS = 60
MAX_DETAIL_LENGTH = 300


@dataclass(frozen=True)
class MeetingArrangements:
    """What a committee's papers say about a meeting besides its committee and date.

    When it starts and where; who sits on the committee, one member a line (as the
    papers name them, "Councillor Zoë Hartley (Chair)"); the clerk and how to reach
    them; the paragraph of Schedule 12A that makes the members' part of a pack exempt
    (None until an officer chooses one); and whom to ask for the papers in another
    format (the clerk, unless someone else is named). Everything may be left blank:
    a pack then says what is not known.
    """

    start: time | None = None
    venue: str = ""
    membership: tuple[str, ...] = ()
    clerk: str = ""
    clerk_contact: str = ""
    exempt_paragraph: ExemptParagraph | None = None
    alternative_formats: str = ""

    def problems(self) -> list[str]:
        found = []
        texts = {
            "The venue": self.venue,
            "The clerk's name": self.clerk,
            "The clerk's contact details": self.clerk_contact,
            "The contact for other formats": self.alternative_formats,
        }
        for what, text in texts.items():
            if len(text) > MAX_DETAIL_LENGTH:
                found.append(f"{what} is too long: keep it to {MAX_DETAIL_LENGTH} characters.")
        if len(self.membership) > MAX_MEMBERS:
            found.append(f"List at most {MAX_MEMBERS} members.")
        if any(len(name) > 200 for name in self.membership):
            found.append("A member's name is too long: one member a line.")
        return found

    @property
    def format_contact(self) -> str:
        """Whom to ask for the papers in another format: as named, or else the clerk."""
        if self.alternative_formats.strip():
            return self.alternative_formats.strip()
        return ", ".join(part for part in (self.clerk, self.clerk_contact) if part.strip())


def membership_lines(text: str) -> tuple[str, ...]:
    """The members typed one a line, without blank lines or stray spaces."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class Meeting:
    id: int
    committee: str
    meeting_date: date
    title: str = ""
    arrangements: MeetingArrangements = MeetingArrangements()

    @property
    def heading(self) -> str:
        """The committee and date, e.g. "Corporate Parenting Board, 12 March 2025", and title."""
        base = f"{self.committee}, {long_date(self.meeting_date)}"
        return f"{base}: {self.title}" if self.title else base


@dataclass(frozen=True)
class MeetingDetails:
    """What an officer types to create or change a meeting."""

    committee: str
    meeting_date: date
    title: str = ""
    arrangements: MeetingArrangements = MeetingArrangements()

    def problems(self) -> list[str]:
        found = []
        if not self.committee.strip():
            found.append("Say which committee or board is meeting.")
        if len(self.committee) > 200 or len(self.title) > 300:
            found.append("The committee name or title is too long.")
        return found + self.arrangements.problems()


@dataclass(frozen=True)
class MeetingItem:
    """One question on a meeting's list: its place, where it stands, and the answer given.

    ``question_text`` is the question as it was put to the meeting: it is fixed when the
    question is first marked, so later edits to the question bank do not rewrite history.
    """

    id: int
    meeting_id: int
    question_id: int
    position: int
    status: ItemStatus = ItemStatus.NOT_ASKED
    answer: str = ""
    answer_private: bool = False
    question_text: str = ""
    question_code: str = ""


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting with how far through its questions it has got, for lists."""

    meeting: Meeting
    questions: int
    done: int
    open_actions: int

    @property
    def progress(self) -> str:
        if not self.questions:
            return "No questions chosen yet"
        return f"{self.done} of {self.questions} questions answered or deferred"


class ActionState(Enum):
    """Where a promised action stands on a given day."""

    OPEN = "open"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]

    @property
    def symbol(self) -> str:
        return _ACTION_SYMBOLS[self]

    @property
    def text(self) -> str:
        return f"{self.symbol} {self.label}"

    @property
    def is_open(self) -> bool:
        return self is not ActionState.CLOSED


_ACTION_LABELS = {
    ActionState.OPEN: "Open",
    ActionState.DUE_SOON: "Due soon",
    ActionState.OVERDUE: "Overdue",
    ActionState.CLOSED: "Closed",
}
_ACTION_SYMBOLS = {
    ActionState.OPEN: "○",
    ActionState.DUE_SOON: "!",
    ActionState.OVERDUE: "⚠",
    ActionState.CLOSED: "✓",
}


@dataclass(frozen=True)
class ActionDetails:
    """What is typed to record an action: who promised what, by when."""

    owner: str
    description: str
    due: date

    def problems(self) -> list[str]:
        found = []
        if not self.owner.strip():
            found.append("Say who will do it.")
        if not self.description.strip():
            found.append("Say what they will do.")
        if len(self.owner) > 200 or len(self.description) > 2000:
            found.append("The action is too long; keep it to a sentence or two.")
        return found


@dataclass(frozen=True)
class Action:
    id: int
    meeting_id: int
    question_id: int | None
    owner: str
    description: str
    due: date
    raised_on: date
    closed_on: date | None = None
    closing_note: str = ""

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None

    def state(self, today: date, due_soon_days: int = DUE_SOON_DAYS) -> ActionState:
        """Closed; overdue once its due day has passed; due soon within ``due_soon_days``."""
        if self.closed_on is not None:
            return ActionState.CLOSED
        if self.due < today:
            return ActionState.OVERDUE
        if self.due <= today + timedelta(days=due_soon_days):
            return ActionState.DUE_SOON
        return ActionState.OPEN

    def when(self, today: date) -> str:
        """When it is due, in words: "due in 3 days", "2 days overdue", "closed 4 May 2025"."""
        if self.closed_on is not None:
            return f"closed {long_date(self.closed_on)}"
        days = (self.due - today).days
        if days == 0:
            return "due today"
        if days == 1:
            return "due tomorrow"
        if days > 1:
            return f"due in {days} days"
        return f"{plural(-days, 'day')} overdue"

    def closed(self, on: date, note: str) -> Action:
        """This action closed on ``on`` with ``note``. The note says what was done."""
        if not note.strip():
            raise ValueError("Say how the action was completed before closing it.")
        return replace(self, closed_on=on, closing_note=note.strip())


@dataclass(frozen=True)
class ActionView:
    """An action with the meeting and question it came from, for lists across meetings."""

    action: Action
    meeting: Meeting
    question_code: str = ""
    question_text: str = ""

    def state(self, today: date) -> ActionState:
        return self.action.state(today)


class ActionFilter(Enum):
    """Which actions to list."""

    OPEN = "open"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    CLOSED = "closed"
    ALL = "all"

    @property
    def label(self) -> str:
        return {
            ActionFilter.OPEN: "Still open",
            ActionFilter.DUE_SOON: "Due soon",
            ActionFilter.OVERDUE: "Overdue",
            ActionFilter.CLOSED: "Closed",
            ActionFilter.ALL: "All actions",
        }[self]

    def accepts(self, action: Action, today: date) -> bool:
        state = action.state(today)
        if self is ActionFilter.ALL:
            return True
        if self is ActionFilter.OPEN:
            return state.is_open
        return bool(state.value == self.value)
