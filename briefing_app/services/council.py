"""The workspace's council: which council the database is about, and whether it is the
demonstration. The window, packs and exports say so; the other areas keep to its content.

What the window needs at start-up (its title and banner: ``label``, ``short_label``,
``is_demonstration``) is read with one small query; the councils themselves (``council``,
``directory``) are loaded when first asked for.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.domain.errors import DatabaseError, NotFoundError
from briefing_app.domain.workspace import (
    DEMONSTRATION_COUNCIL,
    Workspace,
    demonstration_notice,
    short_label,
    workspace_label,
)
from briefing_app.storage.database import Database
from briefing_app.storage.workspace_repo import WorkspaceRecord, WorkspaceRepository

if TYPE_CHECKING:
    from briefing_app.domain.councils import Council, CouncilDirectory


def shipped_directory(data_dir: Path) -> CouncilDirectory:
    """Every council the app ships with, read from ``data_dir`` (no database needed: for
    choosing a council before its database is made)."""
    # The councils' reader, only when they are read from the files (about 4 ms).
    from briefing_app.importers.councils_csv import shipped_directory as read_directory

    return read_directory(data_dir)


def council_to_set_up(data_dir: Path, text: str) -> Council:
    """The council ``text`` names (its name, DfE code or ONS code), to set up a database
    for. Raises UnknownCouncilError, listing the closest names, when none matches, and
    NotFoundError for a council abolished by reorganisation (saying who took over)."""
    council = shipped_directory(data_dir).find(text)
    if council.abolished:
        raise NotFoundError(
            council.history,
            "Set up a database for the council that runs its children's services now.",
        )
    return council


class CouncilService:
    def __init__(self, database: Database, data_dir: Path) -> None:
        self._database = database
        self._data_dir = data_dir
        self._workspaces = WorkspaceRepository(database)

    @cached_property
    def directory(self) -> CouncilDirectory:
        """Every council: those the database holds, or (before they are held) those the
        app ships with."""
        # The councils' repository, only when councils are wanted (about 10 ms).
        from briefing_app.storage.statistics_repo import CouncilRepository

        councils = CouncilRepository(self._database)
        if councils.count():
            return councils.directory()
        return shipped_directory(self._data_dir)

    def _record(self) -> WorkspaceRecord:
        """The workspace row. A database given none (made by hand, not by the app) is
        taken for the demonstration, which is what the app has always made."""
        record = self._workspaces.get()
        return record or WorkspaceRecord(DEMONSTRATION_COUNCIL, True, None)

    def workspace(self) -> Workspace:
        """The workspace: its council, and whether it is the demonstration."""
        record = self._record()
        council = self.directory.get(record.old_code)
        if council is None:
            raise DatabaseError(
                self._database.path,
                f"The database is for a council the app does not know (DfE code "
                f"{record.old_code}).",
                "Open it with the version of the app that made it, or set up a new "
                "database for your council.",
            )
        return Workspace(council, record.demonstration, record.set_up_at)

    def council(self) -> Council:
        """The council the workspace is about."""
        return self.workspace().council

    def is_demonstration(self) -> bool:
        return self._record().demonstration

    def _name(self) -> str:
        record = self._record()
        name = self._workspaces.council_name()
        if name is None:
            council = self.directory.get(record.old_code)
            name = council.name if council is not None else record.old_code
        return name

    def label(self) -> str:
        """ "Sheffield", or "Portsmouth — a demonstration, from Ofsted's 2014 report"."""
        return workspace_label(self._name(), self.is_demonstration())

    def short_label(self) -> str:
        """ "Sheffield", or "Portsmouth (demonstration)": for a title or a running head."""
        return short_label(self._name(), self.is_demonstration())

    def demonstration_notice(self) -> str:
        """The sentences that say the data is the demonstration's (empty for a council)."""
        return demonstration_notice(self._name()) if self.is_demonstration() else ""

    def council_of(self, authority: str) -> Council | None:
        """The council a report's authority names ("Sheffield City Council"), if known."""
        return self.directory.match(authority)
