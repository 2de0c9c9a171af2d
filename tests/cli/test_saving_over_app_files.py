"""An export or pack never saves over the app's own files: the open database, a backup, or a
file SQLite or the app keeps beside a database. Each command refuses, in one line, and every
such file is left byte for byte as it was."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.meetings import MeetingDetails
from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot
from tests.support.files import file_digest
from tests.support.processes import run_cli

# Each command that saves a file the user names, with where that name goes.
SAVING_COMMANDS = {
    "pack": lambda out: ["pack", "--out", out],
    "export-compliance": lambda out: ["export-compliance", out],
    "export-meeting": lambda out: ["export-meeting", "1", "--out", out],
    "export-reminders": lambda out: ["export-reminders", out],
    "export-training-table": lambda out: ["export-training-table", out],
}


@pytest.fixture
def database(app_paths: AppPaths, seeded_db_path: Path) -> Path:
    """The default data and one meeting (number 1), closed again."""
    services = AppRoot(app_paths, seeded_db_path).open()
    try:
        meeting = services.meetings.create(
            MeetingDetails("Corporate Parenting Board", date(2026, 1, 15), "Care leavers")
        )
        assert meeting.id == 1
    finally:
        services.close()
    return seeded_db_path


@pytest.mark.parametrize("command", sorted(SAVING_COMMANDS))
def test_saving_over_the_open_database_is_refused(command: str, database: Path) -> None:
    before = file_digest(database)
    result = run_cli("--database", str(database), *SAVING_COMMANDS[command](str(database)))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "holds the app's data" in result.stderr
    assert "Nothing was written" in result.stderr
    assert "Traceback" not in result.stderr
    assert file_digest(database) == before
    assert run_cli("--database", str(database), "info").returncode == 0


def test_saving_over_a_backup_or_a_file_beside_a_database_is_refused(
    database: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backups" / "old-20260101-090000-000000-manual.sqlite3"
    backup.parent.mkdir()
    shutil.copyfile(database, backup)
    # Another database, not open, with the files SQLite and the app keep beside it.
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(database, other)
    lock = other.with_name(other.name + ".lock")
    lock.write_bytes(b"\0" * 16 + b"pid 1")
    journal = other.with_name(other.name + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
    wal = tmp_path / "copied-wal"  # a write-ahead log, known by its first bytes
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    for target in (backup, other, lock, journal, wal):
        before = file_digest(target)
        result = run_cli("--database", str(database), "pack", "--out", str(target))
        assert result.returncode == 2, target
        assert "holds the app's data" in result.stderr
        assert file_digest(target) == before


def test_an_ordinary_file_of_the_same_name_is_still_replaced(
    database: Path, tmp_path: Path
) -> None:
    # A ".lock" or "-wal" name with no database beside it, and an older export, are the
    # user's to replace.
    for name in ("notes.lock", "compliance-wal", "compliance.csv"):
        target = tmp_path / name
        target.write_text("older", encoding="utf-8")
        result = run_cli("--database", str(database), "export-compliance", str(target))
        assert result.returncode == 0, result.stderr
        assert target.read_text(encoding="utf-8-sig").startswith("Member,")
