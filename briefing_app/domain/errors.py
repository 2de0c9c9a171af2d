"""Errors a user can do something about.

Every error here carries a plain-English ``message`` (what went wrong) and ``advice``
(what to do next). The CLI prints them on one line; the window shows them in a dialog.
Anything else that escapes is a bug and goes to the bug report dialog instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from briefing_app.domain.wording import capitalise, joined, plural


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


class NotOursError(DatabaseError):
    """The file is an SQLite database, but another program's (or one with nothing in it),
    not the app's. The app writes nothing to it, renames nothing and offers no way on but
    another file: setting it aside would take it from the program it belongs to."""


class LostChangesError(DamagedDatabaseError):
    """The file's write-ahead log holds saved changes that can no longer be read back, so
    opening the file as it is would lose them for good."""


class DatabaseLockedError(DatabaseError):
    """Another program holds the file."""


class DatabaseInUseError(DatabaseLockedError):
    """Another copy of this app has the file open."""


class DatabaseUnavailableError(DatabaseError):
    """The file or its folder cannot be read or written."""


class DatabaseExistsError(BriefingError):
    """A new database was asked for where a file already is: it is left as it was. (Not
    a DatabaseError: the file there is not the app's database to recover.)"""

    def __init__(self, path: Path, message: str, advice: str = "") -> None:
        super().__init__(message, advice)
        self.path = path


class ReadOnlyDatabaseError(DatabaseUnavailableError):
    """The file is marked read-only, so nothing could be saved to it.

    The app refuses such a file rather than opening it in a mode where every change
    would silently fail; the user can make a writable copy instead.
    """


class DiskFullError(BriefingError):
    """The disk had no room for what the app had to write; nothing was changed."""

    def __init__(self, path: Path, message: str, advice: str = "") -> None:
        super().__init__(message, advice)
        self.path = path


class BackupFailedError(BriefingError):
    """The backup made before a change could not be made, so the change was not made."""

    def __init__(self, path: Path, message: str, advice: str = "") -> None:
        super().__init__(message, advice)
        self.path = path


class UnusableBackupError(BriefingError):
    """A backup chosen to restore cannot be used; the database was not touched."""


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


class DuplicateReportError(BriefingError):
    """The report being imported is already held: the user must choose what to do."""

    def __init__(self, message: str, advice: str, existing: tuple[int, ...]) -> None:
        super().__init__(message, advice)
        self.existing = existing


class ImportProblemsError(ImportFileError):
    """A file has one or more problems, each found on a line (or, if ``None``, in the whole
    file). Nothing from the file is used. ``problems`` lists (line, message) in file order;
    the first is the headline, the rest are counted in the message."""

    def __init__(
        self, path: Path | str, problems: Sequence[tuple[int | None, str]], advice: str = ""
    ) -> None:
        line, message = problems[0]
        rest = problems[1:]
        if rest:
            lines = sorted({n for n, _ in rest if n is not None})
            where = f", on line{'s' if len(lines) > 1 else ''} {_listed(lines)}" if lines else ""
            message = f"{message} ({plural(len(rest), 'more problem')}{where}.)"
        super().__init__(path, message, advice, line=line)
        self.problems = list(problems)

    def details(self) -> str:
        """Every problem, one per line, for a dialog's details."""
        name = self.path.name
        return "\n".join(
            f"{name}, line {line}: {message}" if line is not None else f"{name}: {message}"
            for line, message in self.problems
        )


class InvalidInputError(BriefingError):
    """What someone typed or imported breaks a rule (a date in the future, a name used twice)
    and cannot be saved. ``problems`` lists each one in plain words."""

    def __init__(self, problems: str | list[str], advice: str = "") -> None:
        listed = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(" ".join(capitalise(p) for p in listed), advice)
        self.problems = listed


def _listed(numbers: list[int]) -> str:
    shown = [str(n) for n in numbers[:8]]
    if len(numbers) > 8:
        shown.append("others")
    return joined(shown)


class ExportFileError(BriefingError):
    """A file the app was asked to write could not be written."""

    def __init__(self, path: Path | str, message: str, advice: str = "") -> None:
        super().__init__(f"{Path(path).name}: {message}", advice)
        self.path = Path(path)


class PackError(BriefingError):
    """A briefing pack cannot be built as asked (a section with no data, a bad choice)."""


class PackWriteError(ExportFileError, PackError):
    """The pack was built but could not be saved where the user asked."""


class BriefingFileError(BriefingError):
    """A briefing file cannot be opened: it is not one, is damaged or altered, or comes
    from a newer version of the app. The file is left as it was."""

    def __init__(self, path: Path | str, message: str, advice: str = "") -> None:
        super().__init__(f"{Path(path).name}: {message}", advice)
        self.path = Path(path)


class NewerBriefingFileError(BriefingFileError):
    """The briefing file was published by a newer version of the app."""


class OtherCouncilError(BriefingError):
    """A briefing file is for another council than the one the member's notes are for:
    the member must say they want to switch."""

    def __init__(self, path: Path | str, council: str, expected: str) -> None:
        super().__init__(
            f"{Path(path).name} is a briefing for {council}, but your notes are for {expected}.",
            "Nothing has been changed. Open a briefing for "
            f"{expected}, or say you want to switch to {council}.",
        )
        self.path = Path(path)
        self.council = council
        self.expected = expected


class NotesFileError(BriefingError):
    """A notes file cannot be used: damaged, or another program's. It is left as it was."""

    def __init__(self, path: Path | str, message: str, advice: str = "") -> None:
        super().__init__(f"{Path(path).name}: {message}", advice)
        self.path = Path(path)
