"""The composition root: which database file the app uses, and every service over it.

The window (``app.run_gui``) and every command (``cli.common.open_services``) open the
app's data through ``AppRoot`` and nowhere else. ``open`` opens the database (building and
seeding a new one complete before it appears) and gives the services over it; when the
file cannot be used, ``recovery.Recovery`` offers the ways to get going again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.workspace import open_workspace, seeder
from briefing_app.storage.database import Database


class AppRoot(NamedTuple):
    """The app's folders and the database file chosen for this run. (A NamedTuple: it is
    on the start-up path, and quicker to define than a dataclass.)"""

    paths: AppPaths
    database_path: Path

    @classmethod
    def choose(cls, paths: AppPaths, database: str | os.PathLike[str] | None = None) -> AppRoot:
        """The database given (``--database``), else the one the environment names, else
        the one in the user data folder."""
        return cls(paths, paths.database(database))

    def open(self) -> Services:
        """Open (creating and seeding if needed) the database, and the services over it.

        Raises ``DatabaseError`` when the file cannot be used; nothing is changed then.
        """
        return self.services_over(open_workspace(self.database_path, self.paths.data))

    def services_over(self, database: Database) -> Services:
        """The services over an open database (one just recovered, for instance)."""
        return Services(self.paths, database, seeder(self.paths.data))
