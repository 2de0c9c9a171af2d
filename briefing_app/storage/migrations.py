"""Schema changes, in order. Each one runs once, inside a transaction, via sqlite-utils.

Add a change by appending a function decorated with ``@migration``; never edit one that
has shipped. ``PRAGMA user_version`` holds how many have been applied, so a file from a
newer version (a larger number) can be refused without importing anything heavy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

    from briefing_app.storage.database import Database

MIGRATION_SET = "briefing_app"
MigrationFunction = Callable[["sqlite_utils.Database"], None]
MIGRATIONS: list[MigrationFunction] = []


def migration(function: MigrationFunction) -> MigrationFunction:
    MIGRATIONS.append(function)
    return function


def _run(db: sqlite_utils.Database, script: str) -> None:
    """Run several statements inside the migration's transaction (no executescript: it commits)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migration
def m001_inspection_reports(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            authority TEXT NOT NULL,
            framework TEXT NOT NULL,
            inspection_start TEXT NOT NULL,
            inspection_end TEXT NOT NULL,
            published TEXT,
            title TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL
        );
        CREATE TABLE judgements (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            area TEXT NOT NULL,
            grade TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            UNIQUE (report_id, area)
        );
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            part TEXT NOT NULL,
            section TEXT NOT NULL,
            subsection TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            themes TEXT NOT NULL DEFAULT '',
            UNIQUE (report_id, paragraph)
        );
        CREATE TABLE recommendations (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            text TEXT NOT NULL,
            priority INTEGER NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            part TEXT NOT NULL,
            UNIQUE (report_id, paragraph)
        );
        CREATE TABLE recommendation_evidence (
            recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            PRIMARY KEY (recommendation_id, paragraph)
        );
        CREATE TABLE strengths (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            part TEXT NOT NULL,
            PRIMARY KEY (report_id, paragraph)
        );
        CREATE TABLE seeds (
            name TEXT PRIMARY KEY,
            applied_at TEXT NOT NULL
        )
        """,
    )


@migration
def m002_glossary(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE glossary (
            term TEXT PRIMARY KEY,
            stands_for TEXT NOT NULL DEFAULT '',
            meaning TEXT NOT NULL
        )
        """,
    )


SCHEMA_VERSION = len(MIGRATIONS)


def apply_migrations(database: Database, *, stop_after: int | None = None) -> None:
    """Apply every pending change (or up to ``stop_after`` of them, for tests).

    All of them, and the new format version, commit together in one transaction: a file
    is never left part-way between two versions.
    """
    import sqlite_utils

    migrations = sqlite_utils.Migrations(MIGRATION_SET)
    for function in MIGRATIONS[:stop_after]:
        migrations(name=function.__name__)(function)
    db = sqlite_utils.Database(database.connection, execute_plugins=False)
    with database.transaction():
        migrations.apply(db)
        database.set_schema_version(len(migrations.applied(db)))
