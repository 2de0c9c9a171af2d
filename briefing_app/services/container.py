"""Every service the window needs, built on one open database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.paths import AppPaths
from briefing_app.services.glossary import GlossaryService
from briefing_app.services.reports import ReportService
from briefing_app.services.training import TrainingService
from briefing_app.services.workspace import open_workspace
from briefing_app.storage.database import Database


@dataclass
class Services:
    paths: AppPaths
    database: Database
    reports: ReportService
    glossary: GlossaryService
    training: TrainingService

    @classmethod
    def open(cls, paths: AppPaths, database_path: Path) -> Services:
        database = open_workspace(database_path, paths.data)
        return cls(
            paths=paths,
            database=database,
            reports=ReportService(database),
            glossary=GlossaryService(database),
            training=TrainingService(database, paths.data),
        )

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
