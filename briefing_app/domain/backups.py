"""Backups of the database file: when each was made, why, and how to describe it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefing_app.domain.dates import long_date

# Why a backup was made, as a short slug in its file name, and what that means in words.
REASONS: dict[str, str] = {
    "manual": "made by hand",
    "before-upgrade": "made before the app updated the file to a newer format",
    "before-restore": "made before a backup was restored (restore this one to undo that)",
    "before-start-fresh": "made before a fresh database was started",
    "before-import-report": "made before an inspection report was imported",
    "before-import-figures": "made before indicator figures were imported",
    "before-import-attendance": "made before a training attendance file was imported",
    "before-import-members": "made before the council's list of councillors was imported",
    "before-deleting-a-meeting": "made before a meeting was deleted",
    # Written by earlier versions of the app, before each import named its own backup.
    "before-import": "made before an import",
    "before-attendance-import": "made before a training attendance file was imported",
}

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_reason_slug(reason: str) -> bool:
    """A reason must be lower-case words joined by hyphens, e.g. ``before-import-report``."""
    return bool(_SLUG.match(reason))


def reason_text(reason: str) -> str:
    """Plain words for why a backup was made."""
    if reason in REASONS:
        return REASONS[reason]
    words = reason.replace("-", " ")
    return f"made {words}" if reason.startswith("before-") else f"made for: {words}"


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def when_text(moment: datetime) -> str:
    return f"{long_date(moment.date())} at {moment:%H:%M:%S}"


@dataclass(frozen=True)
class Backup:
    """One backup copy of the database, kept in the ``backups`` folder beside it."""

    path: Path
    made_at: datetime
    reason: str
    size: int
    schema_version: int | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def reason_text(self) -> str:
        return reason_text(self.reason)

    def describe(self) -> str:
        """One line for a list: when, why and how big."""
        return f"{when_text(self.made_at)}, {self.reason_text} ({size_text(self.size)})"

    def is_newer_than(self, version: int) -> bool:
        """True when the backup was written by a newer version of the app than ``version``."""
        return self.schema_version is not None and self.schema_version > version
