"""Opening, migrating and refusing database files."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_app.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
)
from briefing_app.storage import database as database_module
from briefing_app.storage import migrations as migrations_module
from briefing_app.storage.database import Database
from briefing_app.storage.migrations import SCHEMA_VERSION
from tests.support.files import file_digest


def _tables(db: Database) -> set[str]:
    return {row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "new.sqlite3"
    with Database.open(path) as db:
        assert db.schema_version() == SCHEMA_VERSION
        assert {"reports", "judgements", "findings", "recommendations", "strengths"} <= _tables(db)
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA synchronous") == 2  # FULL
        assert db.scalar("PRAGMA busy_timeout") == 5000
        assert db.scalar("PRAGMA foreign_keys") == 1
        applied = db.query("SELECT name FROM _sqlite_migrations ORDER BY id")
        assert [row["name"] for row in applied] == [
            f.__name__ for f in migrations_module.MIGRATIONS
        ]


def test_existing_file_reopens_without_changes_to_its_schema(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with Database.open(path) as db:
        db.execute(
            "INSERT INTO reports (authority, framework, inspection_start, inspection_end, "
            "imported_at) VALUES ('X', 'SIF', '2014-01-01', '2014-01-02', 'now')"
        )
    with Database.open(path) as db:
        assert db.count("reports") == 1
        assert db.schema_version() == SCHEMA_VERSION
        assert db.backups() == []


def test_existing_file_at_an_older_version_is_migrated_after_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    with Database.open(path) as db:
        db.execute(
            "INSERT INTO reports (authority, framework, inspection_start, inspection_end, "
            "imported_at) VALUES ('Kept', 'SIF', '2014-01-01', '2014-01-02', 'now')"
        )

    def m999_add_notes(db: object) -> None:
        db.execute("CREATE TABLE test_notes (id INTEGER PRIMARY KEY, body TEXT)")  # type: ignore[attr-defined]

    monkeypatch.setattr(
        migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS, m999_add_notes]
    )
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(migrations_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Database.open(path) as db:
        assert db.schema_version() == SCHEMA_VERSION + 1
        assert "test_notes" in _tables(db)
        assert db.scalar("SELECT authority FROM reports") == "Kept"
        backups = db.backups()
    assert len(backups) == 1
    assert "before-upgrade" in backups[0].name
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert old.execute("SELECT authority FROM reports").fetchone()[0] == "Kept"


def test_a_failed_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    Database.open(path).close()

    def m999_breaks(db: object) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER)")  # type: ignore[attr-defined]
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(
        migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS, m999_breaks]
    )
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        Database.open(path)
    monkeypatch.undo()
    with Database.open(path) as db:
        assert "half_done" not in _tables(db)
        assert db.schema_version() == SCHEMA_VERSION


def test_transaction_rolls_back_everything_on_error(tmp_path: Path) -> None:
    def write_then_fail(db: Database) -> None:
        with db.transaction():
            db.execute(
                "INSERT INTO reports (authority, framework, inspection_start, inspection_end, "
                "imported_at) VALUES ('X', 'SIF', '2014-01-01', '2014-01-02', 'now')"
            )
            with db.transaction():
                db.execute("INSERT INTO seeds (name, applied_at) VALUES ('a', 'now')")
            raise ValueError("stop")

    with Database.open(tmp_path / "db.sqlite3") as db:
        with pytest.raises(ValueError, match="stop"):
            write_then_fail(db)
        assert db.count("reports") == 0
        assert db.count("seeds") == 0


def test_backups_are_rotated(tmp_path: Path) -> None:
    with Database.open(tmp_path / "db.sqlite3") as db:
        made = [db.backup(f"test{n}") for n in range(database_module.BACKUPS_KEPT + 3)]
        kept = db.backups()
    assert len(kept) == database_module.BACKUPS_KEPT
    assert set(kept) == set(made[-database_module.BACKUPS_KEPT :])


def _make_newer(path: Path) -> None:
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _make_text(path: Path) -> None:
    path.write_text("name,ward\nAda,North\n", encoding="utf-8")


def _make_empty(path: Path) -> None:
    path.write_bytes(b"")


def _make_pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 50)


def _make_damaged(path: Path) -> None:
    with Database.open(path) as db:
        db.execute("CREATE TABLE filler (body TEXT)")
        db.connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))


def _make_truncated(path: Path) -> None:
    _make_damaged_source = path.with_suffix(".src")
    with Database.open(_make_damaged_source) as db:
        db.execute("CREATE TABLE filler (body TEXT)")
        db.connection.executemany("INSERT INTO filler VALUES (?)", [("y" * 500,)] * 400)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = _make_damaged_source.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (_make_newer, NewerDatabaseError, "newer version"),
        (_make_text, NotADatabaseError, "not a database"),
        (_make_empty, NotADatabaseError, "is empty"),
        (_make_pdf, NotADatabaseError, "not a database"),
        (_make_damaged, DamagedDatabaseError, "damaged"),
        (_make_truncated, DamagedDatabaseError, "damaged"),
    ],
    ids=["newer", "text", "empty", "pdf", "damaged", "truncated"],
)
def test_unusable_file_is_refused_and_left_unchanged(
    tmp_path: Path, make: Callable[[Path], None], error: type[DatabaseError], words: str
) -> None:
    path = tmp_path / "briefing.sqlite3"
    make(path)
    before = file_digest(path)
    size = path.stat().st_size
    with pytest.raises(error) as caught:
        Database.open(path)
    assert words in caught.value.message
    assert str(path) in caught.value.message
    assert caught.value.advice
    assert file_digest(path) == before
    assert path.stat().st_size == size
