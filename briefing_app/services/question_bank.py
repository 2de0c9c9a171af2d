"""Loading a question bank file into the database, checked against the report it is about."""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.reports import InspectionReport
from briefing_app.storage.database import Database
from briefing_app.storage.questions_repo import QuestionRepository
from briefing_app.storage.reports_repo import ReportRepository

REPORT_FILE = "report.txt"


def load_question_bank(database: Database, path: Path) -> int:
    """Add every question in ``path`` (all or none); return how many were added.

    The bank belongs to the report in the same folder. Every paragraph a question names
    must be in that report, and every recommendation one of its recommendations.
    """
    # Only when a question bank is loaded: the report reader and the CSV reader (about 18 ms).
    from briefing_app.importers.ofsted_report import read_report_file
    from briefing_app.importers.questions_csv import read_question_bank

    rows = read_question_bank(path)
    parsed = read_report_file(path.parent / REPORT_FILE)
    held = _held_report(database, parsed)
    report = held or parsed
    repository = QuestionRepository(database)
    for row in rows:
        problems = row.draft.problems(report)
        if problems:
            raise ImportFileError(
                path,
                f"{row.code}: {problems[0]}",
                "Each paragraph must be in the report beside the file.",
                line=row.line,
            )
        if repository.by_code(row.code) is not None:
            raise ImportFileError(
                path,
                f"a question with the code {row.code!r} is already held.",
                "Give each question its own code.",
                line=row.line,
            )
    return repository.add_many(
        ((row.code, row.draft) for row in rows), held.id if held is not None else None
    )


def _held_report(database: Database, parsed: InspectionReport) -> InspectionReport | None:
    reports = ReportRepository(database)
    for header in reports.headers():
        if (
            header.authority.casefold() == parsed.authority.casefold()
            and header.inspection_start == parsed.inspection_start
            and header.inspection_end == parsed.inspection_end
        ):
            return reports.get(header.id)
    return None
