"""Noticing saved changes that a damaged write-ahead log would silently drop.

In WAL mode a change is saved into ``<database>-wal`` first and copied into the database
file later. Each frame of the log (one page of the database) carries a checksum that
runs on from the frame before it; SQLite uses the frames up to the last whole,
correctly checksummed transaction and silently ignores the rest. After a crash the rest
is a transaction that was never finished, which is right to drop. But if the log is
damaged (a flipped bit, a bad sector), a transaction that *was* saved can lie beyond the
damage, and SQLite drops that too, without a word.

``lost_changes`` reads the log (only reads) and tells the two apart: a frame that ends a
transaction, whose checksum is right counting on from the frame before it, lying after
a frame SQLite cannot use, is a saved change that would be lost. The format is SQLite's
own, described at https://www.sqlite.org/fileformat2.html#walformat.
"""

from __future__ import annotations

import struct
from pathlib import Path

WAL_SUFFIX = "-wal"
_HEADER = 32
_FRAME_HEADER = 24
_MAGIC_LITTLE = 0x377F0682
_MAGIC_BIG = 0x377F0683
_MASK = 0xFFFFFFFF


def log_path(database: Path) -> Path:
    return database.with_name(database.name + WAL_SUFFIX)


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's checksum of ``data`` (a multiple of 8 bytes), running on from (s0, s1)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & _MASK
        s1 = (s1 + words[index + 1] + s0) & _MASK
    return s0, s1


def _page_size(database: Path) -> int | None:
    """The page size from the database file's header, or None if it cannot be read."""
    try:
        with database.open("rb") as handle:
            header = handle.read(18)
    except OSError:
        return None
    if len(header) < 18:
        return None
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size or None


def lost_changes(database: Path) -> bool:
    """Whether the database's write-ahead log holds a saved transaction SQLite would drop."""
    wal = log_path(database)
    try:
        with wal.open("rb") as handle:
            data = handle.read()
    except OSError:
        return False
    page_size = _page_size(database)
    if len(data) < _HEADER or page_size is None or page_size < 512:
        return False
    magic, _version, _size, _sequence, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:_HEADER])
    big_endian = magic == _MAGIC_BIG
    usable = magic in (_MAGIC_LITTLE, _MAGIC_BIG) and _checksum(data[:24], big_endian, 0, 0) == (
        c1,
        c2,
    )
    previous = (c1, c2)
    frame = _FRAME_HEADER + page_size
    for start in range(_HEADER, len(data) - frame + 1, frame):
        head = data[start : start + _FRAME_HEADER]
        page, commit, s1, s2, f1, f2 = struct.unpack(">6I", head)
        body = data[start + _FRAME_HEADER : start + frame]
        follows = _checksum(head[:8] + body, big_endian, *previous) == (f1, f2)
        belongs = (s1, s2) == (salt1, salt2) and page != 0
        if usable and follows and belongs:
            previous = (f1, f2)
            continue
        usable = False
        if follows and belongs and commit:
            return True
        previous = (f1, f2)
    return False
