"""The question bank: browsing it both ways, reading a question's evidence, keeping it.

Figures for linked indicators come from a ``FigureSource`` when one is connected (the
outcomes data); until then a question shows the keys of its indicators and the
figures quoted in the paragraphs it rests on.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.domain.errors import InvalidInputError, NotFoundError
from briefing_app.domain.meetings import Meeting, MeetingItem
from briefing_app.domain.reports import Finding, InspectionReport
from briefing_app.domain.scrutiny import (
    Coverage,
    FigureSource,
    LinkedFigure,
    Question,
    QuestionDraft,
    QuestionEvidence,
    QuestionFilter,
    QuestionStatus,
    areas_of,
    coverage,
)
from briefing_app.storage.database import Database
from briefing_app.storage.meetings_repo import MeetingRepository
from briefing_app.storage.questions_repo import QuestionRepository
from briefing_app.storage.reports_repo import ReportRepository
from briefing_app.storage.scrutiny_search_repo import ScrutinySearchRepository

_FIX_AND_SAVE = "Change what is shown and save again; nothing has been saved yet."


class ScrutinyService:
    def __init__(self, database: Database, figures: FigureSource | None = None) -> None:
        self._questions = QuestionRepository(database)
        self._meetings = MeetingRepository(database)
        self._reports = ReportRepository(database)
        self._search = ScrutinySearchRepository(database)
        self._figures = figures

    # -- figures ---------------------------------------------------------------------

    def connect_figures(self, source: FigureSource | None) -> None:
        """Show indicator figures (and let them steer suggestions) from ``source``."""
        self._figures = source

    @property
    def has_figures(self) -> bool:
        return self._figures is not None

    def figures(self, keys: Sequence[str]) -> list[LinkedFigure]:
        if self._figures is None or not keys:
            return []
        return list(self._figures.figures(keys))

    # -- reading ---------------------------------------------------------------------

    def all_questions(self) -> list[Question]:
        return self._questions.all()

    def questions(self, choice: QuestionFilter | None = None, text: str = "") -> list[Question]:
        """Questions matching a filter and, if given, words typed to search for."""
        choice = choice or QuestionFilter()
        asked = self.asked_question_ids()
        found = [q for q in self._questions.all() if choice.accepts(q, q.id in asked)]
        if text.strip():
            ranked = [hit.ref for hit in self._search.questions(text, limit=1000)]
            order = {question_id: index for index, question_id in enumerate(ranked)}
            found = sorted((q for q in found if q.id in order), key=lambda q: order[q.id])
        return found

    def question(self, question_id: int) -> Question:
        return self._questions.get(question_id)

    def asked_question_ids(self) -> set[int]:
        return {item.question_id for _, item in self._meetings.last_outcomes()}

    def current_report(self) -> InspectionReport | None:
        """The report new questions are written about: the council's newest inspection
        (a report of another council, held to compare with, is not it)."""
        headers = self._reports.own_reports()
        return self._reports.get(headers[0].id) if headers else None

    def report_for(self, question: Question) -> InspectionReport | None:
        if question.report_id is not None:
            try:
                return self._reports.get(question.report_id)
            except NotFoundError:
                return None
        return self.current_report()

    def evidence(self, question_id: int) -> QuestionEvidence:
        """The question with the verbatim paragraphs, judgements and figures behind it."""
        question = self._questions.get(question_id)
        report = self.report_for(question)
        if report is None:
            return QuestionEvidence(question, (), (), (), tuple(self.figures(question.indicators)))
        findings = tuple(f for n in question.findings if (f := report.finding(n)) is not None)
        recommendations = tuple(
            r for r in report.recommendations if r.paragraph in question.recommendations
        )
        areas = areas_of(question, report)
        judgements = tuple(j for j in report.judgements if j.area in areas)
        return QuestionEvidence(
            question=question,
            findings=findings,
            recommendations=recommendations,
            judgements=judgements,
            figures=tuple(self.figures(question.indicators)),
            report_title=report.short_title,
        )

    def history(self, question_id: int) -> list[tuple[Meeting, MeetingItem]]:
        return self._meetings.history(question_id)

    def questions_for_paragraph(self, paragraph: int, report_id: int | None) -> list[Question]:
        return self._questions.for_paragraph(paragraph, report_id)

    def findings_with_questions(
        self, report_id: int, *, include_retired: bool = False
    ) -> list[tuple[Finding, list[Question]]]:
        """Each paragraph of a report that questions rest on, with those questions."""
        report = self._reports.get(report_id)
        by_paragraph: dict[int, list[Question]] = {}
        for question in self._questions.all():
            if question.report_id not in (None, report_id):
                continue
            if not include_retired and not question.is_active:
                continue
            for paragraph in question.paragraphs:
                by_paragraph.setdefault(paragraph, []).append(question)
        return [
            (f, by_paragraph[f.paragraph]) for f in report.findings if f.paragraph in by_paragraph
        ]

    def coverage(self, report_id: int) -> Coverage:
        return coverage(self._questions.all(), self._reports.get(report_id))

    # -- keeping the bank ------------------------------------------------------------

    def add_question(self, draft: QuestionDraft, report_id: int | None) -> Question:
        report = self._reports.get(report_id) if report_id is not None else None
        self._check(draft, report)
        return self._questions.get(self._questions.add(draft, report_id))

    def update_question(self, question_id: int, draft: QuestionDraft) -> Question:
        current = self._questions.get(question_id)
        self._check(draft, self.report_for(current) if current.report_id else None)
        self._questions.update(question_id, draft)
        return self._questions.get(question_id)

    def retire(self, question_id: int) -> Question:
        """Take a question out of use. It stays in past meetings' records; reinstate undoes it."""
        self._questions.set_status(question_id, QuestionStatus.RETIRED)
        return self._questions.get(question_id)

    def reinstate(self, question_id: int) -> Question:
        self._questions.set_status(question_id, QuestionStatus.ACTIVE)
        return self._questions.get(question_id)

    @staticmethod
    def _check(draft: QuestionDraft, report: InspectionReport | None) -> None:
        problems = draft.problems(report)
        if problems:
            raise InvalidInputError(problems, _FIX_AND_SAVE)
