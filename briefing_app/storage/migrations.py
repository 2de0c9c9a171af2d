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


@migration
def m_training_1_records(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE training_roles (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            member_title TEXT NOT NULL,
            member_title_plural TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE members (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL CHECK (name <> ''),
            party TEXT NOT NULL DEFAULT '',
            ward TEXT NOT NULL DEFAULT '',
            term_start TEXT NOT NULL,
            term_end TEXT CHECK (term_end IS NULL OR term_end >= term_start),
            demo INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE member_roles (
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            role_key TEXT NOT NULL REFERENCES training_roles(key) ON DELETE CASCADE,
            PRIMARY KEY (member_id, role_key)
        );
        CREATE TABLE training_modules (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
            refresh TEXT NOT NULL CHECK (refresh IN ('every', 'term', 'once')),
            months INTEGER NOT NULL DEFAULT 0,
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            CHECK ((refresh = 'every') = (months > 0))
        );
        CREATE TABLE training_requirements (
            module_id INTEGER NOT NULL REFERENCES training_modules(id) ON DELETE CASCADE,
            role_key TEXT NOT NULL REFERENCES training_roles(key) ON DELETE CASCADE,
            PRIMARY KEY (module_id, role_key)
        );
        CREATE TABLE training_completions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            module_id INTEGER NOT NULL REFERENCES training_modules(id) ON DELETE CASCADE,
            completed_on TEXT NOT NULL,
            provider TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (member_id, module_id, completed_on)
        );
        CREATE INDEX training_completions_by_module ON training_completions (module_id);
        CREATE TABLE training_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """,
    )


SCHEMA_VERSION = len(MIGRATIONS)


def apply_migrations(database: Database, *, stop_after: int | None = None) -> None:
    """Apply every pending change (or up to ``stop_after`` of them, for tests)."""
    import sqlite_utils

    migrations = sqlite_utils.Migrations(MIGRATION_SET)
    for function in MIGRATIONS[:stop_after]:
        migrations(name=function.__name__)(function)
    db = sqlite_utils.Database(database.connection, execute_plugins=False)
    migrations.apply(db)
    database.set_schema_version(len(migrations.applied(db)))
