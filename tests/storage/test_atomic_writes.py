"""Whole or nothing: new databases, migrations and copies never appear half made."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing_app.storage import database as database_module
from briefing_app.storage import migrations as migrations_module
from briefing_app.storage.database import Database, check_existing_file
from briefing_app.storage.migrations import SCHEMA_VERSION


def test_a_new_database_that_fails_while_being_filled_never_appears(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"

    def populate(database: Database) -> None:
        database.execute("CREATE TABLE half (x)")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        Database.open(path, populate=populate)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_leftovers_of_a_crashed_first_start_are_cleared(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    (tmp_path / "new.sqlite3.new").write_bytes(b"SQLite format 3\x00half")
    (tmp_path / "new.sqlite3.new-journal").write_bytes(b"junk")
    (tmp_path / "new.sqlite3.new.partial").write_bytes(b"SQLite format 3\x00cut")
    (tmp_path / "new.sqlite3.new.partial-journal").write_bytes(b"junk")
    with Database.open(path) as database:
        assert database.schema_version() == SCHEMA_VERSION
        assert database.scalar("PRAGMA journal_mode") == "wal"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.sqlite3"]


def test_pending_migrations_commit_together_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    Database.open(path).close()

    def m998_first(db: object) -> None:
        db.execute("CREATE TABLE first_change (x)")  # type: ignore[attr-defined]

    def m999_second(db: object) -> None:
        raise RuntimeError("second change fails")

    monkeypatch.setattr(
        migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS, m998_first, m999_second]
    )
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", SCHEMA_VERSION + 2)
    with pytest.raises(RuntimeError, match="second change"):
        Database.open(path)
    monkeypatch.undo()
    with Database.open(path) as database:
        assert not database.table_exists("first_change")
        assert database.schema_version() == SCHEMA_VERSION
        names = [r[0] for r in database.query("SELECT name FROM _sqlite_migrations")]
        assert "m998_first" not in names


def test_a_health_check_leaves_nothing_beside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Database.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]
    check_existing_file(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]


def test_closing_removes_the_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = Database.open(path)
    assert (tmp_path / "db.sqlite3.lock").exists()
    database.close()
    assert not (tmp_path / "db.sqlite3.lock").exists()


def test_a_database_file_from_before_wal_is_still_opened(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    with Database.open(path) as database:
        assert database.scalar("PRAGMA journal_mode") == "wal"


def test_leftovers_of_an_interrupted_restore_are_cleared_when_the_file_is_opened(
    tmp_path: Path,
) -> None:
    path = tmp_path / "db.sqlite3"
    Database.open(path).close()
    (tmp_path / "db.sqlite3.new.partial").write_bytes(b"SQLite format 3\x00cut")
    (tmp_path / "db.sqlite3.new").write_bytes(b"SQLite format 3\x00cut")
    Database.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]
