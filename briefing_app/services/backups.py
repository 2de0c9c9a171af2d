"""Backups: made before every import and migration, listed, and restored.

Anything that changes a lot of data at once backs the database up first. Every import
(a report, indicator figures, training attendance) does it in one line, then writes in
one transaction::

    with safe_change(database, "import-report") as backup:
        ReportRepository(database).add(report)

``safe_change`` makes a backup called ``before-import-report`` (the newest ten backups
are kept; ``backup`` is its path) and then runs the block as one transaction: all of it
is saved, or none. Migrations are backed up by ``Database.open`` itself, and a restore
by ``BackupService.restore``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing_app.domain.backups import Backup
from briefing_app.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    NewerDatabaseError,
    NotFoundError,
    NotOursError,
    UnusableBackupError,
)
from briefing_app.storage.database import Database, Populate, check_existing_file
from briefing_app.storage.database_files import list_backups
from briefing_app.storage.migrations import SCHEMA_VERSION

log = logging.getLogger(__name__)


def backups_of(database_path: Path) -> list[Backup]:
    """Backups of the database at ``database_path``, newest first (without opening it)."""
    return list_backups(database_path)


def check_backup(backup: Backup) -> None:
    """Refuse a backup that cannot be restored, saying what is wrong with the backup (not
    with the database, which is left alone) and what to do."""
    try:
        check_existing_file(backup.path)
    except DatabaseError as error:
        if isinstance(error, NewerDatabaseError):
            what = "it was made by a newer version of the app"
        elif isinstance(error, DamagedDatabaseError):
            what = "it is damaged"
        elif isinstance(error, NotOursError):
            what = "it is a database made by another program, not by this app"
        else:
            what = "it is not a database this app can open, or cannot be read"
        raise UnusableBackupError(
            f"The backup {backup.name} cannot be restored: {what}. "
            "The database has not been changed.",
            "Choose another backup.",
        ) from error


def usable_here(backup: Backup) -> bool:
    """False for a backup written by a newer version of the app than this one."""
    return not backup.is_newer_than(SCHEMA_VERSION)


def find_backup(database_path: Path, choice: str | None) -> Backup:
    """A backup by its number in the list (1 is the newest) or its file name; else the newest."""
    backups = backups_of(database_path)
    if not backups:
        raise NotFoundError(
            f"There are no backups of {database_path} yet.",
            "The app makes one before every import and every update of the file's format; "
            "you can also make one with 'briefing-app backups create'.",
        )
    if choice is None:
        return backups[0]
    if choice.isdigit() and 1 <= int(choice) <= len(backups):
        return backups[int(choice) - 1]
    for backup in backups:
        if choice in (backup.name, str(backup.path)):
            return backup
    raise NotFoundError(
        f"There is no backup {choice!r} of {database_path}.",
        "Give a number from 'briefing-app backups list' (1 is the newest) or a file name "
        "from that list.",
    )


def _as_backup(database: Database, path: Path) -> Backup:
    for backup in database.backup_list():
        if backup.path == path:
            return backup
    raise NotFoundError(f"The backup {path} was not kept.")


def backup_before(database: Database, action: str) -> Backup:
    """Back the database up before ``action`` (a slug such as ``import-report``)."""
    return _as_backup(database, database.backup(f"before-{action}"))


@contextmanager
def safe_change(database: Database, action: str) -> Iterator[Path]:
    """Back up, then run the block as one transaction: all of it is saved, or none.

    Gives the backup's path, so the caller can tell the user where the undo point is.
    """
    backup = backup_before(database, action)
    with database.transaction():
        yield backup.path


class BackupService:
    """Backups of the open database: list, make one now, restore one.

    ``populate`` fills a brand-new database (with the default dataset): a restore uses it
    for what the backup lacks. It is handed in, so backups need nothing above them.
    """

    def __init__(self, database: Database, populate: Populate) -> None:
        self._database = database
        self._populate = populate

    def all(self) -> list[Backup]:
        return self._database.backup_list()

    def make(self, reason: str = "manual") -> Backup:
        return _as_backup(self._database, self._database.backup(reason))

    def restore(self, backup: Backup) -> Backup:
        """Put ``backup`` back in place of everything in the database.

        The database as it is now is backed up first and that backup is returned:
        restoring it undoes this restore.
        """
        check_backup(backup)
        undo = _as_backup(
            self._database, self._database.backup("before-restore", protect=[backup.path])
        )
        self._database.restore_from(backup.path, prepare=self._populate)
        log.info("Restored the backup %s; the previous contents are in %s", backup.name, undo.name)
        return undo
