"""A member's notes file: their own notes, highlights, questions marked to ask and
training record, in a SQLite file of its own, apart from any briefing file.

The file is marked as ours by its ``application_id``. A file that is not one (another
program's, or anything else), is damaged, or comes from a newer version of the app is
refused and never written to. A new notes file is built under a temporary name and
appears only when whole.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from types import TracebackType

from briefing_app.domain.briefing import Note, NoteKind, OwnTraining, Target
from briefing_app.domain.errors import NotesFileError
from briefing_app.storage import database_files

# "CPBN": Corporate Parenting Briefing Notes, in the header's application_id field.
NOTES_APPLICATION_ID = 0x4350424E
NOTES_FORMAT_VERSION = 1
_UNCHANGED = "The file has not been changed."
_SCHEMA = """
CREATE TABLE notes_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notes_by_target ON notes (target);
CREATE TABLE own_training (
    id INTEGER PRIMARY KEY,
    module TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
"""


def _header_says_ours(path: Path) -> bool | None:
    """True for our notes file, False for any other file, None for an empty file."""
    with path.open("rb") as stream:
        header = stream.read(100)
    if not header:
        return None
    if len(header) < 100 or not header.startswith(database_files.SQLITE_HEADER):
        return False
    return bool(struct.unpack(">I", header[68:72])[0] == NOTES_APPLICATION_ID)


class NotesFile:
    """An open notes file."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection

    @classmethod
    def open(cls, path: Path) -> NotesFile:
        """Open the notes file at ``path``, making a new one if there is no file."""
        path = Path(path)
        if path.is_dir():
            raise NotesFileError(path, "that is a folder.", "Give the name of a notes file.")
        if not path.exists():
            _create(path)
        try:
            ours = _header_says_ours(path)
        except OSError as error:
            raise NotesFileError(path, f"it cannot be read ({error.strerror}).") from error
        if not ours:
            raise NotesFileError(
                path,
                "it is not a notes file of this app (it may be another program's file).",
                f"Give the name of your notes file, or of a new one. {_UNCHANGED}",
            )
        _check(path)
        connection = sqlite3.connect(path, isolation_level=None)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA synchronous = FULL")
        return cls(path, connection)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> NotesFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- the council the notes are for ----------------------------------------------------

    def council(self) -> str | None:
        row = self.connection.execute(
            "SELECT value FROM notes_meta WHERE key = 'council'"
        ).fetchone()
        return None if row is None else str(row[0])

    def council_name(self) -> str:
        row = self.connection.execute(
            "SELECT value FROM notes_meta WHERE key = 'council_name'"
        ).fetchone()
        return str(row[0]) if row is not None else f"council {self.council()}"

    def set_council(self, council: str, name: str) -> None:
        """Say the notes are for ``council`` (its old DfE code), named ``name``."""
        self.connection.executemany(
            "INSERT INTO notes_meta VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [("council", council), ("council_name", name)],
        )

    # -- notes ------------------------------------------------------------------------------

    def add(self, target: Target, kind: NoteKind, text: str) -> Note:
        now = datetime.now().isoformat(timespec="seconds")
        cursor = self.connection.execute(
            "INSERT INTO notes (target, kind, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (target.text(), kind.value, text, now, now),
        )
        return self.get(int(cursor.lastrowid or 0))

    def add_many(self, notes: Iterable[Note]) -> int:
        """Add notes as they are (kept from another notes file), leaving out any this file
        already holds (same target, kind, text and time). Returns how many were added."""
        added = 0
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            for note in notes:
                values = (
                    note.target.text(),
                    note.kind.value,
                    note.text,
                    note.created_at.isoformat(timespec="seconds"),
                )
                held = self.connection.execute(
                    "SELECT 1 FROM notes WHERE target = ? AND kind = ? AND text = ? "
                    "AND created_at = ?",
                    values,
                ).fetchone()
                if held is None:
                    self.connection.execute(
                        "INSERT INTO notes (target, kind, text, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (*values, note.updated_at.isoformat(timespec="seconds")),
                    )
                    added += 1
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")
        return added

    def update(self, note_id: int, text: str) -> None:
        self.connection.execute(
            "UPDATE notes SET text = ?, updated_at = ? WHERE id = ?",
            (text, datetime.now().isoformat(timespec="seconds"), note_id),
        )

    def delete(self, note_id: int) -> None:
        self.connection.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def get(self, note_id: int) -> Note:
        row = self.connection.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        return _note(row)

    def all(self) -> list[Note]:
        rows = self.connection.execute("SELECT * FROM notes ORDER BY id").fetchall()
        return [_note(row) for row in rows]

    # -- training record ----------------------------------------------------------------------

    def add_training(self, module: str, completed_on: date, note: str = "") -> OwnTraining:
        cursor = self.connection.execute(
            "INSERT INTO own_training (module, completed_on, note) VALUES (?, ?, ?)",
            (module, completed_on.isoformat(), note),
        )
        return OwnTraining(int(cursor.lastrowid or 0), module, completed_on, note)

    def training(self) -> list[OwnTraining]:
        rows = self.connection.execute(
            "SELECT * FROM own_training ORDER BY completed_on DESC, id"
        ).fetchall()
        return [
            OwnTraining(
                row["id"], row["module"], date.fromisoformat(row["completed_on"]), row["note"]
            )
            for row in rows
        ]


def _note(row: sqlite3.Row) -> Note:
    return Note(
        id=row["id"],
        target=Target.parse(row["target"]),
        kind=NoteKind(row["kind"]),
        text=row["text"],
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def _create(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.new")
    database_files.remove_with_companions(staging)
    connection = sqlite3.connect(staging, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute(f"PRAGMA application_id = {NOTES_APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {NOTES_FORMAT_VERSION}")
        connection.executescript(_SCHEMA)
    finally:
        connection.close()
    try:
        database_files.place_new(staging, path)
    except FileExistsError:
        pass  # another copy of the app made it meanwhile: that one is used
    finally:
        database_files.remove_with_companions(staging)


def _check(path: Path) -> None:
    try:
        reader = sqlite3.connect(database_files.read_only_uri(path), uri=True)
        try:
            version = int(reader.execute("PRAGMA user_version").fetchone()[0])
            verdict = reader.execute("PRAGMA quick_check").fetchone()[0]
            reader.execute("SELECT count(*) FROM notes").fetchone()
        finally:
            reader.close()
    except sqlite3.DatabaseError as error:
        raise NotesFileError(
            path,
            f"the notes file is damaged ({error}).",
            f"Use a copy of it from another laptop or an export of your notes. {_UNCHANGED}",
        ) from error
    if verdict != "ok":
        raise NotesFileError(
            path,
            f"the notes file is damaged ({verdict}).",
            f"Use a copy of it from another laptop or an export of your notes. {_UNCHANGED}",
        )
    if version > NOTES_FORMAT_VERSION:
        raise NotesFileError(
            path,
            "it was written by a newer version of the app.",
            f"Update the app to use it. {_UNCHANGED}",
        )
