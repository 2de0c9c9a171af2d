"""Opening the app's data: the database file, brought up to date and seeded."""

from __future__ import annotations

from pathlib import Path

from briefing_app.services.seed import ensure_default_dataset
from briefing_app.storage.database import Database


def open_workspace(database_path: Path, data_dir: Path) -> Database:
    """Open (creating if needed) the database and load any missing default data."""
    database = Database.open(database_path)
    try:
        ensure_default_dataset(database, data_dir)
    except BaseException:
        database.close()
        raise
    return database
