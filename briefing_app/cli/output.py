"""The files a command writes: never one already there unless ``--force`` is given, and
always with the ending of what is written in it (a pack ``.pdf``, a table ``.csv``).

The check runs before the database is opened, so a refused command touches nothing; the
save itself refuses a file that appears meanwhile (see ``services.file_saving``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.domain.errors import ExportFileError

ENDINGS = {"pdf": ".pdf", "csv": ".csv"}


def add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the file if one of that name is already there (without it, a file "
        "already there is refused and left as it was)",
    )


def output_file(text: str, kind: str, *, force: bool) -> Path:
    """The path to write a ``kind`` ("pdf", "csv") file to, checked: the right ending, and
    no file there unless ``force``. Raises ``ExportFileError`` (one plain line)."""
    path = Path(text).expanduser()
    ending = ENDINGS[kind]
    if path.suffix.lower() != ending:
        raise ExportFileError(
            path,
            f"a {kind.upper()} file's name must end in {ending}, so nothing was written.",
            f"Give a name ending in {ending}.",
        )
    if not force and (path.exists() or path.is_symlink()):
        raise ExportFileError(
            path,
            "a file of that name is already there, and it was left as it was.",
            "Choose a new name, or add --force to replace it.",
        )
    return path


def kind_of_output(text: str, chosen: str | None) -> str:
    """ "pdf" or "csv": as chosen with ``--format``, or by the file's ending. A name that
    ends in neither is refused."""
    if chosen is not None:
        return chosen
    suffix = Path(text).suffix.lower()
    for kind, ending in ENDINGS.items():
        if suffix == ending:
            return kind
    raise ExportFileError(
        text,
        "the file's name must end in .pdf (a PDF) or .csv (a table for a spreadsheet), "
        "so nothing was written.",
        "Give a name ending in .pdf or .csv.",
    )
