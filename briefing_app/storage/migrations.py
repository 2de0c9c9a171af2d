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
            number INTEGER NOT NULL,
            paragraph INTEGER,
            text TEXT NOT NULL,
            priority INTEGER NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            part TEXT NOT NULL,
            UNIQUE (report_id, number)
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
def m_reports_1_findings_search(db: sqlite_utils.Database) -> None:
    """Full-text search over every report's paragraphs, accents folded ("Wojcik" finds "Wójcik").

    Triggers keep the index in step with the findings table, including cascaded deletes.
    """
    columns = "text, section, subsection"
    statements = [
        "CREATE VIRTUAL TABLE findings_fts USING fts5("
        f"{columns}, content='findings', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')",
        "INSERT INTO findings_fts(findings_fts) VALUES ('rebuild')",
        "CREATE TRIGGER findings_fts_insert AFTER INSERT ON findings BEGIN "
        f"INSERT INTO findings_fts (rowid, {columns}) "
        "VALUES (new.id, new.text, new.section, new.subsection); END",
        "CREATE TRIGGER findings_fts_delete AFTER DELETE ON findings BEGIN "
        f"INSERT INTO findings_fts (findings_fts, rowid, {columns}) "
        "VALUES ('delete', old.id, old.text, old.section, old.subsection); END",
        "CREATE TRIGGER findings_fts_update AFTER UPDATE ON findings BEGIN "
        f"INSERT INTO findings_fts (findings_fts, rowid, {columns}) "
        "VALUES ('delete', old.id, old.text, old.section, old.subsection); "
        f"INSERT INTO findings_fts (rowid, {columns}) "
        "VALUES (new.id, new.text, new.section, new.subsection); END",
        "CREATE INDEX reports_same_inspection ON reports "
        "(authority COLLATE NOCASE, inspection_start, inspection_end)",
    ]
    for statement in statements:
        db.execute(statement)


@migration
def m_outcomes_1_indicators(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE indicators (
            key TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            audience TEXT NOT NULL,
            topic TEXT NOT NULL,
            unit TEXT NOT NULL,
            polarity TEXT NOT NULL,
            statement TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE indicator_values (
            id INTEGER PRIMARY KEY,
            indicator TEXT NOT NULL REFERENCES indicators(key) ON DELETE CASCADE,
            as_at TEXT NOT NULL,
            period TEXT NOT NULL,
            value REAL NOT NULL,
            count INTEGER,
            denominator INTEGER,
            england REAL,
            statistical_neighbours REAL,
            region REAL,
            england_stated TEXT NOT NULL DEFAULT '',
            neighbours_stated TEXT NOT NULL DEFAULT '',
            region_stated TEXT NOT NULL DEFAULT '',
            paragraphs TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            document TEXT NOT NULL DEFAULT '',
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
            quote TEXT NOT NULL DEFAULT '',
            working TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            UNIQUE (indicator, as_at)
        );
        CREATE INDEX indicator_values_by_indicator ON indicator_values (indicator, as_at);
        CREATE TABLE report_sections (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            heading TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (report_id, heading)
        );
        CREATE TABLE summaries (
            audience TEXT NOT NULL,
            topic TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (audience, topic)
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
