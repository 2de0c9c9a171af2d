"""Backups: made whole before imports and migrations, rotated, listed, restored and undone."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from briefing_app.domain.backups import Backup, reason_text, size_text
from briefing_app.domain.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotFoundError,
    UnusableBackupError,
)
from briefing_app.services.backups import backup_before, backups_of, find_backup, safe_change
from briefing_app.services.opening.container import Services
from briefing_app.storage import database as database_module
from briefing_app.storage import database_files
from briefing_app.storage.database import Database
from briefing_app.storage.database_files import backup_path
from briefing_app.storage.migrations import SCHEMA_VERSION
from tests.support.files import file_digest

_ADD_REPORT = (
    "INSERT INTO reports (authority, framework, inspection_start, inspection_end, imported_at) "
    "VALUES (?, 'SIF', '2015-01-01', '2015-01-20', 'now')"
)


def _authorities(database: Database) -> list[str]:
    return [row[0] for row in database.query("SELECT authority FROM reports ORDER BY id")]


def test_backup_before_an_import_is_whole_and_named_for_it(services: Services) -> None:
    backup = backup_before(services.database, "import-report")
    assert backup.reason == "before-import-report"
    assert backup.reason_text == "made before an inspection report was imported"
    assert backup.schema_version == SCHEMA_VERSION
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("SELECT count(*) FROM findings").fetchone()[0] == 163
    copy.close()
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.name]


def test_safe_change_backs_up_then_saves_all_or_nothing(services: Services) -> None:
    database = services.database

    def import_that_fails() -> None:
        with safe_change(database, "import-report"):
            database.execute(_ADD_REPORT, ("Testshire",))
            raise RuntimeError("half way")

    with pytest.raises(RuntimeError, match="half way"):
        import_that_fails()
    assert _authorities(database) == ["Portsmouth City Council"]
    assert [b.reason for b in services.backups.all()] == ["before-import-report"]

    with safe_change(database, "import-report"):
        database.execute(_ADD_REPORT, ("Testshire",))
    assert _authorities(database) == ["Portsmouth City Council", "Testshire"]
    assert len(services.backups.all()) == 2


def test_rotation_keeps_the_newest_ten_and_never_the_one_being_restored(
    services: Services,
) -> None:
    oldest = services.backups.make("manual")
    for _ in range(database_module.BACKUPS_KEPT - 1):
        services.backups.make("manual")
    assert len(services.backups.all()) == database_module.BACKUPS_KEPT
    services.backups.restore(oldest)
    kept = services.backups.all()
    assert len(kept) == database_module.BACKUPS_KEPT + 1
    assert oldest in kept
    services.backups.make("manual")
    assert len(services.backups.all()) == database_module.BACKUPS_KEPT
    assert oldest not in services.backups.all()


def test_restore_replaces_everything_and_can_be_undone(services: Services) -> None:
    database = services.database
    backup = services.backups.make("manual")
    database.execute(_ADD_REPORT, ("Testshire",))
    database.execute("DELETE FROM glossary")

    undo = services.backups.restore(backup)
    assert undo.reason == "before-restore"
    assert _authorities(database) == ["Portsmouth City Council"]
    assert database.count("glossary") > 40
    assert database.scalar("PRAGMA journal_mode") == "wal"
    assert database.scalar("PRAGMA integrity_check") == "ok"

    services.backups.restore(undo)
    assert _authorities(database) == ["Portsmouth City Council", "Testshire"]
    assert database.count("glossary") == 0


def test_an_older_backup_is_brought_up_to_date_as_it_is_restored(
    services: Services, tmp_path: Path
) -> None:
    older = tmp_path / "older.sqlite3"
    from briefing_app.storage.database import apply_migrations

    connection = sqlite3.connect(older, isolation_level=None)
    database = Database(older, connection)
    apply_migrations(database, stop_after=1)
    database.execute(_ADD_REPORT, ("Oldshire",))
    connection.close()
    target = backup_path(services.database_path, datetime(2015, 1, 1), "manual")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(older.read_bytes())
    backup = find_backup(services.database_path, target.name)
    assert backup.schema_version == 1

    services.backups.restore(backup)
    assert services.database.schema_version() == SCHEMA_VERSION
    # Its own data comes back, and the default data it never had is added.
    assert _authorities(services.database) == ["Oldshire", "Portsmouth City Council"]
    assert services.database.count("glossary") > 40


@pytest.mark.parametrize("problem", ["damaged", "newer"])
def test_an_unusable_backup_is_refused_and_nothing_changes(
    services: Services, problem: str
) -> None:
    backup = services.backups.make("manual")
    if problem == "damaged":
        data = bytearray(backup.path.read_bytes())
        data[4096 : 4096 * 3] = b"\xff" * 8192
        backup.path.write_bytes(bytes(data))
        expected: type[Exception] = DamagedDatabaseError
        said = "it is damaged"
    else:
        with sqlite3.connect(backup.path) as copy:
            copy.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        copy.close()
        expected = NewerDatabaseError
        said = "it was made by a newer version of the app"
    services.database.execute(_ADD_REPORT, ("Testshire",))
    backup = find_backup(services.database_path, backup.name)
    with pytest.raises(UnusableBackupError) as caught:
        services.backups.restore(backup)
    assert str(caught.value) == (
        f"The backup {backup.name} cannot be restored: {said}. "
        "The database has not been changed. Choose another backup."
    )
    assert isinstance(caught.value.__cause__, expected)
    assert _authorities(services.database) == ["Portsmouth City Council", "Testshire"]
    assert [b.reason for b in services.backups.all()] == ["manual"]


def test_a_half_written_backup_is_never_listed(services: Services) -> None:
    good = services.backups.make("manual")
    partial = good.path.with_name(good.name.replace("manual", "before-upgrade") + ".partial")
    partial.write_bytes(b"SQLite format 3\x00 cut short")
    assert [b.name for b in backups_of(services.database_path)] == [good.name]


def test_partial_backups_left_by_a_killed_backup_are_removed_once_stale(
    services: Services,
) -> None:
    """Only the app's own partial copies (by name), and only once nobody can still be
    writing them (by age): a fresh one, or a file of anyone else's, stays."""
    good = services.backups.make("manual")
    folder = good.path.parent
    stale = good.path.with_name(good.name.replace("manual", "before-upgrade") + ".partial")
    stale_journal = stale.with_name(stale.name + "-journal")
    fresh = good.path.with_name(good.name.replace("manual", "before-restore") + ".partial")
    others = [folder / "notes.sqlite3.partial", folder / "briefing-notes.sqlite3.partial"]
    for file in (stale, stale_journal, fresh, *others):
        file.write_bytes(b"SQLite format 3\x00 cut short")
    long_ago = datetime.now().timestamp() - database_files.STALE_PARTIAL.total_seconds() - 60
    for file in (stale, stale_journal, *others):
        os.utime(file, (long_ago, long_ago))
    services.backups.make("manual")
    assert not stale.exists()
    assert not stale_journal.exists()
    assert fresh.exists(), "a partial copy written just now may be another backup's, going on"
    assert all(file.exists() for file in others), "only the app's own names are removed"


def test_backups_of_a_similarly_named_database_are_not_mixed_up(tmp_path: Path) -> None:
    with Database.open(tmp_path / "briefing.sqlite3") as main:
        main.backup("manual")
    with Database.open(tmp_path / "briefing-2024.sqlite3") as other:
        other.backup("manual")
        for _ in range(database_module.BACKUPS_KEPT + 1):
            other.backup("manual")
    assert len(backups_of(tmp_path / "briefing.sqlite3")) == 1
    assert len(backups_of(tmp_path / "briefing-2024.sqlite3")) == database_module.BACKUPS_KEPT


def test_find_backup_by_number_name_or_newest(services: Services) -> None:
    first = services.backups.make("manual")
    second = services.backups.make("before-import-report")
    path = services.database_path
    assert find_backup(path, None) == second
    assert find_backup(path, "2") == first
    assert find_backup(path, first.name) == first
    with pytest.raises(NotFoundError, match="no backup '7'"):
        find_backup(path, "7")


def test_find_backup_when_there_are_none(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no backups"):
        find_backup(tmp_path / "none.sqlite3", None)


def test_backup_descriptions_are_plain_words() -> None:
    backup = Backup(
        Path("b.sqlite3"), datetime(2025, 5, 3, 10, 32, 15), "before-upgrade", 2_400_000
    )
    assert backup.describe() == (
        "3 May 2025 at 10:32:15, made before the app updated the file to a newer format (2.3 MB)"
    )
    assert reason_text("before-import-attendance") == (
        "made before a training attendance file was imported"
    )
    assert reason_text("before-tidying-the-roster") == "made before tidying the roster"
    assert reason_text("nightly") == "made for: nightly"
    assert size_text(900) == "900 bytes"
    assert size_text(12_000) == "12 KB"


def test_a_migration_is_backed_up_first_and_the_backup_left_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing_app.storage import migrations as migrations_module

    path = tmp_path / "db.sqlite3"
    Database.open(path).close()
    before = file_digest(path)

    def m999_test_notes(db: object) -> None:
        db.execute("CREATE TABLE test_notes (body TEXT)")  # type: ignore[attr-defined]

    monkeypatch.setattr(
        migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS, m999_test_notes]
    )
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Database.open(path) as database:
        backups = database.backup_list()
    assert [b.reason for b in backups] == ["before-upgrade"]
    assert backups[0].schema_version == SCHEMA_VERSION
    with sqlite3.connect(backups[0].path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert file_digest(path) != before
