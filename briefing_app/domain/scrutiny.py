"""Scrutiny questions: what a councillor asks, and the evidence each question rests on.

A question is written in plain English and linked to the numbered paragraphs of an
inspection report it rests on (its *findings*), to the recommendations it follows up,
and to the indicators (by their stable keys) whose figures bear on it. It is tagged
with a theme and with one of the seven corporate parenting principles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from briefing_app.domain.principles import PRINCIPLES_BY_KEY, Principle
from briefing_app.domain.reports import (
    Finding,
    InspectionReport,
    Judgement,
    JudgementArea,
    Part,
    Recommendation,
    area_from_label,
)
from briefing_app.domain.themes import THEMES_BY_KEY, theme_label

# A report figure's key is words joined by hyphens ("cla-count"); a DfE figure's by
# underscores ("cla_rate_per_10000").
INDICATOR_KEY = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
MAX_QUESTION_LENGTH = 400


class QuestionStatus(Enum):
    """Whether a question is in use. A retired question stays in the record of past meetings."""

    ACTIVE = "active"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return "In use" if self is QuestionStatus.ACTIVE else "Retired"


@dataclass(frozen=True)
class QuestionDraft:
    """The parts of a question an officer writes: what the editor and the data file hold."""

    text: str
    why: str
    theme: str
    principle: str
    findings: tuple[int, ...]
    recommendations: tuple[int, ...] = ()
    indicators: tuple[str, ...] = ()

    def problems(self, report: InspectionReport | None = None) -> list[str]:
        """Everything wrong with the draft, in plain words; empty when it can be saved.

        With a report, the paragraphs and recommendations must exist in it.
        """
        found: list[str] = []
        text = self.text.strip()
        if not text:
            found.append("The question is empty.")
        elif not text.endswith("?"):
            found.append("A question should end with a question mark.")
        if len(text) > MAX_QUESTION_LENGTH:
            found.append(
                f"The question is {len(text)} characters long; keep it under "
                f"{MAX_QUESTION_LENGTH} so it can be read out in one breath."
            )
        if self.theme not in THEMES_BY_KEY:
            found.append(f"There is no theme called {self.theme!r}.")
        if self.principle not in PRINCIPLES_BY_KEY:
            found.append(f"There is no corporate parenting principle called {self.principle!r}.")
        if not self.findings:
            found.append("Link the question to at least one paragraph of the report.")
        bad_keys = [k for k in self.indicators if not INDICATOR_KEY.match(k)]
        if bad_keys:
            found.append(
                f"{bad_keys[0]!r} is not an indicator key (lower-case words joined by "
                "hyphens or underscores)."
            )
        if report is not None:
            known = {f.paragraph for f in report.findings}
            missing = [n for n in self.findings if n not in known]
            if missing:
                found.append(f"The report has no paragraph {missing[0]}.")
            recommendations = {r.paragraph for r in report.recommendations}
            not_recs = [n for n in self.recommendations if n not in recommendations]
            if not_recs:
                found.append(f"Paragraph {not_recs[0]} is not one of the report's recommendations.")
        return found


@dataclass(frozen=True)
class Question:
    id: int
    code: str
    text: str
    why: str
    theme: str
    principle: Principle
    findings: tuple[int, ...]
    recommendations: tuple[int, ...] = ()
    indicators: tuple[str, ...] = ()
    status: QuestionStatus = QuestionStatus.ACTIVE
    report_id: int | None = None

    @property
    def is_active(self) -> bool:
        return self.status is QuestionStatus.ACTIVE

    @property
    def theme_label(self) -> str:
        return theme_label(self.theme)

    @property
    def paragraphs(self) -> tuple[int, ...]:
        """Every paragraph the question rests on: its findings and its recommendations."""
        return tuple(sorted(set(self.findings) | set(self.recommendations)))

    def draft(self) -> QuestionDraft:
        return QuestionDraft(
            text=self.text,
            why=self.why,
            theme=self.theme,
            principle=self.principle.key,
            findings=self.findings,
            recommendations=self.recommendations,
            indicators=self.indicators,
        )


def parse_paragraph_list(text: str) -> tuple[int, ...]:
    """Paragraph numbers typed as "43 44", "43, 44", "43 and 44" or "43-45", in order and
    each once. Raises ValueError saying which part is unclear."""
    numbers: list[int] = []
    for part in re.split(r"[\s,;]+|\band\b", text.strip()):
        if not part:
            continue
        if re.fullmatch(r"\d+\s*[-–]\s*\d+", part):
            first, last = (int(x) for x in re.split(r"[-–]", part))
            if last < first or last - first > 200:
                raise ValueError(f"{part!r} is not a range of paragraphs.")
            numbers.extend(range(first, last + 1))
        elif part.isascii() and part.isdigit():
            numbers.append(int(part))
        else:
            raise ValueError(f"{part!r} is not a paragraph number.")
    return tuple(sorted(set(numbers)))


def format_paragraph_list(numbers: Iterable[int]) -> str:
    """ "43, 44": paragraph numbers in a table cell or a form."""
    return ", ".join(str(n) for n in numbers)


# -- judgement areas -----------------------------------------------------------------------


def judgement_area_of(finding: Finding) -> JudgementArea | None:
    """The judged area a paragraph sits under, if any.

    A paragraph about the safeguarding board counts towards its judgement; the report's
    opening "Summary of findings" gives the reasons for the overall judgement.
    """
    if finding.part is Part.LSCB:
        return JudgementArea.LSCB
    if finding.section.casefold() == "summary of findings":
        return JudgementArea.OVERALL_EFFECTIVENESS
    return area_from_label(finding.section)


def areas_of(question: Question, report: InspectionReport) -> tuple[JudgementArea, ...]:
    """The judged areas a question's findings sit under, in the order of ``JudgementArea``."""
    areas = {
        area
        for number in question.findings
        if (finding := report.finding(number)) is not None
        and (area := judgement_area_of(finding)) is not None
    }
    return tuple(a for a in JudgementArea if a in areas)


# -- figures from indicators ---------------------------------------------------------------


@dataclass(frozen=True)
class LinkedFigure:
    """A figure for one indicator a question is linked to, ready to show.

    ``value`` is the current figure ("48.1%") for ``period``; ``comparison`` says in words
    how it compares ("worse than England (34%)") and ``status`` is the short form with
    its icon ("✗ Worse than England"); ``sentence`` is the app's plain-English account
    of it, whose first sentence, ``headline``, gives the figure alone. ``source`` names
    where it comes from, and ``paragraphs`` of the report ``report_id`` are that source,
    when it is the report. ``concern`` runs from 0 (as good as or better than
    comparators) to 1 (far worse); None when there is nothing to compare with.
    Suggestions use it to favour questions on what is worst.
    """

    key: str
    label: str
    value: str
    comparison: str = ""
    source: str = ""
    concern: float | None = None
    sentence: str = ""
    headline: str = ""
    status: str = ""
    period: str = ""
    paragraphs: tuple[int, ...] = ()
    report_id: int | None = None


class FigureSource(Protocol):
    """Anything that can give the figures for indicator keys (the outcomes data)."""

    def figures(self, keys: Sequence[str]) -> list[LinkedFigure]: ...


# -- evidence and coverage -----------------------------------------------------------------


@dataclass(frozen=True)
class QuestionEvidence:
    """Everything a question rests on, for reading before or during a meeting."""

    question: Question
    findings: tuple[Finding, ...]
    recommendations: tuple[Recommendation, ...]
    judgements: tuple[Judgement, ...]
    figures: tuple[LinkedFigure, ...] = ()
    report_title: str = ""

    @property
    def indicators_without_figures(self) -> tuple[str, ...]:
        shown = {f.key for f in self.figures}
        return tuple(k for k in self.question.indicators if k not in shown)


@dataclass(frozen=True)
class Coverage:
    """How many questions in use follow up each recommendation and each weak judged area."""

    by_recommendation: dict[int, int] = field(default_factory=dict)
    by_weak_area: dict[JudgementArea, int] = field(default_factory=dict)
    questions: int = 0

    def thin(self, minimum: int = 2) -> list[str]:
        """What has fewer than ``minimum`` questions, in plain words."""
        gaps = [
            f"Recommendation {number} has {count}"
            for number, count in sorted(self.by_recommendation.items())
            if count < minimum
        ]
        gaps += [
            f"{area.label} has {count}"
            for area, count in self.by_weak_area.items()
            if count < minimum
        ]
        return gaps


def coverage(questions: Iterable[Question], report: InspectionReport) -> Coverage:
    active = [q for q in questions if q.is_active and q.report_id in (None, report.id)]
    by_recommendation = {
        rec.paragraph: sum(1 for q in active if rec.paragraph in q.recommendations)
        for rec in report.recommendations
        if rec.paragraph is not None
    }
    weak = [j.area for j in report.judgements if j.grade.is_below_good]
    by_area = {area: sum(1 for q in active if area in areas_of(q, report)) for area in weak}
    return Coverage(by_recommendation, by_area, len(active))


# -- filtering the bank --------------------------------------------------------------------


class StatusFilter(Enum):
    """Which questions to list, by whether they are in use and whether they have been asked."""

    IN_USE = "in_use"
    NOT_YET_ASKED = "not_yet_asked"
    ASKED_BEFORE = "asked_before"
    RETIRED = "retired"
    ALL = "all"

    @property
    def label(self) -> str:
        return {
            StatusFilter.IN_USE: "In use",
            StatusFilter.NOT_YET_ASKED: "In use, never asked",
            StatusFilter.ASKED_BEFORE: "In use, asked before",
            StatusFilter.RETIRED: "Retired",
            StatusFilter.ALL: "All questions",
        }[self]


@dataclass(frozen=True)
class QuestionFilter:
    """A choice of theme, principle and status; None means any."""

    theme: str | None = None
    principle: str | None = None
    status: StatusFilter = StatusFilter.IN_USE

    def accepts(self, question: Question, asked_before: bool) -> bool:
        if self.theme is not None and question.theme != self.theme:
            return False
        if self.principle is not None and question.principle.key != self.principle:
            return False
        status = self.status
        if status is StatusFilter.ALL:
            return True
        if status is StatusFilter.RETIRED:
            return not question.is_active
        if not question.is_active:
            return False
        if status is StatusFilter.NOT_YET_ASKED:
            return not asked_before
        if status is StatusFilter.ASKED_BEFORE:
            return asked_before
        return True
