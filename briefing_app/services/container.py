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
    from briefing_app.services.training import TrainingService


@dataclass
class Services:
    paths: AppPaths
    database: Database
    reports: ReportService
    glossary: GlossaryService
    _training: TrainingService | None = field(default=None, repr=False)

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
    def training(self) -> TrainingService:
        """Built when first used (the Training page, or a training command), not at start-up."""
        if self._training is None:
            from briefing_app.services.training import TrainingService

            self._training = TrainingService(self.database, self.paths.data)
        return self._training

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
