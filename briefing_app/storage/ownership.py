"""Whose file is it? The one rule the app checks before it writes anything to a file.

Every database the app makes carries its mark: SQLite's application id (``PRAGMA
application_id``, four bytes in the file's header that a program sets to say a file is
its own). A file is the app's when

- it carries that mark; or
- it was made by an earlier version of the app, before the mark was set: it holds the
  app's record of its schema changes (sqlite-utils' ``_sqlite_migrations`` table,
  migration set ``briefing_app``), exactly as many as its format version
  (``user_version``, at least 1 and no newer than this version's) says, every one a
  change this version knows, and the tables the first of them made. Such a file is given
  the mark in the same transaction as its next update (see ``database.apply_migrations``).

Anything else is not the app's: another program's database (with or without a format
version of its own), a database marked by another program, or an SQLite file with
nothing in it. The app writes nothing to such a file, not even the switch to its own
journal mode. A new file is made whole under a temporary name (see ``database._build``),
so the app never needs to start using a file that is already there.

Everything here only reads.
"""

from __future__ import annotations

import enum
import sqlite3
from typing import NamedTuple

from briefing_app.storage.migrations import MIGRATION_SET, MIGRATIONS

# "CPBa": Corporate Parenting Briefing app. Written in every file the app makes.
APPLICATION_ID = 0x43504261
MIGRATIONS_TABLE = "_sqlite_migrations"
# Tables the first schema change made: every file of the app's has had them.
FIRST_TABLES = frozenset({"reports", "judgements", "findings", "recommendations", "seeds"})
# How many of a file's own tables a message names.
_NAMED = 3


class Owner(enum.Enum):
    APP = "app"  # carries the app's mark
    EARLIER_APP = "earlier-app"  # made by an earlier version, before the mark was set
    OTHER = "other"  # another program's, or nothing in it


class Ownership(NamedTuple):
    owner: Owner
    application_id: int
    # A few of the file's tables, to name in a message about another program's file.
    tables: tuple[str, ...]

    @property
    def is_ours(self) -> bool:
        return self.owner is not Owner.OTHER

    def describe_other(self) -> str:
        """What a file that is not the app's holds, in a few words, for a message."""
        if self.application_id not in (0, APPLICATION_ID):
            return f"it is marked as another program's file (application id {self.application_id})"
        if not self.tables:
            return "it holds no tables at all"
        shown = ", ".join(self.tables[:_NAMED])
        more = " and others" if len(self.tables) > _NAMED else ""
        return f"it holds tables this app does not know, such as {shown}{more}"


def application_id(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA application_id").fetchone()[0])


def read_ownership(connection: sqlite3.Connection, newest: int) -> Ownership:
    """Whose the database open on ``connection`` is, for a version whose format is
    ``newest``. Raises ``sqlite3.DatabaseError`` if the file cannot be read."""
    marked = application_id(connection)
    tables = tuple(
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid"
        )
    )
    if marked == APPLICATION_ID:
        return Ownership(Owner.APP, marked, tables)
    if marked == 0 and _made_by_earlier_version(connection, set(tables), newest):
        return Ownership(Owner.EARLIER_APP, marked, tables)
    return Ownership(Owner.OTHER, marked, tuple(t for t in tables if t != MIGRATIONS_TABLE))


def _made_by_earlier_version(connection: sqlite3.Connection, tables: set[str], newest: int) -> bool:
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if not 1 <= version <= newest or MIGRATIONS_TABLE not in tables:
        return False
    if not tables >= FIRST_TABLES:
        return False
    recorded = [
        str(row[0])
        for row in connection.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", (MIGRATION_SET,)
        )
    ]
    known = {function.__name__ for function in MIGRATIONS}
    return len(recorded) == version and len(set(recorded)) == version and set(recorded) <= known


def claim(connection: sqlite3.Connection) -> None:
    """Put the app's mark on the database (inside the caller's transaction)."""
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
