"""Database files the app must refuse, and processes that hold a file, for the safety tests."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseInUseError,
    DatabaseLockedError,
    LostChangesError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from briefing_app.storage.migrations import SCHEMA_VERSION
from tests.conftest import REFERENCE_PDFS, REPO


def _filled(path: Path, template: Path) -> None:
    """A real, healthy database with some bulk, checkpointed into one file."""
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE filler (body TEXT)")
        connection.executemany("INSERT INTO filler VALUES (?)", [("z" * 400,)] * 300)
    connection.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def make_empty(path: Path, template: Path) -> None:
    path.write_bytes(b"")


def make_truncated(path: Path, template: Path) -> None:
    _filled(path, template)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def make_random_bytes(path: Path, template: Path) -> None:
    path.write_bytes(random.Random(8).randbytes(64 * 1024))


def make_pdf(path: Path, template: Path) -> None:
    shutil.copyfile(REFERENCE_PDFS / "leeds-2015-03-27.pdf", path)


def make_newer(path: Path, template: Path) -> None:
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    connection.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def make_undecodable_schema(path: Path, template: Path) -> None:
    """Damage whose health check answers in bytes that are not text (as flipped bytes in a
    real file can): SQLite quotes them back in its message."""
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX reports_same_inspection ON reports "
            "(auth' || CAST(x'bb' AS TEXT) || 'ority)' WHERE name = 'reports_same_inspection'"
        )
    connection.close()


_COMMIT_AND_DIE = textwrap.dedent(
    """
    import os, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    for number in range(3):
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO glossary (term, meaning) VALUES (?, ?)", (f"T{number}", "x" * 3000)
        )
        connection.execute("COMMIT")
    os._exit(0)  # no checkpoint: the saved changes stay in the write-ahead log
    """
)


def commit_in_log(path: Path) -> None:
    """Three saved transactions left in ``path``'s write-ahead log by a process that died."""
    subprocess.run([sys.executable, "-c", _COMMIT_AND_DIE, str(path)], check=True, timeout=60)


def make_lost_changes(path: Path, template: Path) -> None:
    """Saved changes in the write-ahead log, behind a damaged frame: SQLite would drop them."""
    shutil.copyfile(template, path)
    commit_in_log(path)
    log = path.with_name(path.name + "-wal")
    data = bytearray(log.read_bytes())
    data[32 + 24 + 100] ^= 0xFF  # in the first frame's page
    log.write_bytes(bytes(data))


def make_read_only(path: Path, template: Path) -> None:
    shutil.copyfile(template, path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


def make_healthy(path: Path, template: Path) -> None:
    shutil.copyfile(template, path)


@dataclass(frozen=True)
class Case:
    """A kind of file the app cannot use as it is, and what the app must say about it."""

    make: Callable[[Path, Path], None]
    error: type[DatabaseError]
    words: str
    # "foreign": another program holds a write lock; "app": another copy of the app has it.
    holder: str = ""

    @property
    def file_is_kept(self) -> bool:
        """Cases where the way on is to set the file aside (not to wait for someone)."""
        return not issubclass(self.error, DatabaseLockedError)


CASES: dict[str, Case] = {
    "empty": Case(make_empty, NotADatabaseError, "is empty"),
    "truncated": Case(make_truncated, DamagedDatabaseError, "damaged"),
    "random-bytes": Case(make_random_bytes, NotADatabaseError, "not a database"),
    "pdf": Case(make_pdf, NotADatabaseError, "not a database"),
    "undecodable-schema": Case(make_undecodable_schema, DamagedDatabaseError, "damaged"),
    "lost-changes": Case(make_lost_changes, LostChangesError, "has lost changes"),
    "newer": Case(make_newer, NewerDatabaseError, "newer version"),
    "read-only": Case(make_read_only, ReadOnlyDatabaseError, "read-only"),
    "locked": Case(make_healthy, DatabaseLockedError, "in use by another program", "foreign"),
    "in-use": Case(make_healthy, DatabaseInUseError, "open in another copy of the app", "app"),
}

_FOREIGN_HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("CREATE TABLE held_by_other_program (x)")
    print("holding", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    connection.close()
    """
)

_APP_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from briefing_app.storage.database import Database
    database = Database.open(Path(sys.argv[1]))
    print("holding", flush=True)
    sys.stdin.readline()
    database.close()
    """
)


@contextmanager
def held(path: Path, holder: str) -> Iterator[subprocess.Popen[str]]:
    """Another process holding ``path``: a foreign SQLite write lock, or the app itself."""
    script = _FOREIGN_HOLDER if holder == "foreign" else _APP_HOLDER
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=dict(os.environ),
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "holding"
        yield process
    finally:
        if process.poll() is None:
            assert process.stdin is not None
            process.stdin.write("done\n")
            process.stdin.flush()
            process.wait(timeout=30)
        if process.stdin:
            process.stdin.close()
        if process.stdout:
            process.stdout.close()


def release(process: subprocess.Popen[str]) -> None:
    """Let the holder go (it closes its connection and exits)."""
    assert process.stdin is not None
    process.stdin.write("done\n")
    process.stdin.flush()
    process.wait(timeout=30)


def folder_listing(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (not below it) and its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
