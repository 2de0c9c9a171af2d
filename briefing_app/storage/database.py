"""The one SQLite file: opening it safely, checking it, migrating it and backing it up.

A file is checked read-only before anything is written to it (see ``health``). A file
that is not SQLite, is damaged, is read-only or comes from a newer version of the app is
refused and left byte-for-byte as it was. One copy of the app at a time may have a file
open (see ``file_lock``). A new database is built under a temporary name and renamed into
place only when complete, so a crash never leaves a half-made file behind.
"""

from __future__ import annotations

import errno
import itertools
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.domain.errors import (
    BackupFailedError,
    DatabaseExistsError,
    DatabaseUnavailableError,
)
from briefing_app.storage import database_files, health, migrations, ownership
from briefing_app.storage.file_lock import FileLock
from briefing_app.storage.file_state import vouched_unchanged
from briefing_app.storage.health import BUSY_TIMEOUT_MS, describe_sqlite_error
from briefing_app.storage.migrations import SCHEMA_VERSION
from briefing_app.storage.ownership import APPLICATION_ID

if TYPE_CHECKING:
    from briefing_app.domain.backups import Backup

log = logging.getLogger(__name__)

SQLITE_HEADER = database_files.SQLITE_HEADER
# How long opening waits for another program's write to finish before saying the file
# is in use. Shorter than the everyday busy timeout: at start-up a clear message is better.
WRITE_PROBE_TIMEOUT_MS = 2000
BACKUPS_KEPT = 10
SQLITE_LIBRARY_VERSION = sqlite3.sqlite_version
_savepoints = itertools.count(1)

Populate = Callable[["Database"], None]


class Database:
    """An open connection to the app's SQLite file, with the pragmas the app relies on."""

    def __init__(
        self, path: Path, connection: sqlite3.Connection, lock: FileLock | None = None
    ) -> None:
        self.path = path
        self.connection = connection
        self._lock = lock

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, populate: Populate | None = None) -> Database:
        """Open (or create) the database at ``path`` and bring its schema up to date.

        A new file is built complete (migrated, then ``populate``d) before it appears.
        """
        path = Path(path)
        with vouched_unchanged(path):
            lock = _lock_for(path)
            try:
                if path.exists():
                    check_existing_file(path)
                    health.check_writable(path)
                else:
                    _build(path, source=None, populate=populate)
                return cls._open_locked(path, lock)
            except BaseException:
                lock.release()
                raise

    @classmethod
    def create(cls, path: Path, *, populate: Populate | None = None) -> Database:
        """Make a new database at ``path``, built complete (migrated, then ``populate``d)
        under a temporary name, and open it.

        Refuses (DatabaseExistsError) a path where any file is already, before writing
        anything, and again if one appears while the new database is built: the file
        there is never written to or replaced.
        """
        path = Path(path)
        refuse_existing(path)
        lock = _lock_for(path)
        try:
            staged = _build(path, source=None, populate=populate, move_into_place=False)
            try:
                database_files.place_new(staged, path)
            except FileExistsError:
                database_files.remove_with_companions(staged)
                refuse_existing(path)
                raise
            return cls._open_locked(path, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def replace_unusable(
        cls, path: Path, *, source: Path | None, populate: Populate | None = None
    ) -> tuple[Database, Path]:
        """Set an unusable file aside (renamed, unchanged) and open a new one in its place.

        The new file is a copy of ``source`` (a backup, or the old file itself when it is
        only read-only) or, without a source, a fresh database. It is built before the old
        file is moved, so a failure leaves everything as it was. Returns the open database
        and where the old file now is.
        """
        path = Path(path)
        with vouched_unchanged(path):
            lock = _lock_for(path)
            try:
                if source is not None and source != path:
                    check_existing_file(source)
                staged = _build(path, source=source, populate=populate, move_into_place=False)
                kept = database_files.set_aside(path) if path.exists() else path
                database_files.durable_replace(staged, path)
                return cls._open_locked(path, lock), kept
            except BaseException:
                lock.release()
                raise

    @classmethod
    def _open_locked(cls, path: Path, lock: FileLock) -> Database:
        database_files.remove_staging_leftovers(path)
        connection = _connect(path)
        database = cls(path, connection, lock)
        try:
            database._configure()
            database._probe_writable()
            database._upgrade(backup_first=True)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            connection.close()
            problem: Exception | None = health.problem_in_use(path, error)
            if problem is None and isinstance(error, sqlite3.Error):
                problem = describe_sqlite_error(path, error)
            raise (problem or error) from error
        except BaseException:
            connection.close()
            raise
        log.info("Opened %s (format version %d)", path, database.schema_version())
        return database

    def _configure(self) -> None:
        self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = FULL")
        self.connection.execute("PRAGMA foreign_keys = ON")

    def _probe_writable(self) -> None:
        """Fail now, with a clear message, if another program holds the write lock."""
        self.connection.execute(f"PRAGMA busy_timeout = {WRITE_PROBE_TIMEOUT_MS}")
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.execute("ROLLBACK")
        finally:
            self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _upgrade(self, *, backup_first: bool) -> None:
        """Bring the schema up to date, and put the app's mark on a file an earlier version
        made (in the same transaction): see ``ownership``."""
        version = self.schema_version()
        marked = ownership.application_id(self.connection) == APPLICATION_ID
        if version >= SCHEMA_VERSION and marked:
            return
        if backup_first and version > 0:
            self.backup("before-upgrade")
        apply_migrations(self)
        if version:
            log.info("Updated %s from format %d to %d", self.path, version, self.schema_version())

    def companion(self, *, read_only: bool = False) -> Database:
        """Another connection to this database's file, for work on a thread of its own
        (a search as the user types, a folder of reports imported), so that thread's
        transactions and the window's never mix on one connection.

        It holds no lock of its own (this one holds the file's) and is never migrated (this
        one has been). ``read_only`` connections cannot write at all. Close it when done.
        """
        connection = _connect(self.path)
        companion = Database(self.path, connection)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            if read_only:
                connection.execute("PRAGMA query_only = ON")
        except sqlite3.OperationalError as error:
            connection.close()
            raise describe_sqlite_error(self.path, error) from error
        return companion

    def close(self) -> None:
        self.connection.close()
        if self._lock is not None:
            self._lock.release()

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
        try:
            return self.connection.execute(sql, parameters)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            self._explain(error)
            raise

    def query(
        self, sql: str, parameters: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[sqlite3.Row]:
        try:
            cursor = self.connection.execute(sql, parameters)
            return list(cursor.fetchall())
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            self._explain(error)
            raise

    def scalar(self, sql: str, parameters: tuple[Any, ...] = ()) -> Any:
        try:
            row = self.connection.execute(sql, parameters).fetchone()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            self._explain(error)
            raise
        return None if row is None else row[0]

    def _explain(self, error: sqlite3.DatabaseError | UnicodeDecodeError) -> None:
        """Raise a plain message for an error met while using the open file when it is
        damage found only now (the quick check at opening passed) or a full disk; any other
        error is left to the caller to raise as it is."""
        problem = health.problem_in_use(self.path, error)
        if problem is not None:
            raise problem from error

    def check_thoroughly(self) -> None:
        """Read the whole file, every value of every table, and raise a plain
        ``DamagedDatabaseError`` for any damage: more than the quick check at opening finds
        (which looks at the file's structure, not at what each value holds), and slower."""
        health.check_thoroughly(self.path, self.connection)

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
                # SQLite may already have rolled the whole transaction back (it does on a
                # full disk, for one); then there is no savepoint left to go back to.
                if connection.in_transaction:
                    connection.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    connection.execute(f"RELEASE SAVEPOINT {name}")
                raise
            connection.execute(f"RELEASE SAVEPOINT {name}")
            return
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise describe_sqlite_error(self.path, error) from error
        try:
            yield self
        except sqlite3.OperationalError as error:
            connection.rollback()
            if health.is_disk_full(error):
                raise health.disk_full(self.path, "the change") from error
            raise
        except BaseException:
            connection.rollback()
            raise
        try:
            connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            connection.rollback()
            raise describe_sqlite_error(self.path, error) from error

    # -- backups ---------------------------------------------------------------------

    @property
    def backup_dir(self) -> Path:
        return database_files.backup_dir(self.path)

    def backup(self, reason: str, *, protect: Iterable[Path] = ()) -> Path:
        """Copy the whole database with SQLite's backup API; keep the newest few copies.

        ``reason`` is a slug such as ``before-import-report``. Backups in ``protect`` are
        never rotated away.
        """
        now = datetime.now()
        target = database_files.backup_path(self.path, now, reason)
        database_files.remove_stale_partials(self.path, now)
        try:
            database_files.write_copy(self.connection, target)
        except (OSError, sqlite3.Error) as error:
            raise _backup_failed(self.path, error) from error
        database_files.rotate(self.path, BACKUPS_KEPT, protect=[target, *protect])
        log.info("Backed up %s as %s", self.path, target.name)
        return target

    def backups(self) -> list[Path]:
        """Backups of this database, newest first."""
        return [backup.path for backup in self.backup_list()]

    def backup_list(self) -> list[Backup]:
        return database_files.list_backups(self.path)

    def restore_from(self, source: Path, *, prepare: Populate | None = None) -> None:
        """Replace everything in this database with the copy in ``source``, in one step.

        The copy is checked, staged, brought up to this version and ``prepare``d first;
        then it is written over the live database with the backup API in one transaction,
        so a crash leaves either the old contents or the restored ones.
        """
        check_existing_file(source)
        staged = _build(self.path, source=source, populate=prepare, move_into_place=False)
        try:
            staging = sqlite3.connect(staged)
            try:
                _match_page_size(staging, self.connection)
                staging.backup(self.connection)
            finally:
                staging.close()
        except sqlite3.OperationalError as error:
            raise describe_sqlite_error(self.path, error) from error
        finally:
            database_files.remove_with_companions(staged)
        log.info("Restored %s from %s", self.path, source.name)


def now_text() -> str:
    """The moment a row is written, as the tables keep it: "2026-03-04T14:05:09"."""
    return datetime.now().isoformat(timespec="seconds")


def _connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.OperationalError as error:
        raise describe_sqlite_error(path, error) from error
    connection.row_factory = sqlite3.Row
    return connection


def _lock_for(path: Path) -> FileLock:
    if path.is_dir():
        raise DatabaseUnavailableError(
            path, f"{path} is a folder, not a database file.", "Give the path of a file."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseUnavailableError(
            path,
            f"The folder for the database could not be made ({error.strerror}).",
            "Choose a folder you can write to with --database.",
        ) from error
    return FileLock.acquire(path)


def _build(
    path: Path,
    *,
    source: Path | None,
    populate: Populate | None,
    move_into_place: bool = True,
) -> Path:
    """Make a complete database for ``path`` under a staging name; rename it into place.

    The staging file is a plain (rollback-journal) SQLite file: a copy of ``source`` if
    given, brought up to this version, then ``populate``d. Leftovers of an earlier attempt
    that crashed are removed first. Returns where the finished file is.
    """
    staging = database_files.staging_path(path, "new")
    database_files.remove_staging_leftovers(path)
    try:
        if source is not None:
            reader = sqlite3.connect(database_files.read_only_uri(source), uri=True)
            try:
                database_files.write_copy(reader, staging)
            finally:
                reader.close()
        connection = _connect(staging)
        built = Database(staging, connection)
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
            # No flush to disk at each commit: the staging file is flushed whole before it
            # is renamed into place, and one left half-built by a crash is never used.
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("PRAGMA foreign_keys = ON")
            built._upgrade(backup_first=False)
            if populate is not None:
                populate(built)
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        database_files.remove_with_companions(staging)
        raise describe_sqlite_error(path, error) from error
    except OSError as error:
        database_files.remove_with_companions(staging)
        if error.errno == errno.ENOSPC:
            raise health.disk_full(path, "the new database") from error
        raise
    except BaseException:
        database_files.remove_with_companions(staging)
        raise
    if not move_into_place:
        return staging
    database_files.durable_replace(staging, path)
    return path


def _match_page_size(staging: sqlite3.Connection, live: sqlite3.Connection) -> None:
    """A WAL database only takes a copy with its own page size: rebuild the copy if needed."""
    wanted = int(live.execute("PRAGMA page_size").fetchone()[0])
    if int(staging.execute("PRAGMA page_size").fetchone()[0]) != wanted:
        staging.execute(f"PRAGMA page_size = {wanted}")
        staging.execute("VACUUM")


def refuse_existing(path: Path) -> None:
    """Raise DatabaseExistsError if any file (or folder) is at ``path``; never opens it."""
    if not (path.exists() or path.is_symlink()):
        return
    if path.is_dir():
        raise DatabaseExistsError(
            path, f"{path} is a folder.", "Give the path of a new file for the database."
        )
    if database_files.holds_app_data(path):
        what = f"{path} already holds a database."
    else:
        what = f"{path} is already there, and it is not a database made by this app."
    raise DatabaseExistsError(
        path, what, "Nothing has been changed. Give the path of a new file for the database."
    )


def _backup_failed(path: Path, error: OSError | sqlite3.Error) -> Exception:
    """The plain message for a backup that could not be made (its partial copy is gone)."""
    if isinstance(error, sqlite3.Error) and health.is_disk_full(error):
        return health.disk_full(path, "the backup the app makes before every change")
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return health.disk_full(path, "the backup the app makes before every change")
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return BackupFailedError(
        path,
        f"The backup the app makes before every change could not be made ({reason}), so "
        f"nothing was changed: {path.name} holds what it held before.",
        f"Check that you can write to the folder {database_files.backup_dir(path)}, then "
        "try again.",
    )


def check_existing_file(path: Path) -> None:
    """Refuse a file that is not a healthy database of this version. Never writes to it."""
    health.check_existing_file(path, SCHEMA_VERSION)


def apply_migrations(database: Database, *, stop_after: int | None = None) -> None:
    """Apply every pending schema change (or up to ``stop_after`` of them, for tests).

    All of them, and the new format version, commit together in one transaction: a file
    is never left part-way between two versions.
    """
    # Only when the format changes: an everyday start does not load it (about 100 ms).
    import sqlite_utils

    pending = sqlite_utils.Migrations(migrations.MIGRATION_SET)
    for function in migrations.MIGRATIONS[:stop_after]:
        pending(name=function.__name__)(function)
    db = sqlite_utils.Database(database.connection, execute_plugins=False)
    with database.transaction():
        pending.apply(db)
        database.set_schema_version(len(pending.applied(db)))
        ownership.claim(database.connection)
