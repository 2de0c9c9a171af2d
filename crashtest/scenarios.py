"""The crash scenarios. Each is one small function, run in a child process and killed.

To add one (for example when an importer or editor lands), write a function that takes
the trial's folder and a ``ready`` callback, does its slow preparation, calls
``ready()``, then performs the operation exactly as the app does; register it with
``@scenario(name, start=...)``. ``start`` builds the files the trial begins with. The
harness works out "before" and "after" itself by running the operation to the end.

    @scenario("indicator-import", start=seeded)
    def indicator_import(folder: Path, ready: Ready) -> None:
        services = open_services(folder)
        ready()
        services.outcomes.import_csv(DATA / "indicators.csv")

Waiting on other work: report import through its service (``import-report``),
indicator CSV import, attendance CSV import and committee-mode autosave each add one
function here when they exist. Until then ``report-write`` drives the same repository
call report import will make, and ``autosave-typing`` drives many small transactions
the way autosave does.
"""

from __future__ import annotations

import shutil
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from crashtest.harness import REPO, Ready, app_paths, database, scenario
from crashtest.states import State, fingerprint

if TYPE_CHECKING:
    from briefing_app.services.container import Services

DATA = REPO / "data"
NOTES_TABLES = frozenset({"crashtest_notes", "crashtest_keystrokes"})
TYPED = (
    "Q3 answer: the director said the refresher training for board members will run in "
    "March; Cllr Wójcik asked for the date of the first session and for the numbers "
    "trained so far. Action: officers to report back."
)


def open_services(folder: Path) -> Services:
    from briefing_app.services.container import Services

    return Services.open(app_paths(folder), database(folder))


# -- how trials begin ------------------------------------------------------------------


def no_database(folder: Path) -> None:
    """Nothing yet: the first start of the app."""


@cache
def _seeded_template() -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="crashtest-template-"))
    open_services(folder).close()
    return database(folder)


def seeded(folder: Path) -> None:
    """A database made by the app from its default data."""
    shutil.copyfile(_seeded_template(), database(folder))


def format_1(folder: Path) -> None:
    """A database from the app's first format, holding the Portsmouth report."""
    from briefing_app.importers.ofsted_report import read_report_file
    from briefing_app.storage.database import Database
    from briefing_app.storage.migrations import apply_migrations
    from briefing_app.storage.reports_repo import ReportRepository

    path = database(folder)
    connection = sqlite3.connect(path, isolation_level=None)
    old = Database(path, connection)
    apply_migrations(old, stop_after=1)
    ReportRepository(old).add(read_report_file(DATA / "portsmouth-2014" / "report.txt"))
    connection.close()


def seeded_backed_up_then_changed(folder: Path) -> None:
    """A backup of the seeded data, then changes made after it."""
    seeded(folder)
    services = open_services(folder)
    services.backups.make("manual")
    with services.database.transaction():
        services.database.execute(
            "INSERT INTO reports (authority, framework, inspection_start, inspection_end, "
            "imported_at) VALUES ('Testshire County Council', 'SIF', '2016-01-04', "
            "'2016-01-22', 'now')"
        )
        services.database.execute("DELETE FROM glossary WHERE term > 'M'")
    services.close()


def seeded_with_notes(folder: Path) -> None:
    """Seeded, plus a note being typed and a log of keystrokes (tables for this test)."""
    seeded(folder)
    connection = sqlite3.connect(database(folder), isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(
        "CREATE TABLE crashtest_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, "
        "length INTEGER NOT NULL)"
    )
    connection.execute("CREATE TABLE crashtest_keystrokes (n INTEGER PRIMARY KEY, ch TEXT)")
    connection.execute("INSERT INTO crashtest_notes VALUES (1, '', 0)")
    connection.close()


# -- test-only migrations -----------------------------------------------------------


def m_crashtest_1_rebuild_findings(db: object) -> None:
    """Rebuild the findings table with a new column, the way a real schema change does."""
    for statement in (
        "CREATE TABLE findings_new (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL "
        "REFERENCES reports(id) ON DELETE CASCADE, paragraph INTEGER NOT NULL, part TEXT "
        "NOT NULL, section TEXT NOT NULL, subsection TEXT NOT NULL DEFAULT '', text TEXT "
        "NOT NULL, summary TEXT NOT NULL DEFAULT '', themes TEXT NOT NULL DEFAULT '', "
        "words INTEGER NOT NULL DEFAULT 0, UNIQUE (report_id, paragraph))",
        "INSERT INTO findings_new (id, report_id, paragraph, part, section, subsection, text, "
        "summary, themes, words) SELECT id, report_id, paragraph, part, section, subsection, "
        "text, summary, themes, length(text) - length(replace(text, ' ', '')) + 1 "
        "FROM findings",
        "DROP TABLE findings",
        "ALTER TABLE findings_new RENAME TO findings",
    ):
        db.execute(statement)  # type: ignore[attr-defined]


def m_crashtest_2_index_themes(db: object) -> None:
    db.execute("CREATE INDEX findings_by_theme ON findings (themes)")  # type: ignore[attr-defined]


# -- accepting the states an operation commits on its way ------------------------------


def typed_so_far(connection: sqlite3.Connection, state: State, before: State) -> bool:
    """Every keystroke saved is whole: the note is a prefix of the text, matching its log."""
    body, length = connection.execute("SELECT body, length FROM crashtest_notes").fetchone()
    keys = "".join(
        ch for (ch,) in connection.execute("SELECT ch FROM crashtest_keystrokes ORDER BY n")
    )
    return (
        body == TYPED[:length] == keys
        and fingerprint(connection).without(NOTES_TABLES) == before.without(NOTES_TABLES)
        and state.without(NOTES_TABLES) == before.without(NOTES_TABLES)
    )


# -- the scenarios ------------------------------------------------------------------


@scenario("fresh-database", start=no_database)
def fresh_database(folder: Path, ready: Ready) -> None:
    """The first start: build the database and load the default data."""
    ready()
    open_services(folder).close()


@scenario("migration-from-format-1", start=format_1)
def migration_from_format_1(folder: Path, ready: Ready) -> None:
    """Open a file from the first format: back it up, then apply every later migration."""
    import sqlite_utils  # noqa: F401 - loaded before the kill window: it only reads files

    from briefing_app.storage.database import Database

    ready()
    Database.open(database(folder)).close()


@scenario(
    "migration-rebuilding-a-table",
    start=seeded,
    migrations=(m_crashtest_1_rebuild_findings, m_crashtest_2_index_themes),
)
def migration_rebuilding_a_table(folder: Path, ready: Ready) -> None:
    """Open a current file with two test-only migrations to apply, one rebuilding a table."""
    import sqlite_utils  # noqa: F401 - loaded before the kill window: it only reads files

    from briefing_app.storage.database import Database

    ready()
    Database.open(database(folder)).close()


@scenario("report-write", start=seeded)
def report_write(folder: Path, ready: Ready) -> None:
    """Write a whole parsed report, backed up first: what report import does."""
    from briefing_app.importers.ofsted_report import read_report_file
    from briefing_app.services.backups import safe_change
    from briefing_app.storage.reports_repo import ReportRepository

    services = open_services(folder)
    report = read_report_file(DATA / "portsmouth-2014" / "report.txt")
    ready()
    with safe_change(services.database, "import-report"):
        ReportRepository(services.database).add(report)
    services.close()


@scenario("backup-restore", start=seeded_backed_up_then_changed)
def backup_restore(folder: Path, ready: Ready) -> None:
    """Restore a backup over changed data (what File > Restore from backup does)."""
    services = open_services(folder)
    backup = services.backups.all()[-1]
    ready()
    services.backups.restore(backup)
    services.close()


@scenario("autosave-typing", start=seeded_with_notes, accept=typed_so_far)
def autosave_typing(folder: Path, ready: Ready) -> None:
    """Save a note on every keystroke, each save its own transaction, as autosave does."""
    services = open_services(folder)
    db = services.database
    ready()
    for length in range(1, len(TYPED) + 1):
        with db.transaction():
            db.execute(
                "UPDATE crashtest_notes SET body = ?, length = ? WHERE id = 1",
                (TYPED[:length], length),
            )
            db.execute(
                "INSERT INTO crashtest_keystrokes (n, ch) VALUES (?, ?)",
                (length, TYPED[length - 1]),
            )
    services.close()
