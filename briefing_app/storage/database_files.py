"""The files that belong to a database: its backups, staging copies, and setting one aside.

Every file the app writes whole (a backup, a new database, a restored copy) is first
written under a temporary name, flushed to disk, and then renamed into place, so a crash
part-way never leaves a half-written file under a name the app would use.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import struct
import sys
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.storage.file_lock import LOCK_SUFFIX

if TYPE_CHECKING:
    from briefing_app.domain.backups import Backup

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_STAMP = r"\d{8}-\d{6}-\d{6}"
_PARTIAL = ".partial"
# A partial backup untouched this long was left by a backup that was interrupted.
STALE_PARTIAL = timedelta(minutes=10)
# SQLite keeps these beside a database; they travel with it when it is moved.
COMPANIONS = ("-wal", "-shm", "-journal")
# The first bytes of a write-ahead log (the two byte orders SQLite writes).
_WAL_HEADERS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


def holds_app_data(path: Path) -> bool:
    """Whether ``path`` is a file that saving something else over would destroy data: a
    database (the open one, another, or a backup), a write-ahead log, or a companion or
    lock file beside a database."""
    if _starts_with(path, (SQLITE_HEADER, *_WAL_HEADERS)):
        return True
    for suffix in (*COMPANIONS, LOCK_SUFFIX):
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            owner = path.with_name(path.name[: -len(suffix)])
            if _starts_with(owner, (SQLITE_HEADER,)):
                return True
    return False


def _starts_with(path: Path, headers: tuple[bytes, ...]) -> bool:
    try:
        with path.open("rb") as stream:
            start = stream.read(max(len(h) for h in headers))
    except OSError:  # missing, a folder, or unreadable: not a file of ours to protect
        return False
    return start.startswith(headers)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without writing anything beside it.

    With no WAL beside it the file alone holds everything, so it is read as immutable: a
    read-only look at a WAL-mode file would otherwise create its -wal and -shm files.
    """
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    quiet = "" if any(c.exists() for c in companions) else "&immutable=1"
    return f"{path.resolve().as_uri()}?mode=ro{quiet}"


def backup_dir(database: Path) -> Path:
    return database.parent / "backups"


def backup_path(database: Path, moment: datetime, reason: str) -> Path:
    # Only when backups are made or listed, not at start-up (about 11 ms).
    from briefing_app.domain.backups import is_reason_slug

    if not is_reason_slug(reason):
        raise ValueError(f"A backup reason must be a lower-case slug, not {reason!r}")
    return (
        backup_dir(database) / f"{database.stem}-{moment.strftime(_STAMP_FORMAT)}-{reason}.sqlite3"
    )


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(database.stem)}-({_STAMP})-([a-z0-9-]+)\.sqlite3$")


def list_backups(database: Path) -> list[Backup]:
    """Backups of ``database``, newest first. Reads file names and headers only."""
    # Only when backups are made or listed, not at start-up (about 11 ms).
    from briefing_app.domain.backups import Backup

    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    pattern = _pattern(database)
    found: list[Backup] = []
    for file in folder.iterdir():
        match = pattern.match(file.name)
        if not match or not file.is_file():
            continue
        try:
            made_at = datetime.strptime(match.group(1), _STAMP_FORMAT)
            size = file.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(file, made_at, match.group(2), size, read_format_version(file)))
    return sorted(found, key=lambda b: (b.made_at, b.name), reverse=True)


def read_format_version(file: Path) -> int | None:
    """The app's format version (SQLite's user_version) from a file's header, or None."""
    try:
        with file.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return None
    return int(struct.unpack(">I", header[60:64])[0])


def write_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a whole database with SQLite's backup API into ``target``, all or nothing.

    The copy is written as ``<target>.partial`` and renamed when whole. If it cannot be
    finished (a full disk, say), the partial copy is removed before the error is raised,
    so a failed copy leaves nothing behind.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + _PARTIAL)
    remove_with_companions(partial)
    try:
        destination = _open_copy(partial)
        try:
            source.backup(destination)
            # A copy of a WAL database is marked WAL too; a copy should be one
            # self-contained file.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        durable_replace(partial, target)
    except BaseException:
        remove_with_companions(partial)
        raise


def _open_copy(partial: Path) -> sqlite3.Connection:
    """The connection a copy is written through."""
    return sqlite3.connect(partial, isolation_level=None)


def rotate(database: Path, kept: int, protect: Iterable[Path] = ()) -> list[Path]:
    """Delete all but the newest ``kept`` backups (never one in ``protect``)."""
    keep = {Path(p).resolve() for p in protect}
    removed: list[Path] = []
    for old in list_backups(database)[kept:]:
        if old.path.resolve() in keep:
            continue
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def remove_stale_partials(database: Path, now: datetime) -> list[Path]:
    """Remove the partial backups of ``database`` that a copy of the app killed part-way
    through a backup left behind.

    Only files the app names so (``<stem>-<moment>-<reason>.sqlite3.partial``, with their
    SQLite companions) are removed, and only those untouched for ``STALE_PARTIAL`` or
    more, so a backup being written at this moment (of another database with the same
    name in this folder, say) is never touched.
    """
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        rf"^{re.escape(database.stem)}-{_STAMP}-[a-z0-9-]+\.sqlite3{re.escape(_PARTIAL)}"
        rf"(?:{'|'.join(re.escape(c) for c in COMPANIONS)})?$"
    )
    oldest = now.timestamp() - STALE_PARTIAL.total_seconds()
    removed: list[Path] = []
    for file in folder.iterdir():
        if not pattern.match(file.name):
            continue
        try:
            if not file.is_file() or file.stat().st_mtime > oldest:
                continue
            file.unlink()
        except OSError:
            continue
        removed.append(file)
    if removed:
        log.info("Removed %d partial backups left by an interrupted backup", len(removed))
    return removed


def staging_path(database: Path, purpose: str) -> Path:
    """Where a new copy of ``database`` is built before it is renamed into place."""
    return database.with_name(f"{database.name}.{purpose}")


def remove_staging_leftovers(database: Path) -> None:
    """Remove what an interrupted build of a new copy of ``database`` left behind.

    Such a copy never became the database (it is renamed into place only when whole), so
    nothing of the user's is lost.
    """
    staging = staging_path(database, "new")
    for leftover in (staging, staging.with_name(staging.name + _PARTIAL)):
        remove_with_companions(leftover)


def remove_with_companions(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in COMPANIONS)):
        candidate.unlink(missing_ok=True)


def durable_replace(source: Path, target: Path) -> None:
    """Flush ``source`` to disk, then rename it to ``target`` in one step."""
    _fsync_file(source)
    source.replace(target)
    _fsync_folder(target.parent)


def place_new(source: Path, target: Path) -> None:
    """Flush ``source`` to disk, then give it the name ``target`` only if no file has that
    name: raises FileExistsError, changing nothing, if one has."""
    _fsync_file(source)
    if sys.platform == "win32":
        source.rename(target)  # refuses a name already taken, there
    else:
        os.link(source, target)  # refuses a name already taken; rename would replace it
        source.unlink()
    _fsync_folder(target.parent)


def set_aside(database: Path) -> Path:
    """Rename an unusable database (with its SQLite companions) out of the way, unchanged.

    Nothing is deleted: the file keeps every byte under a name that says when it was
    set aside, in the same folder.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.stem}-set-aside-{stamp}{database.suffix}")
    number = 2
    while target.exists():
        target = database.with_name(f"{database.stem}-set-aside-{stamp}-{number}{database.suffix}")
        number += 1
    database.replace(target)
    for suffix in COMPANIONS:
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    _fsync_folder(database.parent)
    log.info("Set the unusable database %s aside as %s", database, target)
    return target


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
