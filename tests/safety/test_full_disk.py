"""A full disk, while the backup before a change is taken or while the change is written:
a plain message that says the disk is full and nothing was changed, and nothing left behind.

The full disk is SQLite's own: ``PRAGMA max_page_count`` caps how many pages a
connection may write, and SQLite then fails exactly as on a full disk (``SQLITE_FULL``,
"database or disk is full"). For the backup, the connection the copy is written through
is capped (by patching ``database_files._open_copy``, the one place that opens it); for
the change itself, the open database's own connection is capped at the pages it has.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.domain.errors import DiskFullError
from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.storage import database_files
from briefing_app.storage.database import Database
from crashtest.states import State, fingerprint
from tests.safety.bad_files import folder_listing


def _figures(folder: Path) -> Path:
    """Thirty figures with long notes: more than the pages the database has room in."""
    path = folder / "figures.csv"
    rows = [
        f"cla-count,{year}-03-31,31 March {year},{300 + year % 50},Return {year},{'n' * 2000}"
        for year in range(1990, 2020)
    ]
    path.write_text("key,as_at,period,value,document,note\n" + "\n".join(rows), "utf-8")
    return path


def _contents(path: Path) -> State:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return fingerprint(connection)
    finally:
        connection.close()


def _full_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every copy the app writes (its backups) meets a full disk after its first page."""
    opened = database_files._open_copy

    def capped(partial: Path) -> sqlite3.Connection:
        connection = opened(partial)
        connection.execute("PRAGMA max_page_count = 1")
        return connection

    monkeypatch.setattr(database_files, "_open_copy", capped)


def _no_room_to_grow(database: Database) -> None:
    pages = database.scalar("PRAGMA page_count")
    database.execute(f"PRAGMA max_page_count = {pages}")


def _backups(services: Services) -> dict[str, bytes]:
    folder = services.database.backup_dir
    return folder_listing(folder) if folder.is_dir() else {}


def test_full_disk_while_backing_up_before_an_import(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.backups.make("manual")
    before, backups = _contents(services.database_path), _backups(services)
    _full_copies(monkeypatch)
    with pytest.raises(DiskFullError) as caught:
        services.outcomes.import_figures(_figures(tmp_path))
    assert str(caught.value) == (
        "The disk is full, so the backup the app makes before every change could not be "
        "saved. Nothing was changed: briefing.sqlite3 holds what it held before. Free some "
        f"space on the disk that holds {services.database_path.parent}, then try again."
    )
    assert _backups(services) == backups, "no partial copy is left behind"
    assert _contents(services.database_path) == before


def test_full_disk_while_writing_the_change(services: Services, tmp_path: Path) -> None:
    before = _contents(services.database_path)
    _no_room_to_grow(services.database)
    with pytest.raises(DiskFullError) as caught:
        services.outcomes.import_figures(_figures(tmp_path))
    message = str(caught.value)
    assert message.startswith("The disk is full, so the change could not be saved. Nothing ")
    assert "Restore a backup" not in message
    assert "start a fresh" not in message
    services.database.execute("PRAGMA max_page_count = 1073741823")
    assert _contents(services.database_path) == before


@pytest.mark.parametrize("when", ["backing up", "writing"])
def test_the_command_line_says_so_in_one_line(
    when: str,
    seeded_db_path: Path,
    app_paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    figures = _figures(tmp_path)
    with Database.open(seeded_db_path) as database:
        database.backup("manual")
    folder = seeded_db_path.parent
    before = {name: data for name, data in folder_listing(folder).items() if name != figures.name}
    backups = folder_listing(folder / "backups")
    if when == "backing up":
        _full_copies(monkeypatch)
    else:
        configure = Database._configure

        def no_room(database: Database) -> None:
            configure(database)
            _no_room_to_grow(database)

        monkeypatch.setattr(Database, "_configure", no_room)
    code = main(["--database", str(seeded_db_path), "import-indicators", str(figures)], app_paths)
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert "Traceback" not in captured.err
    assert lines[0].startswith("briefing-app: The disk is full, so ")
    assert "Nothing was changed" in lines[0]
    after = {name: data for name, data in folder_listing(folder).items() if name != figures.name}
    assert after == before, "the database is byte for byte as it was, and nothing is added"
    if when == "backing up":
        assert folder_listing(folder / "backups") == backups
