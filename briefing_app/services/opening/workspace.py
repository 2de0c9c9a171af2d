"""Opening the app's data: the database file, brought up to date and seeded.

A database is one workspace: one council's data, or the demonstration. Opening a path
where there is no database yet makes the demonstration (as the app always has); ``setup``
makes a council's own workspace, holding no demonstration content, and only where there
is no file at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing_app.services.opening.seed import begin_workspace, ensure_default_dataset
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


def create_workspace(database_path: Path, data_dir: Path, council: str | None) -> Database:
    """Make a new database at ``database_path``: the workspace of ``council`` (its old
    DfE code), or the demonstration if None, and open it.

    A path where any file already is, is refused (``DatabaseExistsError``) and the file
    left as it was: the new database is built under a temporary name and put in place
    only where nothing is.
    """
    return Database.create(database_path, populate=seeder(data_dir, council))


def seeder(data_dir: Path, council: str | None = None) -> Callable[[Database], None]:
    """What fills a brand-new database: the workspace of ``council`` (an old DfE code) or,
    if None, the demonstration, with the default dataset from ``data_dir``. A database
    that is already a workspace (a backup being restored) keeps its own council."""

    def populate(database: Database) -> None:
        # One transaction for every step: a new database is all there or not at all.
        with database.transaction():
            begin_workspace(database, council)
            ensure_default_dataset(database, data_dir)

    return populate
