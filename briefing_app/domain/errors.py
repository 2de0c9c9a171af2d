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


class DatabaseUnavailableError(DatabaseError):
    """The file or its folder cannot be read or written."""


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


class ImportProblemsError(ImportFileError):
    """Several lines of a file have problems; nothing from the file was used.

    ``problems`` holds every (line, message) found, in file order, so a user can fix them
    all at once. The error's own message gives the first three and counts the rest.
    """

    def __init__(self, path: Path | str, problems: list[tuple[int, str]], advice: str = "") -> None:
        first_line, first_message = problems[0]
        shown = problems[1:3]
        hidden = problems[3:]
        message = first_message
        for line, text in shown:
            message += f" Line {line}: {text}"
        if len(hidden) == 1:
            message += f" Line {hidden[0][0]} has a problem too."
        elif hidden:
            lines = ", ".join(str(line) for line, _ in hidden[:10])
            more = f" and {len(hidden) - 10} more" if len(hidden) > 10 else ""
            message += f" {len(hidden)} more lines have problems too (lines {lines}{more})."
        super().__init__(path, message, advice, line=first_line)
        self.problems = tuple(problems)


class InvalidEntryError(BriefingError):
    """Something typed or imported breaks a rule, such as a date in the future."""


class ExportFileError(BriefingError):
    """A file the app was asked to write could not be written."""

    def __init__(self, path: Path | str, message: str, advice: str = "") -> None:
        super().__init__(f"{Path(path).name}: {message}", advice)
        self.path = Path(path)
