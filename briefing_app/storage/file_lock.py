"""One copy of the app per database file: a lock file beside the database.

The lock is an operating-system lock on ``<database>.lock`` (``flock`` on Linux and
macOS, ``msvcrt.locking`` on Windows). The system drops it when the process ends, however
it ends, so a copy of the app that crashed or was killed never locks anyone out: the next
copy finds the file unlocked and takes it over. The file also records who holds it
(process, computer, when), so the second copy can say which copy has the file open.

Within one copy of the app the lock is shared: a second connection to the same file (a
worker thread's, or a check that reopens the file) takes a share of the lock already held,
and the lock is let go when the last share is released.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import DatabaseInUseError, DatabaseUnavailableError

log = logging.getLogger(__name__)

# Where the holder's details start in the lock file. Windows locks byte 0, and a locked
# byte cannot be read by others, so the details are written after it.
_INFO_OFFSET = 16
_BUSY = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK}


LOCK_SUFFIX = ".lock"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _computer_name() -> str:
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return os.uname().nodename


class Holder(NamedTuple):
    """Who holds a lock, as written in the lock file (a NamedTuple: quick to define)."""

    pid: int
    computer: str
    since: datetime | None

    def describe(self) -> str:
        when = f" since {self.since:%H:%M} on {long_date(self.since.date())}" if self.since else ""
        where = (
            "on this computer"
            if not self.computer or self.computer == _computer_name()
            else f"on the computer {self.computer}"
        )
        return f"(process {self.pid} {where}{when})"


def _read_holder(fd: int) -> Holder | None:
    """The holder's details: three lines (process, computer, since), or None if unreadable."""
    try:
        os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
        pid, computer, since = os.read(fd, 4096).decode("utf-8").split("\n")[:3]
        return Holder(int(pid), computer, datetime.fromisoformat(since) if since else None)
    except (OSError, ValueError):
        return None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in _BUSY:
                return False
            if error.errno == errno.ENOLCK:  # a file system without locks: carry on unguarded
                log.warning("The file system does not support locks; carrying on without one.")
                return True
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# Locks this process holds, by lock file, with how many shares of each are out.
_HELD: dict[Path, tuple[int, int]] = {}


class FileLock:
    """Held by the one copy of the app that has a database file open."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, database: Path) -> FileLock:
        """Take the lock for ``database`` (or a share of it, if this process holds it
        already), or raise DatabaseInUseError naming the copy that holds it."""
        path = lock_path(database)
        key = path.resolve()
        if key in _HELD:
            fd, shares = _HELD[key]
            _HELD[key] = (fd, shares + 1)
            return cls(path, fd)
        lock = cls._take(database, path)
        assert lock._fd is not None
        _HELD[key] = (lock._fd, 1)
        return lock

    @classmethod
    def _take(cls, database: Path, path: Path) -> FileLock:
        while True:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as error:
                raise DatabaseUnavailableError(
                    database,
                    f"The folder {database.parent} cannot be written to "
                    f"({error.strerror}), so the app cannot keep the database there safely.",
                    "Choose a folder you can write to with --database.",
                ) from error
            try:
                locked = _try_lock(fd)
            except OSError:
                os.close(fd)
                raise
            if not locked:
                holder = _read_holder(fd)
                os.close(fd)
                raise DatabaseInUseError(
                    database,
                    f"The database file {database} is already open in another copy of the "
                    f"app{' ' + holder.describe() if holder else ''}.",
                    "Close the other copy and try again. Only one copy at a time can use a "
                    "file, so that neither overwrites the other's changes.",
                )
            if _still_there(fd, path):
                break
            # A copy that was closing removed the file between our open and lock: retry.
            _unlock(fd)
            os.close(fd)
        lock = cls(path, fd)
        lock._write_holder()
        return lock

    def _write_holder(self) -> None:
        assert self._fd is not None
        since = datetime.now().isoformat(timespec="seconds")
        data = f"{os.getpid()}\n{_computer_name()}\n{since}\n".encode()
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, _INFO_OFFSET, os.SEEK_SET)
        os.write(self._fd, data)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go of this share; with the last share, let go of the lock and remove the lock
        file (another copy may then take it)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        key = self.path.resolve()
        held_fd, shares = _HELD.get(key, (fd, 1))
        if shares > 1:
            _HELD[key] = (held_fd, shares - 1)
            return
        _HELD.pop(key, None)
        if sys.platform == "win32":
            _unlock(fd)
            os.close(fd)
            _remove_quietly(self.path)
        else:
            # Remove while still holding the lock, so no other copy can lock the old file.
            _remove_quietly(self.path)
            _unlock(fd)
            os.close(fd)


def _still_there(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), path.stat())
    except FileNotFoundError:
        return False


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
