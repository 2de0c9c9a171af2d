"""Every service the window needs, built on one open database."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.paths import AppPaths
from briefing_app.services.opening.workspace import open_workspace, seeder
from briefing_app.services.reports import ReportService
from briefing_app.storage.database import Database

if TYPE_CHECKING:
    from briefing_app.services.actions import ActionService
    from briefing_app.services.backups import BackupService
    from briefing_app.services.glossary import GlossaryService
    from briefing_app.services.meeting_record import MeetingRecordService
    from briefing_app.services.meetings import MeetingService
    from briefing_app.services.outcomes import OutcomesService
    from briefing_app.services.packs.service import PackService
    from briefing_app.services.report_import import ReportImportService
    from briefing_app.services.scrutiny import ScrutinyService
    from briefing_app.services.search import SearchService
    from briefing_app.services.training.service import TrainingService


@dataclass
class Services:
    """The services over one open database.

    Only what the first page needs is built at once; every other service is built the
    first time it is used, so starting the window loads none of their code.
    """

    paths: AppPaths
    database: Database
    reports: ReportService

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
        )

    @cached_property
    def glossary(self) -> GlossaryService:
        from briefing_app.services.glossary import GlossaryService

        return GlossaryService(self.database)

    @cached_property
    def imports(self) -> ReportImportService:
        from briefing_app.services.report_import import ReportImportService

        return ReportImportService(self.database)

    @cached_property
    def scrutiny(self) -> ScrutinyService:
        from briefing_app.services.figures import IndicatorFigures
        from briefing_app.services.scrutiny import ScrutinyService

        scrutiny = ScrutinyService(self.database)
        # Questions show their indicators' figures; the outcomes service behind them is
        # built the first time a question's figures are wanted, not here.
        scrutiny.connect_figures(IndicatorFigures(lambda: self.outcomes))
        return scrutiny

    @cached_property
    def meetings(self) -> MeetingService:
        from briefing_app.services.meetings import MeetingService

        return MeetingService(self.database, self.scrutiny)

    @cached_property
    def actions(self) -> ActionService:
        from briefing_app.services.actions import ActionService

        return ActionService(self.database)

    @cached_property
    def records(self) -> MeetingRecordService:
        from briefing_app.services.meeting_record import MeetingRecordService

        return MeetingRecordService(self.database)

    @cached_property
    def search(self) -> SearchService:
        from briefing_app.services.search import SearchService, findings_source, scrutiny_sources

        return SearchService([findings_source(self.database), *scrutiny_sources(self.database)])

    @cached_property
    def backups(self) -> BackupService:
        from briefing_app.services.backups import BackupService

        return BackupService(self.database, seeder(self.paths.data))

    @cached_property
    def outcomes(self) -> OutcomesService:
        """Figures and summaries; built on first use, so start-up does not load them."""
        from briefing_app.services.outcomes import OutcomesService

        return OutcomesService(self.database)

    @cached_property
    def training(self) -> TrainingService:
        """Built when first used (the Training page, or a training command), not at start-up."""
        from briefing_app.services.training.service import TrainingService

        return TrainingService(self.database, self.paths.data)

    @cached_property
    def packs(self) -> PackService:
        """Briefing packs, set up on first use (so starting the window does not load them)."""
        from briefing_app.services.packs.service import PackData, PackService

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
