"""Opening a briefing file: its content, read-only, with the services over it.

A briefing file is checked whole (its kind, format and checksum) and never written to;
its content is used from memory, with no officers' tools (``Services.officer_tools``).
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.storage.briefing_file import open_briefing
from briefing_app.storage.database import Database


def _nothing_to_fill(database: Database) -> None:
    """A briefing's content is complete as published: nothing is ever added to it."""


def open_briefing_services(paths: AppPaths, path: Path) -> Services:
    """The services over the briefing file at ``path``, read-only.

    Raises ``BriefingFileError`` (not one, damaged or altered) or
    ``NewerBriefingFileError``; the file is left as it was.
    """
    manifest, database = open_briefing(Path(path))
    return Services(paths, database, _nothing_to_fill, briefing=manifest)
