"""Reading inspection reports: what the Overview and Inspection findings pages show."""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from briefing_app.domain.reports import InspectionReport, ReportHeader
from briefing_app.storage.database import Database
from briefing_app.storage.reports_repo import ReportRepository

if TYPE_CHECKING:
    from briefing_app.domain.search import FindingHit
    from briefing_app.storage.search_repo import SearchRepository


class ReportCounts(NamedTuple):
    """How much a report holds, for the Overview page (a NamedTuple: quick to define)."""

    findings: int
    recommendations: int
    priority_recommendations: int
    strengths: int


class ReportService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._reports = ReportRepository(database)

    @cached_property
    def _search(self) -> SearchRepository:
        """Made when first searched: the Overview page, shown first, does not search."""
        # The Overview page, shown first, does not search (about 4 ms).
        from briefing_app.storage.search_repo import SearchRepository

        return SearchRepository(self._database)

    def headers(self) -> list[ReportHeader]:
        return self._reports.headers()

    def get(self, report_id: int) -> InspectionReport:
        return self._reports.get(report_id)

    def council_name(self) -> str:
        """The workspace's council, as people say its name ("Sheffield")."""
        # The workspace's table, only when its name is wanted (about 1 ms).
        from briefing_app.domain.workspace import spoken_name
        from briefing_app.storage.workspace_repo import WorkspaceRepository

        name = WorkspaceRepository(self._database).council_name()
        return spoken_name(name) if name else "this council"

    def own_reports(self) -> list[ReportHeader]:
        """Reports of the workspace's council, newest first (reports of other councils,
        held to compare with, are left out)."""
        return self._reports.own_reports()

    def latest(self) -> InspectionReport | None:
        """The newest report of the workspace's council (never another council's)."""
        headers = self._reports.own_reports()
        return self._reports.get(headers[0].id) if headers else None

    def search(self, words: str, report_ids: Collection[int] | None = None) -> list[FindingHit]:
        """Paragraphs of the reports held (or of ``report_ids``) holding every word typed."""
        return self._search.search(words, report_ids)

    @staticmethod
    def counts(report: InspectionReport) -> ReportCounts:
        return ReportCounts(
            findings=len(report.findings),
            recommendations=len(report.recommendations),
            priority_recommendations=sum(1 for r in report.recommendations if r.priority),
            strengths=len(report.strengths),
        )
