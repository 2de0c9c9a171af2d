"""Reminders as a CSV file for a mail merge: one row per councillor, with the letter.

The file is new or not written at all: it never replaces a file already there (a
previous round of reminders stays as it was sent), and never one of the app's own.
Every cell is made safe to open in a spreadsheet (see ``csv_export``).
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.training.compliance import TrainingBoard
from briefing_app.domain.training.reminders import REMINDER_DAYS, Reminder, reminders
from briefing_app.services.csv_export import write_safe_csv

COLUMNS = (
    "Councillor",
    "E-mail",
    "Ward",
    "Party",
    "Subject",
    "Greeting",
    "What is due",
    "Earliest date",
    "Letter",
    "Status on",
    "Demonstration record",
)


def reminder_rows(found: list[Reminder]) -> list[list[str]]:
    return [
        [
            r.member.name,
            r.member.email,
            r.member.ward,
            r.member.party,
            r.subject,
            r.greeting,
            "; ".join(r.items),
            r.earliest.isoformat() if r.earliest else "",
            r.letter,
            r.as_at.isoformat(),
            "Yes" if r.member.demo else "No",
        ]
        for r in found
    ]


def write_reminders_csv(board: TrainingBoard, path: Path, days: int = REMINDER_DAYS) -> int:
    """Write one row per councillor with training due within ``days``; return how many."""
    found = reminders(board, days)
    write_safe_csv(path, COLUMNS, reminder_rows(found), replace=False)
    return len(found)
