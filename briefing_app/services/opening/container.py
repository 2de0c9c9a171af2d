"""Every service the window and the commands use, built on one open database."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from briefing_app.paths import AppPaths
from briefing_app.services.reports import ReportService
from briefing_app.storage.database import Database, Populate

if TYPE_CHECKING:
    from briefing_app.domain.briefing import Manifest
    from briefing_app.services.actions import ActionService
    from briefing_app.services.backups import BackupService
    from briefing_app.services.council import CouncilService
    from briefing_app.services.council_figures import CouncilFiguresService
    from briefing_app.services.council_summaries import CouncilSummariesService
    from briefing_app.services.glossary import GlossaryService
    from briefing_app.services.history import HistoryService
    from briefing_app.services.meeting_record import MeetingRecordService
    from briefing_app.services.meetings import MeetingService
    from briefing_app.services.outcomes import OutcomesService
    from briefing_app.services.packs.service import PackService
    from briefing_app.services.publication import PublicationService
    from briefing_app.services.publishing import Publisher
    from briefing_app.services.report_batch import ReportBatch
    from briefing_app.services.report_import import ReportImportService
    from briefing_app.services.scrutiny import ScrutinyService
    from briefing_app.services.search import SearchOnOwnConnection, SearchService
    from briefing_app.services.statistics import StatisticsService
    from briefing_app.services.training.self_checks import SelfCheckService
    from briefing_app.services.training.service import TrainingService


class Services:
    """The services over one open database (made by ``AppRoot``).

    Each service is built the first time it is used, so starting the window loads the
    code of none but the first page's. Closing the services closes the database; used
    in a ``with`` block, they are closed at its end. (A plain class: it is on the start-up
    path, and a dataclass takes a millisecond to define.)
    """

    def __init__(
        self,
        paths: AppPaths,
        database: Database,
        populate: Populate,
        briefing: Manifest | None = None,
    ) -> None:
        self.paths = paths
        self.database = database
        # What fills a brand-new database: the default dataset (a restore needs it too).
        self.populate = populate
        # The briefing file open, read-only, or None for a workspace.
        self.briefing = briefing

    @property
    def officer_tools(self) -> bool:
        """Whether officers' tools are offered: importing, editing, publishing, backups.
        The one place that says so: a briefing file is read-only, with none of them."""
        return self.briefing is None

    def renewed(self) -> Services:
        """The same database with every service built afresh (after a restore: no cache
        holds what was there before)."""
        return Services(self.paths, self.database, self.populate, self.briefing)

    @cached_property
    def reports(self) -> ReportService:
        return ReportService(self.database)

    @cached_property
    def council(self) -> CouncilService:
        # Built on first use: the window's title asks it one small question (about 2 ms).
        from briefing_app.services.council import CouncilService

        return CouncilService(self.database, self.paths.data)

    @cached_property
    def glossary(self) -> GlossaryService:
        # Built on first use: start-up loads only the first page's services (about 2 ms).
        from briefing_app.services.glossary import GlossaryService

        return GlossaryService(self.database)

    @cached_property
    def history(self) -> HistoryService:
        # Built on first use: start-up loads only the first page's services (about 10 ms).
        from briefing_app.services.history import HistoryService

        return HistoryService(self.database, self.paths.data)

    @cached_property
    def imports(self) -> ReportImportService:
        # Built on first use: start-up loads only the first page's services (about 3 ms).
        from briefing_app.services.report_import import ReportImportService

        return ReportImportService(self.database)

    @cached_property
    def report_batch(self) -> ReportBatch:
        # Built on first use: start-up loads only the first page's services (about 3 ms).
        from briefing_app.services.report_batch import ReportBatch

        return ReportBatch(self.database)

    @cached_property
    def scrutiny(self) -> ScrutinyService:
        # Built on first use: start-up loads only the first page's services (about 30 ms).
        from briefing_app.services.figures import IndicatorFigures
        from briefing_app.services.scrutiny import ScrutinyService

        scrutiny = ScrutinyService(self.database)
        # Questions show their indicators' figures; the outcomes service behind them is
        # built the first time a question's figures are wanted, not here.
        scrutiny.connect_figures(IndicatorFigures(lambda: self.outcomes))
        return scrutiny

    @cached_property
    def meetings(self) -> MeetingService:
        # Built on first use: start-up loads only the first page's services (about 30 ms).
        from briefing_app.services.meetings import MeetingService

        return MeetingService(self.database, self.scrutiny)

    @cached_property
    def actions(self) -> ActionService:
        # Built on first use: start-up loads only the first page's services (about 8 ms).
        from briefing_app.services.actions import ActionService

        return ActionService(self.database)

    @cached_property
    def records(self) -> MeetingRecordService:
        # Built on first use: start-up loads only the first page's services (about 30 ms).
        from briefing_app.services.meeting_record import MeetingRecordService

        return MeetingRecordService(self.database)

    @cached_property
    def search(self) -> SearchService:
        # Built on first use: start-up loads only the first page's services (about 6 ms).
        from briefing_app.services.search import SearchService, findings_source, scrutiny_sources

        return SearchService([findings_source(self.database), *scrutiny_sources(self.database)])

    def search_on_own_connection(self) -> SearchOnOwnConnection:
        """The search of everything for a thread other than the window's (a new one each
        time: it opens a connection of its own when first used)."""
        # Only when a search window opens (about 6 ms).
        from briefing_app.services.search import SearchOnOwnConnection

        return SearchOnOwnConnection(self.database)

    @cached_property
    def backups(self) -> BackupService:
        # Built on first use: start-up loads only the first page's services (about 3 ms).
        from briefing_app.services.backups import BackupService

        return BackupService(self.database, self.populate)

    @cached_property
    def outcomes(self) -> OutcomesService:
        # Built on first use: start-up loads only the first page's services (about 30 ms).
        from briefing_app.services.outcomes import OutcomesService

        return OutcomesService(self.database)

    @cached_property
    def statistics(self) -> StatisticsService:
        # Built on first use: start-up loads only the first page's services (about 20 ms).
        from briefing_app.services.statistics import StatisticsService

        return StatisticsService(self.database, self.paths.data)

    @cached_property
    def council_figures(self) -> CouncilFiguresService:
        # Built on first use: start-up loads only the first page's services (about 5 ms).
        from briefing_app.services.council_figures import CouncilFiguresService

        return CouncilFiguresService(self.statistics, self.council.council)

    @cached_property
    def council_summaries(self) -> CouncilSummariesService:
        # Built on first use: start-up loads only the first page's services (about 5 ms).
        from briefing_app.services.council_summaries import CouncilSummariesService

        return CouncilSummariesService(
            self.outcomes, self.statistics, self.reports, self.council.council
        )

    @cached_property
    def training(self) -> TrainingService:
        # Built on first use: start-up loads only the first page's services (about 30 ms).
        from briefing_app.services.training.service import TrainingService

        return TrainingService(self.database, self.paths.data)

    @cached_property
    def self_checks(self) -> SelfCheckService:
        # Built on first use: start-up loads only the first page's services (about 30 ms).
        from briefing_app.services.training.self_checks import SelfCheckService

        # A result is kept with the attendance up to the same day the records use.
        return SelfCheckService(self.database, self.training.today)

    @cached_property
    def publication(self) -> PublicationService:
        # Built on first use: start-up loads only the first page's services (about 3 ms).
        from briefing_app.services.publication import PublicationService

        return PublicationService(self.database)

    @cached_property
    def packs(self) -> PackService:
        # Built on first use: start-up loads only the first page's services (about 120 ms).
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
            figures=self.council_figures,
            summaries=self.council_summaries,
            council=self.council,
            publication=self.publication,
        )
        return PackService(data, self.paths.resources / "fonts")

    @cached_property
    def publisher(self) -> Publisher:
        # Built on first use: only publishing a briefing file needs it (about 5 ms).
        from briefing_app.services.publishing import Publisher

        return Publisher(self.database, self.council)

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
