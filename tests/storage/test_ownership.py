"""The one rule before anything is written to a file: it is the app's.

The app's files carry its application id; files an earlier version made are known by
their schema and marked in the same transaction as their next update; anything else
(another program's database, a database marked by another program, an SQLite file with
nothing in it) is refused before a single byte changes, by every way in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_app.domain.errors import DamagedDatabaseError, NotOursError, UnusableBackupError
from briefing_app.services.backups import find_backup
from briefing_app.services.opening.container import Services
from briefing_app.storage import database as database_module
from briefing_app.storage import health
from briefing_app.storage import migrations as migrations_module
from briefing_app.storage.database import Database, apply_migrations
from briefing_app.storage.file_state import UNCHANGED
from briefing_app.storage.migrations import SCHEMA_VERSION
from briefing_app.storage.ownership import APPLICATION_ID
from tests.safety.bad_files import folder_listing
from tests.support.processes import run_cli


def _places(path: Path) -> None:
    """What a web browser keeps its history in."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org/')")
    connection.close()


def _places_with_a_version(path: Path) -> None:
    _places(path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 6")
    connection.close()


def _places_in_wal_mode(path: Path) -> None:
    _places_with_a_version(path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()


def _marked_by_another_program(path: Path) -> None:
    """The app's own tables, but another program's mark: still not the app's."""
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA application_id = 1234")
    connection.close()


def _nothing_in_it(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("VACUUM")
    connection.close()


def _look_alike(path: Path) -> None:
    """The app's table names and a migrations table, but records the app never made."""
    with sqlite3.connect(path) as connection:
        for table in ("reports", "judgements", "findings", "recommendations", "seeds"):
            connection.execute(f"CREATE TABLE {table} (id)")
        connection.execute("CREATE TABLE _sqlite_migrations (migration_set, name, applied_at)")
        connection.execute(
            "INSERT INTO _sqlite_migrations VALUES ('briefing_app', 'something_else', 'now')"
        )
        connection.execute("PRAGMA user_version = 1")
    connection.close()


OTHER_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "another program's tables": (_places, "moz_places"),
    "another program's tables and version": (_places_with_a_version, "moz_places"),
    "another program's, in WAL mode": (_places_in_wal_mode, "moz_places"),
    "marked by another program": (_marked_by_another_program, "application id 1234"),
    "nothing in it": (_nothing_in_it, "holds no tables"),
    "the app's names, not its records": (_look_alike, "such as reports"),
}


@pytest.mark.parametrize("name", list(OTHER_FILES))
def test_another_programs_file_is_refused_before_a_byte_changes(name: str, tmp_path: Path) -> None:
    make, named = OTHER_FILES[name]
    path = tmp_path / "x.sqlite3"
    make(path)
    before = folder_listing(tmp_path)
    with pytest.raises(NotOursError) as caught:
        Database.open(path)
    assert folder_listing(tmp_path) == before, "no byte changed and no file was added"
    message = str(caught.value)
    assert "made by another program" in message
    assert named in message
    assert message.endswith(UNCHANGED)


@pytest.mark.parametrize("name", ["another program's tables and version", "nothing in it"])
def test_the_command_line_refuses_it_in_one_plain_line_and_offers_no_way_to_take_it(
    name: str, tmp_path: Path
) -> None:
    make, _named = OTHER_FILES[name]
    path = tmp_path / "x.sqlite3"
    make(path)
    before = folder_listing(tmp_path)
    for command in (["info"], ["start-fresh"], ["writable-copy"], ["backups", "create"]):
        result = run_cli(*command, "--database", str(path))
        assert result.returncode == 2, command
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert "made by another program" in lines[0]
        assert "start-fresh'" not in lines[0], "setting it aside would take it from its program"
        assert folder_listing(tmp_path) == before, command


def test_a_backup_that_is_another_programs_file_is_not_restored(services: Services) -> None:
    good = services.backups.make("manual")
    impostor = good.path.with_name(good.name.replace("manual", "before-restore"))
    _places_with_a_version(impostor)
    backup = find_backup(services.database_path, impostor.name)
    live = services.database.count("reports")
    with pytest.raises(UnusableBackupError) as caught:
        services.backups.restore(backup)
    assert "made by another program" in str(caught.value)
    assert services.database.count("reports") == live


def test_backups_restore_on_the_command_line_refuses_such_a_backup(
    seeded_db_path: Path,
) -> None:
    with Database.open(seeded_db_path) as database:
        good = database.backup("manual")
    impostor = good.with_name(good.name.replace("manual", "before-restore"))
    _places(impostor)
    before = folder_listing(seeded_db_path.parent)
    result = run_cli("backups", "restore", impostor.name, "--database", str(seeded_db_path))
    assert result.returncode == 2
    assert "made by another program" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert folder_listing(seeded_db_path.parent) == before


def _earlier_version(path: Path, version: int) -> None:
    """A file as an earlier version of the app left it: its schema and records, no mark."""
    with Database.open(path) as database:
        pass
    path.unlink()
    connection = sqlite3.connect(path, isolation_level=None)
    database = Database(path, connection)
    apply_migrations(database, stop_after=version)
    connection.execute("PRAGMA application_id = 0")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()


@pytest.mark.parametrize("version", [1, SCHEMA_VERSION - 1, SCHEMA_VERSION])
def test_a_file_an_earlier_version_made_is_known_by_its_schema_and_marked(
    version: int, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    _earlier_version(path, version)
    with Database.open(path) as database:
        assert database.scalar("PRAGMA application_id") == APPLICATION_ID
        assert database.schema_version() == SCHEMA_VERSION
        backups = database.backups()
    assert len(backups) == 1, "backed up before it was changed"
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA application_id").fetchone()[0] == 0
    copy.close()


def test_the_mark_is_given_in_the_same_transaction_as_the_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    _earlier_version(path, 1)

    def broken(db: object) -> None:
        raise RuntimeError("the update failed part-way")

    monkeypatch.setattr(
        migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS[:1], broken]
    )
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", 2)
    with pytest.raises(RuntimeError):
        Database.open(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == 0
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    connection.close()


def test_the_file_is_said_to_be_unchanged_only_when_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refusal after something wrote to the file must not promise it is as it was."""
    path = tmp_path / "db.sqlite3"
    Database.open(path).close()

    def writes_then_refuses(checked: Path, newest: int) -> None:
        with sqlite3.connect(checked) as connection:
            connection.execute("CREATE TABLE scribbled (x)")
        connection.close()
        raise DamagedDatabaseError(checked, "It is damaged.", "Restore a backup.")

    monkeypatch.setattr(health, "check_existing_file", writes_then_refuses)
    with pytest.raises(DamagedDatabaseError) as caught:
        Database.open(path)
    assert UNCHANGED not in str(caught.value)
