"""Errors a user can do something about.

Every error here carries a plain-English ``message`` (what went wrong) and ``advice``
(what to do next). The CLI prints them on one line; the window shows them in a dialog.
Anything else that escapes is a bug and goes to the bug report dialog instead.
"""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Base class for problems the user can fix."""

    def __init__(self, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice

    def __str__(self) -> str:
        return f"{self.message} {self.advice}".strip()


class DatabaseError(BriefingError):
    """The database file cannot be used as it is."""

    def __init__(self, path: Path, message: str, advice: str = "") -> None:
        super().__init__(message, advice)
        self.path = path


class NotADatabaseError(DatabaseError):
    """The file exists but is not a SQLite database."""


class DamagedDatabaseError(DatabaseError):
    """The file is a SQLite database but fails its integrity check."""


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer version of the app."""


class DatabaseLockedError(DatabaseError):
    """Another program holds the file."""


class DatabaseInUseError(DatabaseLockedError):
    """Another copy of this app has the file open."""


class DatabaseUnavailableError(DatabaseError):
    """The file or its folder cannot be read or written."""


class ReadOnlyDatabaseError(DatabaseUnavailableError):
    """The file is marked read-only, so nothing could be saved to it.

    The app refuses such a file rather than opening it in a mode where every change
    would silently fail; the user can make a writable copy instead.
    """


class ImportFileError(BriefingError):
    """A file given to an importer cannot be used.

    ``line`` is the 1-based line in the file where the problem was found, if there is one.
    """

    def __init__(
        self, path: Path | str, message: str, advice: str = "", line: int | None = None
    ) -> None:
        name = Path(path).name
        where = f"{name}, line {line}" if line is not None else name
        super().__init__(f"{where}: {message}", advice)
        self.path = Path(path)
        self.line = line
        self.detail = message


class NotFoundError(BriefingError):
    """Something the user asked for does not exist."""
