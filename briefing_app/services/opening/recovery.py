"""What to do when the database file cannot be opened: the choices the app offers.

Every choice keeps the unusable file: it is renamed beside the original (every byte
unchanged) and a usable database is put at the original path, so the next start opens
it without asking again. Nothing here deletes a user's file.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from briefing_app.domain.backups import Backup, when_text
from briefing_app.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseLockedError,
    LostChangesError,
    NewerDatabaseError,
    NotADatabaseError,
    NotOursError,
    ReadOnlyDatabaseError,
)
from briefing_app.services.backups import backups_of, check_backup
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.services.opening.seed import ensure_default_dataset
from briefing_app.services.opening.workspace import seeder
from briefing_app.storage.database import Database

log = logging.getLogger(__name__)


class Remedy(enum.Enum):
    OPEN_BACKUP = "open-backup"
    START_FRESH = "start-fresh"
    WRITABLE_COPY = "writable-copy"
    TRY_AGAIN = "try-again"


def remedies_for(error: DatabaseError) -> list[Remedy]:
    """The choices that make sense for this problem, most useful first."""
    if isinstance(error, DatabaseLockedError):
        # Moving a file another program is using would split the user's work in two.
        return [Remedy.TRY_AGAIN]
    if isinstance(error, NotOursError):
        # Another program's file: renaming it would take it from that program.
        return []
    if isinstance(error, LostChangesError):
        # A copy holds everything the file still has; the file and its log are kept.
        return [Remedy.WRITABLE_COPY, Remedy.OPEN_BACKUP, Remedy.START_FRESH]
    if isinstance(error, ReadOnlyDatabaseError):
        return [Remedy.WRITABLE_COPY, Remedy.OPEN_BACKUP, Remedy.START_FRESH]
    if isinstance(error, NotADatabaseError | DamagedDatabaseError | NewerDatabaseError):
        return [Remedy.OPEN_BACKUP, Remedy.START_FRESH]
    return [Remedy.TRY_AGAIN]


class Recovered(NamedTuple):
    """A usable database again, and where the unusable file was kept."""

    services: Services
    kept: Path
    how: str

    def note(self) -> str:
        return f"{self.how} The file that could not be used was kept, unchanged, as {self.kept}."


@dataclass(frozen=True)
class Recovery:
    """The ways to get going again when the database ``root`` names cannot be used."""

    root: AppRoot

    @property
    def database_path(self) -> Path:
        return self.root.database_path

    def backups(self) -> list[Backup]:
        return backups_of(self.database_path)

    def open_backup(self, backup: Backup) -> Recovered:
        check_backup(backup)
        services, kept = self._replace(backup.path)
        return Recovered(
            services, kept, f"The backup made on {when_text(backup.made_at)} was restored."
        )

    def start_fresh(self) -> Recovered:
        services, kept = self._replace(None)
        return Recovered(services, kept, "A fresh database was started.")

    def writable_copy(self) -> Recovered:
        services, kept = self._replace(self.database_path)
        return Recovered(services, kept, "A writable copy of what the file holds was made.")

    def _replace(self, source: Path | None) -> tuple[Services, Path]:
        data = self.root.paths.data
        database, kept = Database.replace_unusable(
            self.database_path, source=source, populate=seeder(data)
        )
        try:
            ensure_default_dataset(database, data)
        except BaseException:
            database.close()
            raise
        log.info("Replaced the unusable %s; it was kept as %s", self.database_path, kept)
        return self.root.services_over(database), kept
