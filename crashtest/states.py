"""What a database holds, as a comparable fingerprint: schema, format version and rows.

Columns that record only *when* something happened (``imported_at``, ``applied_at``)
are left out, so the same operation run twice gives the same fingerprint.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

VOLATILE_COLUMNS = frozenset({"imported_at", "applied_at"})


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
    tables: list[tuple[str, int, str]] = []
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ):
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


def integrity(connection: sqlite3.Connection) -> str:
    return ", ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))


def read_state(path: Path) -> State | None:
    """The fingerprint of the file at ``path`` (recovering its WAL as the app would)."""
    if not path.exists():
        return None
    connection = sqlite3.connect(path)
    try:
        return fingerprint(connection)
    finally:
        connection.close()
