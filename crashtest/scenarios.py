"""The crash scenarios. Each is one small function, run in a child process and killed.

To add one (for example when an importer or editor lands), write a function that takes
the trial's folder and a ``ready`` callback, does its slow preparation, calls
``ready()``, then performs the operation exactly as the app does; register it with
``@scenario(name, start=...)``. ``start`` builds the files the trial begins with. The
harness works out "before" and "after" itself by running the operation to the end.

    @scenario("indicator-import", start=seeded_with_figures_file)
    def indicator_import(folder: Path, ready: Ready) -> None:
        services = open_services(folder)
        ready()
        OutcomesService(services.database).import_figures(folder / FIGURES_FILE)

An operation that commits more than once (committee mode saves as the answer is typed)
also gives ``accept``: which states in between are ones it commits on its way.
"""

from __future__ import annotations

import shutil
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from crashtest.committee import plan_meeting, run_meeting, saved_so_far
from crashtest.harness import REPO, Ready, app_paths, database, scenario

if TYPE_CHECKING:
    from briefing_app.services.opening.container import Services

DATA = REPO / "data"
# Ofsted's PDF of the 2014 Portsmouth inspection: the report the default data holds.
REPORT_PDF = REPO / "samples" / "ofsted-reports" / "portsmouth-2014-09-01.pdf"
FIGURES_FILE = "figures 2015.csv"
ATTENDANCE_FILE = "attendance.csv"
# A DfE table, as the DfE published it, and the app's compressed copy of it.
STATISTICS_FILE = "la_cla_at_31_march_placement_stability_indicator.csv"
STATISTICS_SOURCE = REPO / "sources" / "dfe" / "cla-2022-release" / f"{STATISTICS_FILE}.gz"
MEMBERS_FILE = "councillors.csv"


def open_services(folder: Path) -> Services:
    from briefing_app.services.opening.root import AppRoot

    return AppRoot(app_paths(folder), database(folder)).open()


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
    from briefing_app.storage.database import Database, apply_migrations

    path = database(folder)
    connection = sqlite3.connect(path, isolation_level=None)
    old = Database(path, connection)
    apply_migrations(old, stop_after=1)
    # Written with the first format's columns: the repository writes today's.
    report = read_report_file(DATA / "portsmouth-2014" / "report.txt")
    with old.transaction():
        report_id = old.execute(
            "INSERT INTO reports (authority, framework, inspection_start, inspection_end, "
            "published, title, source_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'now')",
            (
                report.authority,
                report.framework.value,
                report.inspection_start.isoformat(),
                report.inspection_end.isoformat(),
                report.published.isoformat() if report.published else None,
                report.title,
                report.source_name,
            ),
        ).lastrowid
        connection.executemany(
            "INSERT INTO judgements (report_id, area, grade, label) VALUES (?, ?, ?, ?)",
            [(report_id, j.area.value, j.grade.value, j.label) for j in report.judgements],
        )
        connection.executemany(
            "INSERT INTO findings (report_id, paragraph, part, section, subsection, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (report_id, f.paragraph, f.part.value, f.section, f.subsection, f.text)
                for f in report.findings
            ],
        )
        connection.executemany(
            "INSERT INTO recommendations (report_id, number, paragraph, text, priority, topic, "
            "part) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (report_id, r.number, r.paragraph, r.text, int(r.priority), r.topic, r.part.value)
                for r in report.recommendations
            ],
        )
        connection.executemany(
            "INSERT INTO strengths (report_id, paragraph, part) VALUES (?, ?, ?)",
            [(report_id, s.paragraph, s.part.value) for s in report.strengths],
        )
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


def seeded_with_figures_file(folder: Path) -> None:
    """Seeded, with a CSV of next year's figure for every indicator the data holds."""
    from briefing_app.services.outcomes import OutcomesService

    seeded(folder)
    services = open_services(folder)
    rows = []
    for indicator in OutcomesService(services.database).indicators():
        current = indicator.current
        if current is not None:
            later = current.as_at.replace(year=current.as_at.year + 1)
            rows.append([indicator.key, later.isoformat(), f"{current.value:g}", "Annual return"])
    services.close()
    _write_csv(folder / FIGURES_FILE, ["key", "as_at", "value", "document"], rows)


def seeded_with_attendance_file(folder: Path) -> None:
    """Seeded, with a CSV recording every member at every module three days ago."""
    from datetime import date, timedelta

    from briefing_app.services.training.service import TrainingService

    seeded(folder)
    services = open_services(folder)
    training = TrainingService(services.database)
    day = (date.today() - timedelta(days=3)).isoformat()
    rows = [
        [member.name, member.ward, module.name, day, "Council training team"]
        for member in training.members()
        for module in training.catalogue().modules
    ]
    services.close()
    _write_csv(folder / ATTENDANCE_FILE, ["member", "ward", "module", "date", "provider"], rows)


def seeded_with_statistics_and_a_dfe_file(folder: Path) -> None:
    """Seeded, holding the DfE figures the app ships, with one of the DfE's own files."""
    import gzip

    from briefing_app.services.statistics import load_shipped_statistics

    seeded(folder)
    services = open_services(folder)
    load_shipped_statistics(services.database, DATA)
    services.close()
    (folder / STATISTICS_FILE).write_bytes(gzip.decompress(STATISTICS_SOURCE.read_bytes()))


def seeded_with_members_file(folder: Path) -> None:
    """Seeded, with a council's list of 40 councillors: importing it adds them all and
    takes the demonstration roster away, in one go."""
    seeded(folder)
    rows = [
        [f"Councillor {number:02d}", "Independent", f"Ward {number % 7}", "", "", "2022-05-05"]
        for number in range(40)
    ]
    _write_csv(
        folder / MEMBERS_FILE, ["name", "party", "ward", "email", "roles", "term_start"], rows
    )


def seeded_with_a_meeting(folder: Path) -> None:
    """Seeded, with a committee meeting of three questions planned."""
    seeded(folder)
    services = open_services(folder)
    plan_meeting(services)
    services.close()


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


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


@scenario("backup-restore", start=seeded_backed_up_then_changed)
def backup_restore(folder: Path, ready: Ready) -> None:
    """Restore a backup over changed data (what File > Restore from backup does)."""
    services = open_services(folder)
    backup = services.backups.all()[-1]
    ready()
    services.backups.restore(backup)
    services.close()


@scenario("report-import", start=seeded)
def report_import(folder: Path, ready: Ready) -> None:
    """Import Ofsted's PDF of the report held, replacing it (``import-report --replace``)."""
    from briefing_app.services.report_import import DuplicateChoice

    services = open_services(folder)
    report = services.imports.read(REPORT_PDF)  # reading writes nothing
    ready()
    services.imports.save(report, DuplicateChoice.REPLACE)
    services.close()


@scenario("indicator-import", start=seeded_with_figures_file)
def indicator_import(folder: Path, ready: Ready) -> None:
    """Import a CSV of figures (File > Import indicator figures, ``import-indicators``)."""
    from briefing_app.services.outcomes import OutcomesService

    services = open_services(folder)
    outcomes = OutcomesService(services.database)
    outcomes.definitions()
    ready()
    outcomes.import_figures(folder / FIGURES_FILE)
    services.close()


@scenario("members-import", start=seeded_with_members_file)
def members_import(folder: Path, ready: Ready) -> None:
    """Import the council's list of councillors (File > Import councillors)."""
    from briefing_app.services.training.members import apply_members_import, plan_members_import
    from briefing_app.services.training.service import TrainingService

    services = open_services(folder)
    training = TrainingService(services.database)
    plan = plan_members_import(training, folder / MEMBERS_FILE)  # reads, writes nothing
    ready()
    apply_members_import(training, plan)
    services.close()


@scenario("attendance-import", start=seeded_with_attendance_file)
def attendance_import(folder: Path, ready: Ready) -> None:
    """Import a training attendance CSV: checked first, then recorded (Training page)."""
    from briefing_app.services.training.attendance import (
        apply_attendance_import,
        plan_attendance_import,
    )
    from briefing_app.services.training.service import TrainingService

    services = open_services(folder)
    training = TrainingService(services.database)
    plan = plan_attendance_import(training, folder / ATTENDANCE_FILE)  # reads, writes nothing
    ready()
    apply_attendance_import(training, plan)
    services.close()


@scenario("statistics-import", start=seeded_with_statistics_and_a_dfe_file)
def statistics_import(folder: Path, ready: Ready) -> None:
    """Import a DfE table (every year it holds replaced for every council at once)."""
    from briefing_app.services.statistics import StatisticsService

    services = open_services(folder)
    statistics = StatisticsService(services.database, DATA)
    files = statistics.read([folder / STATISTICS_FILE])  # reading writes nothing
    ready()
    statistics.save(files)
    services.close()


@scenario("committee-typing", start=seeded_with_a_meeting, accept=saved_so_far)
def committee_typing(folder: Path, ready: Ready) -> None:
    """Run committee mode: type two answers key by key (autosaved), mark them, leave."""
    services = open_services(folder)
    [meeting] = services.meetings.meetings()
    run_meeting(services, meeting.meeting.id, ready)
    services.close()
