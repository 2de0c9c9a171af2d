"""Importing an inspection report: read it, link its evidence, back up, write it in one go.

Reading (the slow part) touches no database, so the window can do it off the UI thread.
Saving backs the database up first and then writes the whole report in one transaction:
a report is either all there or not there at all. A report of an inspection already held
(same authority and inspection dates) is not written until the caller says whether to
replace the one held or keep both. A replaced report keeps its id, so the questions and
figures linked to it stay linked.

Each report is matched with the council it is about. A report of the workspace's own
council becomes its current report (its findings and themes are the council's). A report
of another council is kept only to compare with: it never feeds the workspace's
summaries, questions or figures, and the result says so.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.domain.errors import DuplicateReportError
from briefing_app.domain.progress import ProgressCallback
from briefing_app.domain.reports import (
    InspectionReport,
    Recommendation,
    ReportHeader,
    ReportKind,
)
from briefing_app.domain.wording import plural

if TYPE_CHECKING:
    from briefing_app.storage.database import Database


class DuplicateChoice(Enum):
    """What to do when the report's inspection is already held."""

    ASK = "ask"
    REPLACE = "replace"
    KEEP_BOTH = "keep-both"


@dataclass(frozen=True)
class ImportResult:
    report_id: int
    report: InspectionReport
    replaced: tuple[int, ...]  # the reports held before, oldest first; the first id is kept
    backup: Path
    # Set when the report is not about the workspace's council: the workspace's council's
    # name; the report is kept only to compare with.
    other_council_of: str | None = None

    @property
    def comparison_note(self) -> str:
        """What the import means for the workspace, when the report is another council's."""
        if self.other_council_of is None:
            return ""
        return (
            f"This report is not about {self.other_council_of}, so it is kept only to "
            f"compare with: it is not used for {self.other_council_of}'s summaries, "
            "questions or figures."
        )


def import_summary(report: InspectionReport) -> dict[str, Any]:
    """The stable machine-readable summary printed by ``import-report --json``."""
    first, last = report.paragraph_range
    overall = report.overall
    return {
        "local_authority": report.authority,
        "framework": report.framework.value,
        "inspection_start": report.inspection_start.isoformat(),
        "inspection_end": report.inspection_end.isoformat(),
        "overall_effectiveness": overall.grade.value if overall else None,
        "judgements": [{"area": j.area.value, "grade": j.grade.value} for j in report.judgements],
        "paragraphs": len(report.findings),
        "first_paragraph": first,
        "last_paragraph": last,
        "recommendations": len(report.recommendations),
        "kind": report.kind.value,
        "warnings": list(report.warnings),
    }


def describe(report: InspectionReport) -> str:
    """One line about a report, for messages."""
    overall = report.overall
    grade = f", judged {overall.grade.label.lower()} overall" if overall else ""
    what = (
        f"inspection of {report.inspection_dates}"
        if report.kind is ReportKind.INSPECTION
        else f"{report.kind.label}, {report.inspection_dates}"
    )
    return (
        f"{report.authority}: {report.framework.value} {what}{grade}; "
        f"{plural(len(report.findings), 'numbered paragraph')} ({report.paragraph_range[0]} "
        f"to {report.paragraph_range[1]}), {plural(len(report.judgements), 'judgement')}, "
        f"{plural(len(report.recommendations), 'recommendation')}"
    )


def warning_lines(report: InspectionReport) -> list[str]:
    """What looked wrong when the report was read, one line each, for the command line."""
    if not report.warnings:
        return []
    return [
        "Warning: some things looked wrong when the report was read. Check them against the "
        "report itself:",
        *(f"- {warning}" for warning in report.warnings),
    ]


class ReportImportService:
    def __init__(self, database: Database) -> None:
        # The storage modules are loaded here, not with this module: reading a report
        # (``read``, e.g. for a dry run) needs no database.
        from briefing_app.storage.reports_repo import ReportRepository

        self._database = database
        self._reports = ReportRepository(database)

    def _council_of(self, report: InspectionReport) -> tuple[str | None, str | None]:
        """The council the report is about (its old DfE code, if the app knows it), and,
        when that is not the workspace's council, the workspace's council's name."""
        # Only when a report is saved: the councils and the workspace (about 10 ms).
        from briefing_app.domain.workspace import spoken_name
        from briefing_app.storage.statistics_repo import CouncilRepository
        from briefing_app.storage.workspace_repo import WorkspaceRepository

        found = CouncilRepository(self._database).directory().match(report.authority)
        code = found.old_code if found is not None else None
        workspace = WorkspaceRepository(self._database)
        record = workspace.get()
        if record is not None and code == record.old_code:
            return code, None
        return code, spoken_name(workspace.council_name() or "this council")

    @staticmethod
    def read(
        path: Path, progress: ProgressCallback | None = None, *, link: bool = True
    ) -> InspectionReport:
        """Parse a report file, tag its findings with themes and link each recommendation to
        its evidence (unless ``link`` is False, as for a dry run that only summarises the
        report). Writes nothing."""
        # The report reader, only when a report is read (about 15 ms).
        from briefing_app.importers.ofsted_report import read_report_file

        report = read_report_file(Path(path), progress)
        if not link:
            return report
        # Not for a dry run, which only summarises the report (about 4 ms).
        from briefing_app.domain.evidence import link_evidence
        from briefing_app.domain.themes import tag_report

        return link_evidence(tag_report(report))

    def duplicates(self, report: InspectionReport) -> list[ReportHeader]:
        return self._reports.same_inspection(report)

    def save(
        self, report: InspectionReport, choice: DuplicateChoice = DuplicateChoice.ASK
    ) -> ImportResult:
        """Back up, then write the report in one transaction."""
        report, replaced = self._prepare(report, choice)
        # Only when a report is saved, not for a dry run (about 16 ms).
        from briefing_app.services.backups import safe_change

        council, other_council_of = self._council_of(report)
        with safe_change(self._database, "import-report") as backup:
            report_id = self._write(report, replaced, council)
        return ImportResult(
            report_id, self._reports.get(report_id), replaced, backup, other_council_of
        )

    def save_after_backup(
        self, report: InspectionReport, choice: DuplicateChoice = DuplicateChoice.ASK
    ) -> tuple[int, tuple[int, ...]]:
        """Write the report in one transaction, with no backup of its own: for a caller
        that backed the database up before it began (importing many reports at once).
        Gives the report's id and the reports it replaced."""
        report, replaced = self._prepare(report, choice)
        council, _ = self._council_of(report)
        with self._database.transaction():
            report_id = self._write(report, replaced, council)
        return report_id, replaced

    def _prepare(
        self, report: InspectionReport, choice: DuplicateChoice
    ) -> tuple[InspectionReport, tuple[int, ...]]:
        """The report to write and the reports it replaces; refuses (DuplicateReportError)
        a report of an inspection already held, unless ``choice`` says what to do."""
        held = self.duplicates(report)
        if held and choice is DuplicateChoice.ASK:
            raise DuplicateReportError(
                f"{report.authority}'s inspection of {report.inspection_dates} is already held.",
                "Choose to replace the report held, or to keep both. Nothing has been changed.",
                existing=tuple(h.id for h in held),
            )
        if choice is DuplicateChoice.REPLACE and held:
            replaced = tuple(sorted(h.id for h in held))
            return self._keep_links(report, replaced), replaced
        return report, ()

    def _write(
        self, report: InspectionReport, replaced: tuple[int, ...], council: str | None
    ) -> int:
        """Write the report (in the caller's transaction), owned by ``council``; its id."""
        if replaced:
            # The report first held keeps its id, so questions, figures and anything
            # else linked to it stay linked; other copies are folded into it.
            self._reports.replace(replaced[0], report, absorb=replaced[1:])
            self._reports.set_council(replaced[0], council)
            return replaced[0]
        return self._reports.add(report, council=council)

    def import_file(
        self,
        path: Path,
        choice: DuplicateChoice = DuplicateChoice.ASK,
        progress: ProgressCallback | None = None,
    ) -> ImportResult:
        return self.save(self.read(path, progress), choice)

    def _keep_links(self, report: InspectionReport, replaced: tuple[int, ...]) -> InspectionReport:
        """Links already held (curated or checked by an officer) outlive the report's text."""
        held: dict[tuple[int | None, int], tuple[int, ...]] = {}
        for report_id in replaced:
            for rec in self._reports.get(report_id).recommendations:
                if rec.evidence:
                    held.setdefault(_key(rec), rec.evidence)
        recommendations = tuple(
            dataclasses.replace(rec, evidence=held.get(_key(rec), rec.evidence))
            for rec in report.recommendations
        )
        return dataclasses.replace(report, recommendations=recommendations)


def _key(rec: Recommendation) -> tuple[int | None, int]:
    return (rec.paragraph, 0) if rec.paragraph is not None else (None, rec.number)
