"""Saying a refused file "has not been changed" only when that has been checked.

When the app refuses a database file it tells the user the file is as it was. That is a
promise, so it is checked: the state of the file and its write-ahead log (size, when it
was last written, and when its details last changed, which no program can set back) is
taken before the app looks at the file, and again when it refuses it. Only if nothing
moved does the message say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from briefing_app.domain.errors import DatabaseError

UNCHANGED = "The file has not been changed."
_WATCHED = ("", "-wal", "-journal")


class FileState(NamedTuple):
    # For the file and each companion: (size, last written, details last changed), or
    # None when it is not there.
    files: tuple[tuple[int, int, int, int] | None, ...]


def file_state(path: Path) -> FileState:
    states: list[tuple[int, int, int, int] | None] = []
    for suffix in _WATCHED:
        try:
            info = path.with_name(path.name + suffix).stat()
        except OSError:
            states.append(None)
            continue
        states.append((info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino))
    return FileState(tuple(states))


@contextmanager
def vouched_unchanged(path: Path) -> Iterator[None]:
    """Add "The file has not been changed." to a refusal of ``path`` raised inside the
    block, when the file and its companions are checked to be exactly as they were."""
    before = file_state(path)
    try:
        yield
    except DatabaseError as error:
        if (
            error.path == path
            and before.files[0] is not None
            and file_state(path) == before
            and UNCHANGED not in error.advice
        ):
            error.advice = f"{error.advice} {UNCHANGED}".strip()
        raise
