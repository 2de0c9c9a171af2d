"""Opening the app's data: the database file, brought up to date and seeded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing_app.services.opening.seed import ensure_default_dataset
from briefing_app.storage.database import Database


def open_workspace(database_path: Path, data_dir: Path) -> Database:
    """Open (creating if needed) the database and load any missing default data.

    A new database is built and seeded under a temporary name and appears only when
    complete, so a crash during the first start never leaves a half-made file.
    """
    database = Database.open(database_path, populate=seeder(data_dir))
    try:
        ensure_default_dataset(database, data_dir)
    except BaseException:
        database.close()
        raise
    return database


def seeder(data_dir: Path) -> Callable[[Database], None]:
    """What fills a brand-new database: the default dataset from ``data_dir``."""

    def populate(database: Database) -> None:
        ensure_default_dataset(database, data_dir)

    return populate
