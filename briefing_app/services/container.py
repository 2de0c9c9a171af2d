"""Every service the window needs, built on one open database."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.paths import AppPaths
from briefing_app.services.actions import ActionService
from briefing_app.services.glossary import GlossaryService
from briefing_app.services.meeting_record import MeetingRecordService
from briefing_app.services.meetings import MeetingService
from briefing_app.services.report_import import ReportImportService
from briefing_app.services.reports import ReportService
from briefing_app.services.scrutiny import ScrutinyService
from briefing_app.services.search import SearchService, scrutiny_sources
from briefing_app.services.workspace import open_workspace
from briefing_app.storage.database import Database

if TYPE_CHECKING:
    from briefing_app.services.outcomes import OutcomesService
    from briefing_app.services.packs import PackService
    from briefing_app.services.training import TrainingService


@dataclass
class Services:
    paths: AppPaths
    database: Database
    reports: ReportService
    glossary: GlossaryService
    imports: ReportImportService
    scrutiny: ScrutinyService
    meetings: MeetingService
    actions: ActionService
    records: MeetingRecordService
    search: SearchService

    @classmethod
    def open(cls, paths: AppPaths, database_path: Path) -> Services:
        database = open_workspace(database_path, paths.data)
        scrutiny = ScrutinyService(database)
        return cls(
            paths=paths,
            database=database,
            reports=ReportService(database),
            glossary=GlossaryService(database),
            imports=ReportImportService(database),
            scrutiny=scrutiny,
            meetings=MeetingService(database, scrutiny),
            actions=ActionService(database),
            records=MeetingRecordService(database),
            search=SearchService(scrutiny_sources(database)),
        )

    @cached_property
    def outcomes(self) -> OutcomesService:
        """Figures and summaries; built on first use, so start-up does not load them."""
        from briefing_app.services.outcomes import OutcomesService

        return OutcomesService(self.database)

    @cached_property
    def training(self) -> TrainingService:
        """Built when first used (the Training page, or a training command), not at start-up."""
        from briefing_app.services.training import TrainingService

        return TrainingService(self.database, self.paths.data)

    @cached_property
    def packs(self) -> PackService:
        """Briefing packs, set up on first use (so starting the window does not load them)."""
        from briefing_app.services.packs import PackData, PackService

        data = PackData(
            reports=self.reports,
            glossary=self.glossary,
            outcomes=self.outcomes,
            scrutiny=self.scrutiny,
            meetings=self.meetings,
            actions=self.actions,
            records=self.records,
            training=self.training,
        )
        return PackService(data, self.paths.resources / "fonts")

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()
