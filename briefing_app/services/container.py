"""Every service the window needs, built on one open database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.paths import AppPaths
from briefing_app.services.glossary import GlossaryService
from briefing_app.services.reports import ReportService
from briefing_app.services.workspace import open_workspace
from briefing_app.storage.database import Database

if TYPE_CHECKING:
    from briefing_app.services.packs import PackService


@dataclass
class Services:
    paths: AppPaths
    database: Database
    reports: ReportService
    glossary: GlossaryService
    _packs: PackService | None = field(default=None, repr=False)

    @classmethod
    def open(cls, paths: AppPaths, database_path: Path) -> Services:
        database = open_workspace(database_path, paths.data)
        return cls(
            paths=paths,
            database=database,
            reports=ReportService(database),
            glossary=GlossaryService(database),
        )

    @property
    def packs(self) -> PackService:
        """Briefing packs, set up on first use (so starting the window does not load them)."""
        if self._packs is None:
            from briefing_app.services.packs import PackService

            self._packs = PackService(self.reports, self.glossary, self.paths.resources / "fonts")
        return self._packs

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
