"""The briefing file: a SQLite file of its own format, holding a read-only copy of one
council's data for members.

The file is marked as ours by its ``application_id`` and holds two tables:

- ``manifest`` (``key``, ``value``): the council, edition, publication time, app and
  format versions, the database format of the content, the meetings chosen, and
  ``checksum``: the SHA-256 of the other manifest entries (as sorted JSON) followed by the
  content, so that a damaged or altered file is refused;
- ``content`` (one row): the data itself, a whole app database (copied with SQLite's
  backup API and cut down to the edition) as one blob.

Opening one never writes to it: the content is read into memory
(``sqlite3.Connection.deserialize``) and used there with ``PRAGMA query_only``, so
nothing can be saved to it, and nothing is left beside it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from briefing_app.domain.briefing import BRIEFING_FORMAT_VERSION, Edition, Manifest
from briefing_app.domain.errors import (
    BriefingFileError,
    ExportFileError,
    NewerBriefingFileError,
)
from briefing_app.storage import database_files
from briefing_app.storage.database import Database, apply_migrations
from briefing_app.storage.migrations import SCHEMA_VERSION

# "CPBF": Corporate Parenting Briefing File, in the header's application_id field.
BRIEFING_APPLICATION_ID = 0x43504246
_APPLICATION_ID_OFFSET = 68
_NOT_OURS = (
    "it is not a briefing file. Open a file ending in .briefing that an officer published "
    "with this app."
)
_UNCHANGED = "The file has not been changed."


def is_briefing_file(path: Path) -> bool:
    """Whether ``path`` starts like a briefing file (SQLite, with our application id)."""
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(database_files.SQLITE_HEADER):
        return False
    found = struct.unpack(">I", header[_APPLICATION_ID_OFFSET : _APPLICATION_ID_OFFSET + 4])[0]
    return bool(found == BRIEFING_APPLICATION_ID)


# -- writing -------------------------------------------------------------------------------


def write_briefing(
    source: Database, target: Path, manifest: Manifest, prepare: Callable[[Database], None]
) -> int:
    """Publish ``source`` as a briefing file at ``target``; returns its size in bytes.

    The content is a backup-API copy of ``source`` that ``prepare`` cuts down to the
    edition. Everything is written under a temporary name and renamed into place when
    whole. ``target`` may be an earlier briefing file, which is replaced; any other file
    there is refused and left as it was.
    """
    _refuse_other_file(target)
    staging = target.with_name(f".{target.name}.content")
    built = target.with_name(f".{target.name}.new")
    try:
        database_files.write_copy(source.connection, staging)
        connection = sqlite3.connect(staging, isolation_level=None)
        connection.row_factory = sqlite3.Row
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            prepare(Database(staging, connection))
            connection.execute("VACUUM")
        finally:
            connection.close()
        content = staging.read_bytes()
        _write_container(built, manifest, content)
        _refuse_other_file(target)
        database_files.durable_replace(built, target)
    except OSError as error:
        raise ExportFileError(
            target,
            f"the briefing file could not be written ({error.strerror or error}).",
            "Choose a folder you can write to, with some free space.",
        ) from error
    finally:
        database_files.remove_with_companions(staging)
        database_files.remove_with_companions(built)
    return target.stat().st_size


def _refuse_other_file(target: Path) -> None:
    if target.is_dir():
        raise ExportFileError(target, "that is a folder.", "Give the name of a new file.")
    if target.exists() and not is_briefing_file(target):
        raise ExportFileError(
            target,
            "a file of another kind is already there.",
            f"Choose another name: only an earlier briefing file is replaced. {_UNCHANGED}",
        )


def _write_container(path: Path, manifest: Manifest, content: bytes) -> None:
    path.unlink(missing_ok=True)
    values = _manifest_values(manifest)
    values["checksum"] = _checksum(values, content)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute(f"PRAGMA application_id = {BRIEFING_APPLICATION_ID}")
        connection.execute("BEGIN")
        connection.execute("CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("CREATE TABLE content (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        connection.executemany("INSERT INTO manifest VALUES (?, ?)", sorted(values.items()))
        connection.execute("INSERT INTO content VALUES (1, ?)", (content,))
        connection.execute("COMMIT")
    finally:
        connection.close()


def _manifest_values(manifest: Manifest) -> dict[str, str]:
    return {
        "council": manifest.council,
        "council_name": manifest.council_name,
        "demonstration": "1" if manifest.demonstration else "0",
        "edition": manifest.edition.value,
        "published_at": manifest.published_at.isoformat(timespec="seconds"),
        "app_version": manifest.app_version,
        "format_version": str(manifest.format_version),
        "schema_version": str(manifest.schema_version),
        "meetings": " ".join(manifest.meetings),
    }


def _checksum(values: Mapping[str, str], content: bytes) -> str:
    described = {key: value for key, value in values.items() if key != "checksum"}
    digest = hashlib.sha256(json.dumps(described, sort_keys=True).encode())
    digest.update(b"\n")
    digest.update(content)
    return digest.hexdigest()


# -- reading -------------------------------------------------------------------------------


def read_manifest(path: Path) -> tuple[Manifest, bytes]:
    """The manifest and content of the briefing file at ``path``, checked whole.

    Raises ``BriefingFileError`` for a file that is not a briefing file, is damaged or
    altered (its checksum does not match), and ``NewerBriefingFileError`` for one from a
    newer version of the app. Never writes to the file.
    """
    if not path.is_file():
        raise BriefingFileError(path, "there is no such file.", "Check its name and folder.")
    if not is_briefing_file(path):
        raise BriefingFileError(path, _NOT_OURS, _UNCHANGED)
    try:
        reader = sqlite3.connect(database_files.read_only_uri(path), uri=True)
        try:
            rows = reader.execute("SELECT key, value FROM manifest").fetchall()
            found = reader.execute("SELECT data FROM content WHERE id = 1").fetchone()
        finally:
            reader.close()
    except sqlite3.DatabaseError as error:
        raise _damaged(path, f"it cannot be read ({error})") from error
    values = {str(key): str(value) for key, value in rows}
    version = _number(path, values, "format_version")
    if version > BRIEFING_FORMAT_VERSION:
        raise NewerBriefingFileError(
            path,
            f"it was published by a newer version of the app (briefing format {version}; "
            f"this version reads format {BRIEFING_FORMAT_VERSION} and older).",
            f"Update the app to open it. {_UNCHANGED}",
        )
    if found is None or not isinstance(found[0], bytes):
        raise _damaged(path, "its content is missing")
    content = bytes(found[0])
    if values.get("checksum") != _checksum(values, content):
        raise _damaged(path, "its content does not match its checksum")
    return _manifest(path, values), content


def _manifest(path: Path, values: Mapping[str, str]) -> Manifest:
    try:
        return Manifest(
            council=values["council"],
            council_name=values["council_name"],
            demonstration=values["demonstration"] == "1",
            edition=Edition(values["edition"]),
            published_at=datetime.fromisoformat(values["published_at"]),
            app_version=values["app_version"],
            format_version=int(values["format_version"]),
            schema_version=int(values["schema_version"]),
            meetings=tuple(values.get("meetings", "").split()),
        )
    except (KeyError, ValueError) as error:
        raise _damaged(path, f"its description is incomplete ({error})") from error


def _number(path: Path, values: Mapping[str, str], key: str) -> int:
    try:
        return int(values[key])
    except (KeyError, ValueError):
        raise _damaged(path, f"its description has no {key.replace('_', ' ')}") from None


def _damaged(path: Path, why: str) -> BriefingFileError:
    return BriefingFileError(
        path,
        f"the briefing file is damaged or has been altered: {why}.",
        f"Ask for the briefing again, or copy it again from where it was published. {_UNCHANGED}",
    )


class ReadOnlyContent(Database):
    """A briefing's content, in memory and read-only: anything that would change it is
    refused with a plain message."""

    def execute(
        self, sql: str, parameters: tuple[Any, ...] | dict[str, Any] = ()
    ) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.OperationalError as error:
            if "readonly" in str(error):
                raise BriefingFileError(
                    self.path,
                    "this is a briefing file, which is read-only: nothing in it can be changed.",
                    "Keep your own notes with File > My notes. To change the briefing itself, "
                    "ask the officer who published it.",
                ) from error
            raise

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Nothing is ever written, so nothing needs a transaction: a change tried inside
        is refused by ``execute``."""
        yield self


def open_briefing(path: Path) -> tuple[Manifest, Database]:
    """The briefing file at ``path``, checked, and its content as a read-only database
    held in memory (``Database.path`` is the briefing file, for messages). Never writes
    to the file."""
    manifest, content = read_manifest(path)
    if manifest.schema_version > SCHEMA_VERSION:
        raise NewerBriefingFileError(
            path,
            "it holds data from a newer version of the app "
            f"(format {manifest.schema_version}; this version knows {SCHEMA_VERSION}).",
            f"Update the app to open it. {_UNCHANGED}",
        )
    connection = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        connection.deserialize(content)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA foreign_keys = ON")
        database = ReadOnlyContent(path, connection)
        if database.schema_version() != manifest.schema_version:
            raise _damaged(path, "its content does not match its description")
        if manifest.schema_version < SCHEMA_VERSION:
            apply_migrations(database)
        connection.execute("PRAGMA query_only = ON")
    except sqlite3.DatabaseError as error:
        connection.close()
        raise _damaged(path, f"its content cannot be read ({error})") from error
    except BaseException:
        connection.close()
        raise
    return manifest, database
