"""Which questions to suggest for a meeting, and why.

A suggestion's score is the sum of points from independent *signals*. Each signal looks
at one question in a ``SuggestionContext`` and returns a ``Reason`` (points and a plain
sentence) or nothing. The signals favour questions on areas the inspectors judged worst,
on recommendations for priority action, on actions still open and on questions deferred
last time; they hold back questions answered recently. Figures from indicators count
through ``LinkedFigure.concern`` as soon as a figure source supplies them. A new kind of
evidence is a new signal function added to ``SIGNALS``; nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefing_app.domain.dates import long_date
from briefing_app.domain.meetings import Action, Meeting
from briefing_app.domain.reports import Grade, Judgement, JudgementArea
from briefing_app.domain.scrutiny import LinkedFigure, Question

RECENT_DAYS = 90
_GRADE_POINTS = {
    Grade.INADEQUATE: 5.0,
    Grade.REQUIRES_IMPROVEMENT: 3.0,
    Grade.ADEQUATE: 2.0,
}


@dataclass(frozen=True)
class Reason:
    points: float
    text: str


@dataclass(frozen=True)
class Suggestion:
    question: Question
    reasons: tuple[Reason, ...]

    @property
    def score(self) -> float:
        return sum(r.points for r in self.reasons)

    @property
    def why(self) -> str:
        """The reasons as sentences, strongest first."""
        ordered = sorted(self.reasons, key=lambda r: -r.points)
        return " ".join(f"{r.text}." for r in ordered)


@dataclass(frozen=True)
class SuggestionContext:
    """What the signals may look at. Every mapping is keyed by question id."""

    today: date
    judgements: Mapping[int, tuple[Judgement, ...]] = field(default_factory=dict)
    priority_recommendations: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    open_actions: Mapping[int, tuple[Action, ...]] = field(default_factory=dict)
    deferred_at: Mapping[int, Meeting] = field(default_factory=dict)
    last_answered: Mapping[int, date] = field(default_factory=dict)
    figures: Mapping[int, tuple[LinkedFigure, ...]] = field(default_factory=dict)


Signal = Callable[[Question, SuggestionContext], Reason | None]


def judged_area_signal(question: Question, context: SuggestionContext) -> Reason | None:
    """Questions on the areas judged worst come first."""
    scored = [j for j in context.judgements.get(question.id, ()) if j.grade in _GRADE_POINTS]
    if not scored:
        return None
    # Of equally bad grades, name a specific area rather than the overall judgement.
    worst = max(
        scored, key=lambda j: (j.grade.rank, j.area is not JudgementArea.OVERALL_EFFECTIVENESS)
    )
    area = worst.area.label
    return Reason(
        _GRADE_POINTS[worst.grade],
        f"Rests on findings about {area[0].lower()}{area[1:]}, judged "
        f"'{worst.grade.label.lower()}'",
    )


def recommendation_signal(question: Question, context: SuggestionContext) -> Reason | None:
    """Following up a recommendation counts; a priority one counts more."""
    if not question.recommendations:
        return None
    priority = sorted(context.priority_recommendations.get(question.id, ()))
    if priority:
        return Reason(2.0, f"Follows up a priority recommendation (paragraph {priority[0]})")
    return Reason(1.0, f"Follows up recommendation {question.recommendations[0]}")


def open_actions_signal(question: Question, context: SuggestionContext) -> Reason | None:
    """Promises not yet kept bring their question back, overdue ones most of all."""
    actions = [a for a in context.open_actions.get(question.id, ()) if not a.is_closed]
    if not actions:
        return None
    overdue = sum(1 for a in actions if a.due < context.today)
    points = min(2.0 * len(actions) + 1.0 * overdue, 8.0)
    count = "1 action is" if len(actions) == 1 else f"{len(actions)} actions are"
    late = f" ({overdue} overdue)" if overdue else ""
    return Reason(points, f"{count} still open{late}")


def deferred_signal(question: Question, context: SuggestionContext) -> Reason | None:
    meeting = context.deferred_at.get(question.id)
    if meeting is None:
        return None
    return Reason(3.0, f"Deferred at the meeting on {long_date(meeting.meeting_date)}")


def figures_signal(question: Question, context: SuggestionContext) -> Reason | None:
    """Figures that are worse than comparators add up to 4 points."""
    figures = [f for f in context.figures.get(question.id, ()) if f.concern]
    if not figures:
        return None
    worst = max(figures, key=lambda f: f.concern or 0.0)
    concern = min(max(worst.concern or 0.0, 0.0), 1.0)
    detail = f", {worst.comparison}" if worst.comparison else ""
    what = worst.headline.rstrip(".") if worst.headline else f"{worst.label}: {worst.value}"
    return Reason(round(4.0 * concern, 2), f"{what}{detail}")


def recently_answered_signal(question: Question, context: SuggestionContext) -> Reason | None:
    """A question answered in the last three months can wait, unless a promise is still open."""
    if any(not a.is_closed for a in context.open_actions.get(question.id, ())):
        return None
    answered = context.last_answered.get(question.id)
    if answered is None or answered < context.today - timedelta(days=RECENT_DAYS):
        return None
    return Reason(-4.0, f"Answered on {long_date(answered)}")


SIGNALS: tuple[Signal, ...] = (
    judged_area_signal,
    recommendation_signal,
    open_actions_signal,
    deferred_signal,
    figures_signal,
    recently_answered_signal,
)


def suggest(
    questions: Iterable[Question],
    context: SuggestionContext,
    *,
    exclude: Iterable[int] = (),
    limit: int = 12,
    signals: Iterable[Signal] = SIGNALS,
) -> list[Suggestion]:
    """Questions in use worth asking, best first; ties go to the question bank's order."""
    chosen = set(exclude)
    signal_list = tuple(signals)
    ranked: list[Suggestion] = []
    for question in questions:
        if not question.is_active or question.id in chosen:
            continue
        reasons = tuple(r for s in signal_list if (r := s(question, context)) is not None)
        suggestion = Suggestion(question, reasons)
        if suggestion.score > 0:
            ranked.append(suggestion)
    ranked.sort(key=lambda s: (-s.score, s.question.code))
    return ranked[:limit]
