"""Opening a briefing file: its content, read-only, with the services over it.

A briefing file is checked whole (its kind, format and checksum) and never written to;
its content is used from memory, with no officers' tools (``Services.officer_tools``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from briefing_app import BRIEFING_SUFFIX
from briefing_app.domain.briefing import Manifest
from briefing_app.domain.errors import BriefingError
from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.storage.briefing_file import open_briefing, read_manifest
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


def newest_briefing(
    folder: Path, council: str, newer_than: datetime | None = None
) -> tuple[Path, Manifest] | None:
    """The newest briefing file for ``council`` (its old DfE code) in ``folder``, published
    after ``newer_than`` if given. Files that are not briefing files, or are damaged or
    still being copied (their checksum does not match yet), are passed over."""
    found: tuple[Path, Manifest] | None = None
    try:
        candidates = sorted(folder.glob(f"*{BRIEFING_SUFFIX}"))
    except OSError:
        return None
    for path in candidates:
        try:
            manifest, _content = read_manifest(path)
        except BriefingError:
            continue
        if manifest.council != council:
            continue
        if newer_than is not None and manifest.published_at <= newer_than:
            continue
        if found is None or manifest.published_at > found[1].published_at:
            found = (path, manifest)
    return found
