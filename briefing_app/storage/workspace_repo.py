"""Whose data the database holds: the workspace's council, and whether it is the
demonstration.

``OWN_COUNCIL`` is the SQL every repository uses to keep to the workspace's own content
(summaries, figures, questions, reports): a row belongs to the workspace when its
``council`` is the workspace's. A row of no council (empty) belongs to none.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from briefing_app.domain.workspace import DEMONSTRATION_COUNCIL
from briefing_app.storage import database_files
from briefing_app.storage.database import Database, now_text

# The workspace's council (its old DfE code), inside any query.
OWN_COUNCIL = "(SELECT old_la_code FROM workspace WHERE id = 1)"


class WorkspaceRecord(NamedTuple):
    """The workspace row: the council's old code, whether it is the demonstration, and
    when the database was set up."""

    old_code: str
    demonstration: bool
    set_up_at: datetime | None


class WorkspaceRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def get(self) -> WorkspaceRecord | None:
        """The workspace, or None for a database not yet given one."""
        rows = self.db.query("SELECT * FROM workspace WHERE id = 1")
        if not rows:
            return None
        row = rows[0]
        try:
            set_up = datetime.fromisoformat(row["set_up_at"])
        except ValueError:
            set_up = None
        return WorkspaceRecord(row["old_la_code"], bool(row["demonstration"]), set_up)

    def set(self, old_code: str, *, demonstration: bool) -> None:
        """Make the database the workspace of ``old_code`` (set up now)."""
        self.db.execute(
            "INSERT INTO workspace (id, old_la_code, demonstration, set_up_at) "
            "VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "old_la_code = excluded.old_la_code, demonstration = excluded.demonstration, "
            "set_up_at = excluded.set_up_at",
            (old_code, int(demonstration), now_text()),
        )

    def council_name(self) -> str | None:
        """The name of the workspace's council, as the councils table holds it."""
        name = self.db.scalar(
            "SELECT c.name FROM workspace w JOIN councils c ON c.old_la_code = w.old_la_code"
        )
        return None if name is None else str(name)


class WorkspaceFile(NamedTuple):
    """A database file found beside the one open, and whose workspace it is."""

    path: Path
    old_code: str
    council_name: str
    demonstration: bool


def read_workspace_file(path: Path) -> WorkspaceFile | None:
    """Whose workspace the database at ``path`` is, read without writing anything; None
    for a file that is not a database of this app (or cannot be read now).

    A database made before workspaces, which has no workspace row yet, is the
    demonstration: it is what the app always made.
    """
    if not path.is_file() or not database_files.holds_app_data(path):
        return None
    try:
        connection = sqlite3.connect(database_files.read_only_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "reports" not in tables:
            return None
        if "workspace" not in tables:
            return WorkspaceFile(path, DEMONSTRATION_COUNCIL, "Portsmouth", True)
        row = connection.execute(
            "SELECT w.old_la_code, w.demonstration, c.name FROM workspace w "
            "LEFT JOIN councils c ON c.old_la_code = w.old_la_code"
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    if row is None:
        return WorkspaceFile(path, DEMONSTRATION_COUNCIL, "Portsmouth", True)
    code, demonstration, name = row
    return WorkspaceFile(path, str(code), str(name or code), bool(demonstration))
