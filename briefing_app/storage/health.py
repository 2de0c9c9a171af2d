"""Is a file a healthy database this app can use? Every check here only reads.

A file that is not SQLite, is damaged, is another program's, comes from a newer version
of the app, has saved changes its damaged write-ahead log would drop, or is read-only is
refused with a typed error that says what is wrong and what to do, and is left
byte-for-byte as it was. (Whether the refusal may say so is checked by ``file_state``.)
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from briefing_app.domain.errors import (
    BriefingError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    LostChangesError,
    NewerDatabaseError,
    NotADatabaseError,
    NotOursError,
    ReadOnlyDatabaseError,
)
from briefing_app.storage.database_files import SQLITE_HEADER, read_only_uri
from briefing_app.storage.integrity import damage_text, error_text, health_problems
from briefing_app.storage.ownership import read_ownership
from briefing_app.storage.write_ahead_log import lost_changes

BUSY_TIMEOUT_MS = 5000
_FRESH_START = "Restore a backup, or start a fresh database beside it (the app keeps this file)."
_OTHER_FILE = (
    "Give the app a file of its own: a new file name starts a fresh database. The app does "
    "not rename or change another program's file."
)


def check_existing_file(path: Path, newest: int) -> None:
    """Refuse a file that is not a healthy database of the app's, of format ``newest`` or
    older."""
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
    if lost_changes(path):
        raise LostChangesError(
            path,
            f"The database file {path} has lost changes: its write-ahead log "
            f"({path.name}-wal, where the latest changes wait to be copied into the file) "
            "is damaged, and changes that were saved in it can no longer be read back.",
            "Carry on with a copy of what the file still holds, restore a backup, or start "
            "a fresh database (the app keeps this file and its log, renamed beside it).",
        )
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise describe_sqlite_error(path, error) from error
    try:
        _check_contents(path, connection, newest)
    finally:
        connection.close()


def _check_contents(path: Path, connection: sqlite3.Connection, newest: int) -> None:
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        ownership = read_ownership(connection, newest)
        problems = health_problems(connection) if ownership.is_ours else []
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            raise describe_sqlite_error(path, error) from error
        raise DamagedDatabaseError(
            path,
            f"The database file {path} is damaged and cannot be opened ({error_text(error)}).",
            _FRESH_START,
        ) from error
    if not ownership.is_ours:
        raise NotOursError(
            path,
            f"The file {path} is a database made by another program, not by this app: "
            f"{ownership.describe_other()}. The app has left it alone.",
            _OTHER_FILE,
        )
    if problems:
        raise DamagedDatabaseError(
            path,
            f"The database file {path} is damaged: its health check found {damage_text(problems)}.",
            _FRESH_START,
        )
    if version > newest:
        raise NewerDatabaseError(
            path,
            f"The database file {path} was written by a newer version of this app "
            f"(its format is version {version}; this app knows up to {newest}).",
            "Install the newer version of the app to open it, or start a fresh database "
            "beside it (the app keeps this file).",
        )


def check_writable(path: Path) -> None:
    """Refuse a file marked read-only: the app would not be able to save anything."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise DatabaseUnavailableError(
            path, f"The database file {path} could not be read ({error.strerror}).", ""
        ) from error
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError(
            path,
            f"The database file {path} is read-only, so the app could not save anything to it.",
            "Make a writable copy (the app keeps the read-only file), or ask whoever "
            "manages the file to let you change it.",
        )


def _damaged_in_use(path: Path, said: str) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        path,
        f"The database file {path} is damaged: some of what it holds cannot be read ({said}).",
        "Restore a backup, or start a fresh database beside it (the app keeps this file).",
    )


def problem_in_use(
    path: Path, error: sqlite3.DatabaseError | UnicodeDecodeError
) -> BriefingError | None:
    """The plain message for an error met while using an open file, when it is damage or
    a full disk; None for anything else."""
    if isinstance(error, UnicodeDecodeError):
        return _damaged_in_use(path, error_text(error))
    if is_disk_full(error):
        return disk_full(path, "the change")
    code = getattr(error, "sqlite_errorcode", None)
    if str(error).startswith(("no such column", "no such table")):
        # The file says which version of the app's schema it holds, and passed the checks
        # at opening, yet its tables are not as that version made them.
        return DamagedDatabaseError(
            path,
            f"The database file {path} is damaged: its tables are not as the app made them "
            f"({error_text(error)}).",
            _FRESH_START,
        )
    if (
        code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
        or str(error).startswith(("Could not decode to UTF-8", "malformed database schema"))
        or type(error) is sqlite3.DatabaseError
    ):
        return _damaged_in_use(path, error_text(error))
    return None


def check_thoroughly(path: Path, connection: sqlite3.Connection) -> None:
    """The full integrity check, then every value of every table read as the app reads it."""
    try:
        problems = health_problems(connection, thorough=True)
        if problems:
            raise DamagedDatabaseError(
                path,
                f"The database file {path} is damaged: its full health check found "
                f"{damage_text(problems)}.",
                _FRESH_START,
            )
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL TABLE%'"
            )
        ]
        for table in tables:
            for _row in connection.execute(f'SELECT * FROM "{table}"'):
                pass
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise problem_in_use(path, error) or _damaged_in_use(path, error_text(error)) from error


def is_disk_full(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL


def disk_full(path: Path, what: str) -> DiskFullError:
    """The plain message for a disk that filled while the app wrote ``what``."""
    return DiskFullError(
        path,
        f"The disk is full, so {what} could not be saved. Nothing was changed: "
        f"{path.name} holds what it held before.",
        f"Free some space on the disk that holds {path.parent}, then try again.",
    )


def describe_sqlite_error(path: Path, error: sqlite3.Error) -> Exception:
    """The typed error a user can act on for an SQLite error on ``path``."""
    text = error_text(error)
    if is_disk_full(error):
        return disk_full(path, "the change")
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            path,
            f"The database file {path} is in use by another program.",
            "Close the other program (or the other copy of the app) and try again.",
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
