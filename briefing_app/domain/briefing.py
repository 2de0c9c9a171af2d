"""Briefing files and members' notes, in the words of the field.

A **briefing file** is what an officer publishes for members: one council's reports,
figures, summaries, questions and meetings, read-only, for one *edition* (members, or
the public). Its *manifest* says whose it is, which edition, when it was published and by
which version of the app, and holds a checksum over everything else, so that a damaged or
altered file is refused.

A **note** is a member's own: text (or a highlight, or a mark on a question they want to
ask) on a *target* that keeps its identity from one publication to the next:

- a report: its council's DfE code, its kind and its inspection dates;
- a paragraph: its report and its number (``paragraph:373:inspection:2014-06-02:2014-06-26:12``);
- a figure: its indicator's key (``indicator:cla_rate``);
- a question: its code (``question:Q07``);
- a meeting item: the meeting's lasting id and the question's code
  (``meeting-item:5f0c...:Q07``).

Notes live in the member's notes file, never in the briefing file. A note whose target
is not in the briefing open is kept and said to be "no longer in the briefing".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from briefing_app.domain.dates import long_date

# The briefing file format this version of the app writes and reads. A file of a larger
# number comes from a newer version of the app and is refused.
BRIEFING_FORMAT_VERSION = 1
NOT_IN_BRIEFING = "no longer in the briefing"


class Edition(enum.Enum):
    """Who a briefing file is for. The values are stable identifiers kept in files."""

    MEMBERS = "members"
    PUBLIC = "public"

    @property
    def label(self) -> str:
        return "for members" if self is Edition.MEMBERS else "for the public"


@dataclass(frozen=True)
class Manifest:
    """What a briefing file says about itself."""

    council: str  # the council's old (DfE) code
    council_name: str
    demonstration: bool
    edition: Edition
    published_at: datetime
    app_version: str
    format_version: int
    schema_version: int
    meetings: tuple[str, ...] = ()  # lasting ids of the meetings chosen; empty: all

    def describe(self) -> str:
        """ "Sheffield, published 4 March 2026 at 14:05, for members"."""
        moment = self.published_at
        when = f"{long_date(moment.date())} at {moment.hour:02d}:{moment.minute:02d}"
        name = f"{self.council_name} (demonstration)" if self.demonstration else self.council_name
        return f"{name}, published {when}, {self.edition.label}"


class TargetKind(enum.Enum):
    """What a note is attached to."""

    PARAGRAPH = "paragraph"
    INDICATOR = "indicator"
    QUESTION = "question"
    MEETING_ITEM = "meeting-item"

    @property
    def label(self) -> str:
        return _TARGET_LABELS[self]


_TARGET_LABELS = {
    TargetKind.PARAGRAPH: "report paragraph",
    TargetKind.INDICATOR: "figure",
    TargetKind.QUESTION: "question",
    TargetKind.MEETING_ITEM: "meeting item",
}


@dataclass(frozen=True)
class ReportIdentity:
    """A report, the same in every publication: council, kind and inspection dates."""

    council: str
    kind: str
    start: date
    end: date

    def text(self) -> str:
        return f"{self.council}:{self.kind}:{self.start.isoformat()}:{self.end.isoformat()}"

    @classmethod
    def parse(cls, text: str) -> ReportIdentity:
        council, kind, start, end = text.split(":")
        return cls(council, kind, date.fromisoformat(start), date.fromisoformat(end))


@dataclass(frozen=True)
class Target:
    """A note's target, as its lasting identity (see the module's notes)."""

    kind: TargetKind
    key: str

    def text(self) -> str:
        return f"{self.kind.value}:{self.key}"

    @classmethod
    def parse(cls, text: str) -> Target:
        """The target ``text`` names; ValueError if it names none."""
        kind, separator, key = text.partition(":")
        if not separator or not key:
            raise ValueError(f"{text!r} does not name a paragraph, figure, question or item.")
        target = cls(TargetKind(kind), key)
        if target.kind is TargetKind.PARAGRAPH:
            target.paragraph()
        if target.kind is TargetKind.MEETING_ITEM and ":" not in key:
            raise ValueError(f"{text!r} does not name a meeting and a question.")
        return target

    @classmethod
    def paragraph_of(cls, report: ReportIdentity, number: int) -> Target:
        return cls(TargetKind.PARAGRAPH, f"{report.text()}:{number}")

    @classmethod
    def indicator(cls, key: str) -> Target:
        return cls(TargetKind.INDICATOR, key)

    @classmethod
    def question(cls, code: str) -> Target:
        return cls(TargetKind.QUESTION, code)

    @classmethod
    def meeting_item(cls, meeting: str, question_code: str) -> Target:
        return cls(TargetKind.MEETING_ITEM, f"{meeting}:{question_code}")

    def paragraph(self) -> tuple[ReportIdentity, int]:
        """A paragraph target's report and number."""
        report, _, number = self.key.rpartition(":")
        try:
            return ReportIdentity.parse(report), int(number)
        except ValueError:
            raise ValueError(f"{self.text()!r} does not name a report paragraph.") from None


class NoteKind(enum.Enum):
    """A note in words, a highlight, or a question marked to ask."""

    NOTE = "note"
    HIGHLIGHT = "highlight"
    TO_ASK = "to-ask"


@dataclass(frozen=True)
class Note:
    """A member's own note on a target."""

    id: int
    target: Target
    kind: NoteKind
    text: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class PlacedNote:
    """A note, and whether its target is in the briefing open."""

    note: Note
    attached: bool

    def as_json(self) -> dict[str, object]:
        return {
            "target": self.note.target.text(),
            "text": self.note.text,
            "attached": self.attached,
        }

    @property
    def where(self) -> str:
        return self.note.target.kind.label if self.attached else NOT_IN_BRIEFING


@dataclass(frozen=True)
class OwnTraining:
    """A session of training a member records for themselves."""

    id: int
    module: str
    completed_on: date
    note: str = ""
