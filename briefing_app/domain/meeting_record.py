"""The record of a meeting: each question put, where it got to, the answer and the actions.

This is what the CSV export writes and what a PDF record is built from. Private
answers are left out unless the record is made for the member's own use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefing_app.domain.dates import long_date
from briefing_app.domain.meetings import Action, ItemStatus, Meeting
from briefing_app.domain.scrutiny import format_paragraph_list

PRIVATE_PLACEHOLDER = "(private note, not included in this record)"

CSV_HEADER = (
    "Kind",
    "Number",
    "Question",
    "Rests on paragraphs",
    "Outcome",
    "Answer",
    "Who",
    "Action",
    "Due",
    "State",
    "Closing note",
)


@dataclass(frozen=True)
class RecordEntry:
    number: int
    code: str
    question: str
    paragraphs: tuple[int, ...]
    status: ItemStatus
    answer: str
    answer_private: bool
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class MeetingRecord:
    meeting: Meeting
    entries: tuple[RecordEntry, ...]
    made_on: date
    include_private: bool = False
    # The sentences that say the record is the demonstration's (empty for a council's).
    demonstration_notice: str = ""

    def answer_text(self, entry: RecordEntry) -> str:
        """The answer as this record shows it: private notes only in a private record."""
        if entry.answer_private and not self.include_private:
            return PRIVATE_PLACEHOLDER if entry.answer.strip() else ""
        return entry.answer

    @property
    def open_actions(self) -> tuple[Action, ...]:
        return tuple(a for e in self.entries for a in e.actions if not a.is_closed)

    def rows(self) -> list[tuple[str, ...]]:
        """The record as table rows under ``CSV_HEADER`` (not yet neutralised)."""
        rows: list[tuple[str, ...]] = [
            ("Meeting", "", self.meeting.heading, "", "", "", "", "", "", "", ""),
        ]
        if self.demonstration_notice:
            rows.append(
                ("Demonstration", "", self.demonstration_notice, "", "", "", "", "", "", "", "")
            )
        for entry in self.entries:
            rows.append(
                (
                    "Question",
                    str(entry.number),
                    entry.question,
                    format_paragraph_list(entry.paragraphs),
                    entry.status.label,
                    self.answer_text(entry),
                    "",
                    "",
                    "",
                    "",
                    "",
                )
            )
            for index, action in enumerate(entry.actions, start=1):
                rows.append(
                    (
                        "Action",
                        f"{entry.number}.{index}",
                        entry.question,
                        "",
                        "",
                        "",
                        action.owner,
                        action.description,
                        action.due.isoformat(),
                        action.state(self.made_on).label,
                        action.closing_note,
                    )
                )
        return rows

    @property
    def summary(self) -> str:
        asked = sum(1 for e in self.entries if e.status is not ItemStatus.NOT_ASKED)
        actions = sum(len(e.actions) for e in self.entries)
        return (
            f"{self.meeting.heading}. {asked} of {len(self.entries)} questions were put; "
            f"{actions} actions were agreed. Record made on {long_date(self.made_on)}."
        )
