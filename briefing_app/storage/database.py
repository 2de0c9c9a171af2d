"""The one SQLite file: opening it safely, checking it, migrating it and backing it up.

A file is checked read-only before anything is written to it. A file that is not SQLite,
is damaged, or comes from a newer version of the app is refused and left byte-for-byte
as it was.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from briefing_app.domain.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    NewerDatabaseError,
    NotADatabaseError,
)
from briefing_app.storage.migrations import SCHEMA_VERSION, apply_migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 10
_savepoints = itertools.count(1)

_FRESH_START = (
    "Choose another file with --database, or move this one aside to start afresh. "
    "The file has not been changed."
)


class Database:
    """An open connection to the app's SQLite file, with the pragmas the app relies on."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (or create) the database at ``path`` and bring its schema up to date."""
        path = Path(path)
        existed = path.exists()
        if existed:
            check_existing_file(path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseUnavailableError(
                    path,
                    f"The folder for the database could not be made ({error.strerror}).",
                    "Choose a folder you can write to with --database.",
                ) from error
        connection = _connect(path)
        database = cls(path, connection)
        try:
            database._configure()
            if database.schema_version() < SCHEMA_VERSION:
                if existed and database.schema_version() > 0:
                    database.backup("before-upgrade")
                apply_migrations(database)
        except sqlite3.OperationalError as error:
            connection.close()
            raise _operational_error(path, error) from error
        except BaseException:
            connection.close()
            raise
        return database

    def _configure(self) -> None:
        self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = FULL")
        self.connection.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def set_schema_version(self, version: int) -> None:
        self.connection.execute(f"PRAGMA user_version = {int(version)}")

    def execute(
        self, sql: str, parameters: tuple[Any, ...] | dict[str, Any] = ()
    ) -> sqlite3.Cursor:
        return self.connection.execute(sql, parameters)

    def query(
        self, sql: str, parameters: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[sqlite3.Row]:
        cursor = self.connection.execute(sql, parameters)
        return list(cursor.fetchall())

    def scalar(self, sql: str, parameters: tuple[Any, ...] = ()) -> Any:
        row = self.connection.execute(sql, parameters).fetchone()
        return None if row is None else row[0]

    def count(self, table: str) -> int:
        if not self.table_exists(table):
            return 0
        return int(self.scalar(f'SELECT count(*) FROM "{table}"'))

    def table_exists(self, table: str) -> bool:
        return bool(
            self.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
        )

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All or nothing: everything written inside the block commits together or not at all."""
        connection = self.connection
        if connection.in_transaction:
            name = f"sp_{next(_savepoints)}"
            connection.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                connection.execute(f"ROLLBACK TO SAVEPOINT {name}")
                connection.execute(f"RELEASE SAVEPOINT {name}")
                raise
            connection.execute(f"RELEASE SAVEPOINT {name}")
            return
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise _operational_error(self.path, error) from error
        try:
            yield self
        except BaseException:
            connection.rollback()
            raise
        try:
            connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            connection.rollback()
            raise _operational_error(self.path, error) from error

    # -- backups ---------------------------------------------------------------------

    @property
    def backup_dir(self) -> Path:
        return self.path.parent / "backups"

    def backup(self, reason: str) -> Path:
        """Copy the whole database with SQLite's backup API; keep the newest few copies."""
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backup_dir / f"{self.path.stem}-{stamp}-{reason}.sqlite3"
        destination = sqlite3.connect(target)
        try:
            self.connection.backup(destination)
        finally:
            destination.close()
        for old in self.backups()[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)
        return target

    def backups(self) -> list[Path]:
        """Backups of this database, newest first."""
        if not self.backup_dir.is_dir():
            return []
        return sorted(
            self.backup_dir.glob(f"{self.path.stem}-*.sqlite3"),
            key=lambda p: p.name,
            reverse=True,
        )


def _connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.OperationalError as error:
        raise _operational_error(path, error) from error
    connection.row_factory = sqlite3.Row
    return connection


def check_existing_file(path: Path) -> None:
    """Refuse a file that is not a healthy database of this version. Never writes to it."""
    if path.is_dir():
        raise DatabaseUnavailableError(
            path, f"{path} is a folder, not a database file.", "Give the path of a file."
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseUnavailableError(
            path,
            f"The database file {path} could not be read ({error.strerror}).",
            "Check that you are allowed to open it.",
        ) from error
    if not header:
        raise NotADatabaseError(path, f"The database file {path} is empty.", _FRESH_START)
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            path, f"The file {path} is not a database this app can open.", _FRESH_START
        )
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise _operational_error(path, error) from error
    try:
        _check_readonly(path, connection)
    finally:
        connection.close()


def _check_readonly(path: Path, connection: sqlite3.Connection) -> None:
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        result = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            raise _operational_error(path, error) from error
        raise DamagedDatabaseError(
            path,
            f"The database file {path} is damaged and cannot be opened ({error}).",
            "Restore a backup, or move the file aside to start afresh. The file has not "
            "been changed.",
        ) from error
    if result != ["ok"]:
        raise DamagedDatabaseError(
            path,
            f"The database file {path} failed its health check: {result[0]}.",
            "Restore a backup, or move the file aside to start afresh. The file has not "
            "been changed.",
        )
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            path,
            f"The database file {path} was written by a newer version of this app "
            f"(its format is version {version}; this app knows up to {SCHEMA_VERSION}).",
            "Install the newer version of the app to open it. The file has not been changed.",
        )


def _operational_error(path: Path, error: sqlite3.Error) -> Exception:
    text = str(error)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            path,
            f"The database file {path} is in use by another program.",
            "Close the other copy of the app (or the other program) and try again.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseUnavailableError(
            path,
            f"The database file {path} cannot be written to ({text}).",
            "Check that the file and its folder are not read-only, or choose another file "
            "with --database.",
        )
    return DatabaseUnavailableError(
        path, f"The database file {path} could not be used ({text}).", _FRESH_START
    )
