"""A council's inspection history, and which council each report held is about.

``HistoryService.council_of`` is the one place that says which council a report is
about. It reads the authority's name as the report prints it, through the council list
(``domain.history.council_for_report``). A workspace that records each report's council
when it is imported can answer from that record here instead; everything else follows
from it: the history and its neighbours, the councils the findings page offers, and the
search of a council's reports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from briefing_app.domain.councils import Council, CouncilDirectory, name_key
from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.history import (
    CouncilHistory,
    JudgedReport,
    NeighbourReports,
    council_for_report,
    oldest_first,
)
from briefing_app.domain.reports import ReportHeader
from briefing_app.services.statistics import StatisticsService
from briefing_app.storage.database import Database
from briefing_app.storage.reports_repo import ReportRepository

# The key of the reports of an authority the council list does not hold.
_UNLISTED = "authority:"


@dataclass(frozen=True)
class CouncilReports:
    """The reports held of one council, newest first, or of one authority the council list
    does not hold (``council`` None; ``name`` as the reports print it)."""

    key: str
    name: str
    council: Council | None
    reports: tuple[ReportHeader, ...]


class HistoryService:
    def __init__(self, database: Database, data_dir: Path) -> None:
        self._reports = ReportRepository(database)
        self._statistics = StatisticsService(database, data_dir)
        self._matched: dict[tuple[str, date], Council | None] = {}

    @cached_property
    def _directory(self) -> CouncilDirectory:
        return self._statistics.councils()

    def councils(self) -> CouncilDirectory:
        """Every council the app knows."""
        return self._directory

    # -- which council a report is about ----------------------------------------------

    def council_of(self, report: ReportHeader) -> Council | None:
        """The council ``report`` is about; None if the council list has no council of
        the authority's name. (The one place this is decided: see the module's note.)"""
        key = (report.authority, report.inspection_end)
        if key not in self._matched:
            self._matched[key] = council_for_report(
                report.authority, report.inspection_end, self._directory
            )
        return self._matched[key]

    def key_of(self, report: ReportHeader) -> str:
        """The same for every report of one council: its DfE code, or the authority's name
        when the council list does not hold it."""
        council = self.council_of(report)
        return council.old_code if council else f"{_UNLISTED}{name_key(report.authority)}"

    def by_council(self, headers: Iterable[ReportHeader] | None = None) -> list[CouncilReports]:
        """The reports held (or ``headers``), by council, councils in the order of their
        names; each council's reports newest first."""
        groups: dict[str, list[ReportHeader]] = {}
        for header in self._reports.headers() if headers is None else headers:
            groups.setdefault(self.key_of(header), []).append(header)
        found = []
        for key, reports in groups.items():
            council = self.council_of(reports[0])
            name = council.label if council else reports[0].authority
            ordered = sorted(reports, key=lambda h: (h.inspection_end, h.id), reverse=True)
            found.append(CouncilReports(key, name, council, tuple(ordered)))
        return sorted(found, key=lambda group: group.name.casefold())

    def same_council(self, report: ReportHeader) -> list[ReportHeader]:
        """Every report held of ``report``'s council, newest first."""
        key = self.key_of(report)
        return [h for h in self._reports.headers() if self.key_of(h) == key]

    def neighbourhood(self, report: ReportHeader) -> list[ReportHeader]:
        """Every report held of ``report``'s council (newest first), then those of its
        statistical neighbours (closest neighbour first, each newest first)."""
        headers = self._reports.headers()
        own_key = self.key_of(report)
        found = [h for h in headers if self.key_of(h) == own_key]
        council = self.council_of(report)
        if council is None:
            return found
        for neighbour in self._directory.neighbours_of(council):
            found += [h for h in headers if self.key_of(h) == neighbour.old_code]
        return found

    # -- a council's history ------------------------------------------------------------

    def history(self, report_id: int) -> CouncilHistory:
        """The history of the council report ``report_id`` is about, with its statistical
        neighbours' reports held."""
        headers = self._reports.headers()
        chosen = next((h for h in headers if h.id == report_id), None)
        if chosen is None:
            raise NotFoundError(f"There is no inspection report number {report_id}.")
        judgements = self._reports.judgements()
        by_key: dict[str, list[JudgedReport]] = {}
        for header in headers:
            judged = JudgedReport(header, judgements.get(header.id, ()))
            by_key.setdefault(self.key_of(header), []).append(judged)
        council = self.council_of(chosen)
        own = oldest_first(by_key[self.key_of(chosen)])
        if council is None:
            return CouncilHistory(chosen.authority, None, own)
        neighbours = []
        without = []
        for neighbour in self._directory.neighbours_of(council):
            held = by_key.get(neighbour.old_code)
            if held:
                neighbours.append(NeighbourReports(neighbour, oldest_first(held)))
            else:
                without.append(neighbour)
        return CouncilHistory(council.label, council, own, tuple(neighbours), tuple(without))
