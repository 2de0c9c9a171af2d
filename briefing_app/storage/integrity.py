"""Reading SQLite's health check of a file, whatever it answers, as plain words.

``PRAGMA quick_check`` answers "ok" or a list of problems. On a damaged file those
problems can quote the damaged bytes themselves, which need not be text at all, and an
error SQLite raises on such a file can carry them too. Everything here reads them as
bytes and turns them into printable text, so a damaged file always ends in a message
and never in a crash.
"""

from __future__ import annotations

import sqlite3
import unicodedata

# How much of one problem a message quotes.
_QUOTED = 160


def printable(text: str | bytes) -> str:
    """``text`` as printable characters on one line: undecodable bytes become "?", and
    control and format characters (line breaks, direction overrides) become spaces."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    text = text.replace("\ufffd", "?")
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text
    )
    return " ".join(cleaned.split())


def health_problems(connection: sqlite3.Connection, *, thorough: bool = False) -> list[str]:
    """The problems SQLite's quick check (or, ``thorough``, its full integrity check, which
    also compares every index with its table) finds, as printable text; none for a healthy
    file. Raises ``sqlite3.DatabaseError`` when the file is too damaged to check at all.
    """
    cursor = connection.cursor()
    previous = connection.text_factory
    connection.text_factory = bytes
    check = "integrity_check" if thorough else "quick_check"
    try:
        rows = [row[0] for row in cursor.execute(f"PRAGMA {check}").fetchall()]
    finally:
        connection.text_factory = previous
    problems = [printable(row if isinstance(row, bytes) else str(row)) for row in rows]
    return [] if problems == ["ok"] else problems


def damage_text(problems: list[str]) -> str:
    """The problems found, for a sentence: "12 problems, the first: ..."."""
    first = problems[0]
    if len(first) > _QUOTED:
        first = first[: _QUOTED - 1].rstrip() + "…"
    if len(problems) == 1:
        return f"one problem ({first})"
    return f"{len(problems)} problems (the first: {first})"


def error_text(error: BaseException) -> str:
    """What an error met while reading a damaged file says, printable."""
    if isinstance(error, UnicodeDecodeError):
        # SQLite's own message, which quoted damaged bytes that are not text.
        said = error.object if isinstance(error.object, bytes) else b""
        return printable(said) or "some of its text cannot be read"
    return printable(str(error)) or type(error).__name__
