"""The composition root: which database file the app uses, and every service over it.

The window (``app.run_gui``) and every command (``cli.common.open_services``) open the
app's data through ``AppRoot`` and nowhere else. ``open`` opens the database (building and
seeding a new one complete before it appears) and gives the services over it; when the
file cannot be used, ``recovery.Recovery`` offers the ways to get going again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.workspace import create_workspace, open_workspace, seeder
from briefing_app.services.opening.workspaces import WorkspaceFolder
from briefing_app.storage.database import Database

if TYPE_CHECKING:
    from briefing_app.domain.councils import Council


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

    def set_up(self, council: Council | None) -> Services:
        """Make a new database at the chosen path for ``council`` (None: the
        demonstration), and the services over it.

        Raises ``DatabaseExistsError`` when any file is at the path; it is left as it was.
        """
        code = council.old_code if council is not None else None
        return self.services_over(create_workspace(self.database_path, self.paths.data, code))

    def council_workspace(self, council: Council) -> AppRoot:
        """Where ``council``'s workspace is beside this database: the file held for it, or
        the path for a new one (see ``open_or_set_up``)."""
        folder = WorkspaceFolder(self.database_path.parent)
        found = folder.of_council(council.old_code)
        return AppRoot(self.paths, found.path if found else folder.new_path_for(council))

    def demonstration_workspace(self) -> AppRoot:
        """Where the demonstration is beside this database: its file, or the path for a
        new one."""
        folder = WorkspaceFolder(self.database_path.parent)
        found = folder.demonstration()
        return AppRoot(self.paths, found.path if found else folder.new_demonstration_path())

    def open_or_set_up(self, council: Council | None) -> Services:
        """Open the database if it is there, else set it up for ``council`` (None: the
        demonstration)."""
        if self.database_path.exists():
            return self.open()
        return self.set_up(council)

    def council_to_set_up(self, text: str) -> Council:
        """The council ``text`` names, to set up a database for (see ``set_up``)."""
        # Only when a council is set up (the councils' reader, about 5 ms).
        from briefing_app.services.council import council_to_set_up

        return council_to_set_up(self.paths.data, text)

    def services_over(self, database: Database) -> Services:
        """The services over an open database (one just recovered, for instance)."""
        return Services(self.paths, database, seeder(self.paths.data))
