"""Saving a file the user asked for (a CSV export, a PDF pack): whole or not at all.

The file is written beside its final name, flushed to the disk and renamed into place, so
a failed save never leaves half a file and leaves any older file as it was. It never
saves over a database, a backup or a file that goes with one; with ``replace=False`` it
never saves over any file at all.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefing_app.domain.errors import BriefingError
from briefing_app.storage.database_files import holds_app_data

# What to raise: given the path, what went wrong and what to do.
SaveError = Callable[[Path, str, str], BriefingError]


def save_whole(
    path: Path, data: bytes, error: SaveError, opened_in: str, *, replace: bool = True
) -> None:
    """Write ``data`` as ``path``; ``opened_in`` names the program that may be holding the
    file open ("a spreadsheet", "a PDF reader") for the advice when it cannot be written.
    With ``replace=False`` a file already there is refused and left as it was."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    if path.is_dir():
        raise error(
            path,
            f"the file could not be written: {path} is a folder.",
            "Give a file name, not a folder's.",
        )
    if holds_app_data(path):
        raise error(
            path,
            "this file holds the app's data (a database, a backup or a file that goes "
            "with one), and saving over it would destroy that data. Nothing was written.",
            "Choose another name for the file.",
        )
    if not replace and (path.exists() or path.is_symlink()):
        raise _exists(path, error)
    if not folder.is_dir():
        raise error(
            path,
            f"the file could not be written: the folder {folder} does not exist.",
            "Choose a folder that exists.",
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as problem:
        raise error(
            path,
            f"the file could not be written in {folder} ({problem.strerror}).",
            "Choose a folder you can write to.",
        ) from problem
    try:
        Path(temporary).chmod(0o644)  # mkstemp makes it private; a saved file is an ordinary one
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            Path(temporary).replace(path)
        else:
            _put_new(Path(temporary), path)
    except FileExistsError as problem:
        Path(temporary).unlink(missing_ok=True)
        raise _exists(path, error) from problem
    except OSError as problem:
        Path(temporary).unlink(missing_ok=True)
        raise error(
            path,
            f"the file could not be written ({problem.strerror or problem}).",
            f"If it is open in {opened_in}, close it and try again, or choose another name.",
        ) from problem
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _put_new(temporary: Path, path: Path) -> None:
    """Give the written file its name, never over a file there (FileExistsError if one is)."""
    try:
        # A link is never made over a file, so one that appeared meanwhile is never replaced.
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        # A disk without links (a FAT memory stick, some network drives): look, then move.
        if path.exists() or path.is_symlink():
            raise FileExistsError(path) from None
        temporary.replace(path)
        return
    temporary.unlink()


def _exists(path: Path, error: SaveError) -> BriefingError:
    return error(
        path,
        "a file of that name is already there, and this export never saves over one. "
        "Nothing was written.",
        "Choose a new name for the file.",
    )
