"""Every service the window needs, built on one open database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.paths import AppPaths
from briefing_app.services.glossary import GlossaryService
from briefing_app.services.packs import PackService
from briefing_app.services.reports import ReportService
from briefing_app.services.workspace import open_workspace
from briefing_app.storage.database import Database


@dataclass
class Services:
    paths: AppPaths
    database: Database
    reports: ReportService
    glossary: GlossaryService
    packs: PackService

    @classmethod
    def open(cls, paths: AppPaths, database_path: Path) -> Services:
        database = open_workspace(database_path, paths.data)
        reports = ReportService(database)
        glossary = GlossaryService(database)
        return cls(
            paths=paths,
            database=database,
            reports=reports,
            glossary=glossary,
            packs=PackService(reports, glossary, paths.resources / "fonts"),
        )

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
