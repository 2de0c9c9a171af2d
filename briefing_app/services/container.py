"""Every service the window needs, built on one open database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.paths import AppPaths
from briefing_app.services.backups import BackupService
from briefing_app.services.glossary import GlossaryService
from briefing_app.services.reports import ReportService
from briefing_app.services.workspace import open_workspace
from briefing_app.storage.database import Database


@dataclass
class Services:
    paths: AppPaths
    database: Database
    reports: ReportService
    glossary: GlossaryService
    backups: BackupService

    @classmethod
    def open(cls, paths: AppPaths, database_path: Path) -> Services:
        return cls.around(paths, open_workspace(database_path, paths.data))

    @classmethod
    def around(cls, paths: AppPaths, database: Database) -> Services:
        """Services over an already open database (e.g. again after a restore, to drop caches)."""
        return cls(
            paths=paths,
            database=database,
            reports=ReportService(database),
            glossary=GlossaryService(database),
            backups=BackupService(database, paths.data),
        )

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
