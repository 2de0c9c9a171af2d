"""Saved changes a damaged write-ahead log would drop are noticed, and said plainly.

SQLite uses a write-ahead log's frames up to the last whole transaction whose checksums
hold, and silently drops the rest. After a crash the rest is an unfinished transaction,
which is right to drop; behind damage, it can be transactions that were saved.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing_app.domain.errors import LostChangesError
from briefing_app.storage.database import Database
from briefing_app.storage.write_ahead_log import lost_changes
from tests.safety.bad_files import commit_in_log, folder_listing, make_lost_changes

_HEADER = 32
_FRAME_HEADER = 24


def _log(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _terms_seen(path: Path) -> set[str]:
    """The glossary terms SQLite reads back, without writing anything."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT term FROM glossary")}
    finally:
        connection.close()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_log_left_by_a_crash_is_used_and_not_reported(seeded_db_path: Path) -> None:
    commit_in_log(seeded_db_path)
    assert _log(seeded_db_path).stat().st_size > _HEADER
    assert not lost_changes(seeded_db_path)
    with Database.open(seeded_db_path) as database:
        terms = {row[0] for row in database.query("SELECT term FROM glossary")}
    assert {"T0", "T1", "T2"} <= terms


def test_an_unfinished_transaction_at_the_end_is_not_a_loss(seeded_db_path: Path) -> None:
    """The last frame of a transaction cut short by a crash fails its checksum: right to
    drop, and nothing saved follows it."""
    commit_in_log(seeded_db_path)
    log = _log(seeded_db_path)
    page = int.from_bytes(seeded_db_path.read_bytes()[16:18], "big")
    frames = (log.stat().st_size - _HEADER) // (_FRAME_HEADER + page)
    _flip(log, _HEADER + (frames - 1) * (_FRAME_HEADER + page) + _FRAME_HEADER + 10)
    assert not lost_changes(seeded_db_path)


@pytest.mark.parametrize(
    "where", ["the first frame's page", "the log's header", "the first frame's header"]
)
def test_saved_changes_behind_damage_are_noticed(where: str, seeded_db_path: Path) -> None:
    commit_in_log(seeded_db_path)
    offset = {
        "the first frame's page": _HEADER + _FRAME_HEADER + 100,
        "the log's header": 12,
        "the first frame's header": _HEADER + 2,
    }[where]
    _flip(_log(seeded_db_path), offset)
    assert "T2" not in _terms_seen(seeded_db_path), "SQLite drops them without a word"
    assert lost_changes(seeded_db_path)


def test_opening_says_so_and_changes_nothing(tmp_path: Path, seeded_db_path: Path) -> None:
    path = tmp_path / "work" / "briefing.sqlite3"
    path.parent.mkdir()
    make_lost_changes(path, seeded_db_path)
    before = folder_listing(path.parent)
    with pytest.raises(LostChangesError) as caught:
        Database.open(path)
    assert str(caught.value) == (
        f"The database file {path} has lost changes: its write-ahead log (briefing.sqlite3-wal, "
        "where the latest changes wait to be copied into the file) is damaged, and changes "
        "that were saved in it can no longer be read back. Carry on with a copy of what the "
        "file still holds, restore a backup, or start a fresh database (the app keeps this "
        "file and its log, renamed beside it). The file has not been changed."
    )
    assert folder_listing(path.parent) == before
