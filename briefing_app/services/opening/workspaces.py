"""The workspaces kept in one folder: a database file per council, and the demonstration's.

The database in the user data folder (``briefing.sqlite3``) is the council's own. The
demonstration, when someone tries it, has a file of its own beside it
(``briefing-demonstration.sqlite3``), and so does each other council set up there
(``briefing-sheffield.sqlite3``), so trying one never touches another. Which council a file
is for is read from the file itself, without writing anything; a file that is not one of
the app's databases is never used, and never written over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.domain.workspace import spoken_name
from briefing_app.paths import DATABASE_FILENAME
from briefing_app.storage.workspace_repo import WorkspaceFile, read_workspace_file

if TYPE_CHECKING:
    from briefing_app.domain.councils import Council

DEMONSTRATION_STEM = "briefing-demonstration"
_STEM = Path(DATABASE_FILENAME).stem
_SUFFIX = Path(DATABASE_FILENAME).suffix


class WorkspaceFolder:
    """The workspaces (database files) in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def default_path(self) -> Path:
        return self.folder / DATABASE_FILENAME

    def workspaces(self) -> list[WorkspaceFile]:
        """Every database of the app's in the folder (files set aside are left out)."""
        found = []
        for path in sorted(self._candidates()):
            workspace = read_workspace_file(path)
            if workspace is not None:
                found.append(workspace)
        return found

    def _candidates(self) -> Iterator[Path]:
        if not self.folder.is_dir():
            return
        for path in self.folder.glob(f"{_STEM}*{_SUFFIX}"):
            if "-set-aside-" not in path.name:
                yield path

    def of_council(self, old_code: str) -> WorkspaceFile | None:
        """The council's own workspace in the folder, if it has one (the default file
        first)."""
        found = [w for w in self.workspaces() if w.old_code == old_code and not w.demonstration]
        found.sort(key=lambda w: w.path != self.default_path)
        return found[0] if found else None

    def demonstration(self) -> WorkspaceFile | None:
        """The demonstration's file in the folder, if there is one (its own file first)."""
        found = [w for w in self.workspaces() if w.demonstration]
        found.sort(key=lambda w: w.path.stem != DEMONSTRATION_STEM)
        return found[0] if found else None

    def new_path_for(self, council: Council) -> Path:
        """Where a new workspace for ``council`` goes: the default file if there is none
        yet, else a file named for the council (numbered if that name is taken)."""
        if not _taken(self.default_path):
            return self.default_path
        slug = re.sub(r"[^a-z0-9]+", "-", spoken_name(council.name).casefold()).strip("-")
        return self._free(f"{_STEM}-{slug or council.old_code}")

    def new_demonstration_path(self) -> Path:
        return self._free(DEMONSTRATION_STEM)

    def _free(self, stem: str) -> Path:
        path = self.folder / f"{stem}{_SUFFIX}"
        number = 2
        while _taken(path):
            path = self.folder / f"{stem}-{number}{_SUFFIX}"
            number += 1
        return path


def _taken(path: Path) -> bool:
    return path.exists() or path.is_symlink()
