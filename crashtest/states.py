"""What a database holds, as a comparable fingerprint: schema, format version and rows.

Columns that record only *when* something happened (``imported_at``, ``updated_at``...)
are left out, so the same operation run twice gives the same fingerprint. So are the
pages of each full-text search index (``<index>_data`` and ``<index>_idx``): how they are
laid out depends on the order of past writes (an answer saved in five keystrokes or in
one), not on what they hold. Instead ``integrity`` checks that every search index matches
the table it indexes.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

VOLATILE_COLUMNS = frozenset(
    {"imported_at", "applied_at", "recorded_at", "created_at", "updated_at"}
)
# The shadow tables holding a full-text index's b-tree, named after the index.
SEARCH_INDEX_PAGES = ("_data", "_idx")


@dataclass(frozen=True)
class State:
    """A fingerprint of a database file's contents (``None`` stands for "no file")."""

    format_version: int
    schema: tuple[tuple[str, str, str], ...]
    tables: tuple[tuple[str, int, str], ...]

    def without(self, names: frozenset[str]) -> State:
        """The same fingerprint leaving out some tables (and their schema entries)."""
        return State(
            self.format_version,
            tuple(entry for entry in self.schema if entry[2] not in names),
            tuple(entry for entry in self.tables if entry[0] not in names),
        )

    def describe(self) -> str:
        counts = ", ".join(f"{name} {count}" for name, count, _ in self.tables)
        return f"format {self.format_version}; {counts}"


def fingerprint(connection: sqlite3.Connection) -> State:
    schema = tuple(
        sorted(
            (str(kind), str(name), str(table))
            for kind, name, table, _sql in connection.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
            )
        )
    )
    sql = {
        name: text
        for name, text in connection.execute("SELECT name, sql FROM sqlite_master")
        if text
    }
    index_pages = {
        f"{index}{suffix}" for index in search_indexes(connection) for suffix in SEARCH_INDEX_PAGES
    }
    tables: list[tuple[str, int, str]] = []
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ):
        if name in index_pages:
            continue
        columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
        kept = [c for c in columns if c not in VOLATILE_COLUMNS]
        select = ", ".join(f'"{c}"' for c in kept)
        rows = sorted(
            repr(tuple(row)) for row in connection.execute(f'SELECT {select} FROM "{name}"')
        )
        digest = hashlib.sha256()
        digest.update(sql.get(name, "").encode("utf-8"))
        for row in rows:
            digest.update(row.encode("utf-8"))
        tables.append((name, len(rows), digest.hexdigest()[:16]))
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    return State(version, schema, tuple(tables))


def search_indexes(connection: sqlite3.Connection) -> list[str]:
    """The names of the full-text (FTS5) search indexes in the file."""
    return [
        str(name)
        for name, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE "
            "'CREATE VIRTUAL TABLE%'"
        )
        if re.search(r"USING\s+FTS5\s*\(", str(sql), re.IGNORECASE)  # not fts5vocab: no index
    ]


def integrity(connection: sqlite3.Connection) -> str:
    """SQLite's own check of the file ("ok" when whole)."""
    return ", ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))


def search_index_problems(connection: sqlite3.Connection) -> list[str]:
    """Search indexes that do not match the rows they index (needs a writable connection;
    nothing is written)."""
    problems = []
    for index in search_indexes(connection):
        try:
            connection.execute(
                f'INSERT INTO "{index}" ("{index}", rank) VALUES (\'integrity-check\', 1)'
            )
        except sqlite3.DatabaseError as error:
            problems.append(f"the search index {index} does not match its table ({error})")
    return problems


def read_state(path: Path) -> State | None:
    """The fingerprint of the file at ``path`` (recovering its WAL as the app would)."""
    if not path.exists():
        return None
    connection = sqlite3.connect(path)
    try:
        return fingerprint(connection)
    finally:
        connection.close()
