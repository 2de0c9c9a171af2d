"""Is a file a healthy database this app can use? Every check here only reads.

A file that is not SQLite, is damaged, comes from a newer version of the app, or is
read-only is refused with a typed error that says what is wrong and what to do, and is
left byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from briefing_app.domain.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from briefing_app.storage.database_files import SQLITE_HEADER, read_only_uri

BUSY_TIMEOUT_MS = 5000
UNCHANGED = "The file has not been changed."
_FRESH_START = (
    "Restore a backup, or start a fresh database beside it (the app keeps this file). " + UNCHANGED
)


def check_existing_file(path: Path, newest: int) -> None:
    """Refuse a file that is not a healthy database of format ``newest`` or older."""
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
        result = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            raise describe_sqlite_error(path, error) from error
        raise DamagedDatabaseError(
            path,
            f"The database file {path} is damaged and cannot be opened ({error}).",
            _FRESH_START,
        ) from error
    if result != ["ok"]:
        raise DamagedDatabaseError(
            path,
            f"The database file {path} failed its health check: {result[0]}.",
            _FRESH_START,
        )
    if version > newest:
        raise NewerDatabaseError(
            path,
            f"The database file {path} was written by a newer version of this app "
            f"(its format is version {version}; this app knows up to {newest}).",
            "Install the newer version of the app to open it, or start a fresh database "
            "beside it (the app keeps this file). " + UNCHANGED,
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
            "manages the file to let you change it. " + UNCHANGED,
        )


def describe_sqlite_error(path: Path, error: sqlite3.Error) -> Exception:
    """The typed error a user can act on for an SQLite error on ``path``."""
    text = str(error)
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
