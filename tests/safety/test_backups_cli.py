"""``briefing-app backups list|create|restore``, run as a user would: real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.files import file_digest
from tests.support.processes import run_cli


def _counts(database: Path) -> dict[str, int]:
    result = run_cli("info", "--json", "--database", str(database))
    assert result.returncode == 0, result.stderr
    counts: dict[str, int] = json.loads(result.stdout)["counts"]
    return counts


def test_create_list_and_restore(seeded_db_path: Path) -> None:
    db = str(seeded_db_path)
    assert run_cli("backups", "list", "--database", db).stdout.startswith("There are no backups")
    created = run_cli("backups", "create", "--database", db)
    assert created.returncode == 0, created.stderr
    assert "Backed up" in created.stdout

    # Change the database after the backup: take the glossary out.
    import sqlite3

    with sqlite3.connect(seeded_db_path) as connection:
        connection.execute("DELETE FROM glossary")
    connection.close()
    assert _counts(seeded_db_path)["terms"] == 0

    listed = json.loads(run_cli("backups", "list", "--json", "--database", db).stdout)
    assert [(b["number"], b["reason"]) for b in listed] == [(1, "manual")]
    assert listed[0]["format_version"] >= 1
    assert Path(listed[0]["path"]).is_file()

    restored = run_cli("backups", "restore", "1", "--database", db)
    assert restored.returncode == 0, restored.stderr
    assert "restore that one to undo this" in restored.stdout
    assert _counts(seeded_db_path)["terms"] > 40

    text = run_cli("backups", "list", "--database", db).stdout
    assert "1. " in text
    assert "made before a backup was restored" in text
    assert "2. " in text
    assert "made by hand" in text

    undone = run_cli("backups", "restore", "--database", db)  # the newest: the undo point
    assert undone.returncode == 0, undone.stderr
    assert _counts(seeded_db_path)["terms"] == 0


def test_restore_of_a_backup_that_is_not_there_exits_2(seeded_db_path: Path) -> None:
    assert run_cli("backups", "create", "--database", str(seeded_db_path)).returncode == 0
    result = run_cli("backups", "restore", "9", "--database", str(seeded_db_path))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no backup '9'" in result.stderr


def test_restore_with_no_backups_exits_2(tmp_path: Path) -> None:
    result = run_cli("backups", "restore", "--database", str(tmp_path / "none.sqlite3"))
    assert result.returncode == 2
    assert "no backups" in result.stderr
    assert not (tmp_path / "none.sqlite3").exists()


def _damage(backup: Path, how: str) -> None:
    data = backup.read_bytes()
    if how == "truncated":
        backup.write_bytes(data[: len(data) // 3])
    elif how == "empty":
        backup.write_bytes(b"")
    else:  # a page of the file overwritten with noise, header kept
        backup.write_bytes(data[:4096] + bytes(range(256)) * 64 + data[4096 + 16384 :])


@pytest.mark.parametrize("how", ["truncated", "empty", "scrambled"])
@pytest.mark.parametrize("database_state", ["healthy", "damaged"])
def test_a_damaged_backup_is_refused_and_blamed_not_the_database(
    seeded_db_path: Path, how: str, database_state: str
) -> None:
    """Restoring a backup that cannot be used says the backup is the problem and to choose
    another; the database (healthy, or itself damaged) is left exactly as it was."""
    db = str(seeded_db_path)
    assert run_cli("backups", "create", "--database", db).returncode == 0
    backup = Path(
        json.loads(run_cli("backups", "list", "--json", "--database", db).stdout)[0]["path"]
    )
    _damage(backup, how)
    if database_state == "damaged":
        seeded_db_path.write_bytes(b"not a database at all")
    before = file_digest(seeded_db_path)
    result = run_cli("backups", "restore", "1", "--database", db)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert f"The backup {backup.name} cannot be restored" in result.stderr
    assert "The database has not been changed. Choose another backup." in result.stderr
    assert "start a fresh database beside it" not in result.stderr
    assert file_digest(seeded_db_path) == before
