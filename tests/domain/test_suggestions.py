from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from briefing_app.domain.meetings import Action, Meeting
from briefing_app.domain.principles import principle
from briefing_app.domain.reports import Grade, Judgement, JudgementArea
from briefing_app.domain.scrutiny import LinkedFigure, Question, QuestionStatus
from briefing_app.domain.suggestions import (
    SIGNALS,
    Reason,
    SuggestionContext,
    suggest,
)

TODAY = date(2025, 3, 12)
GOOD = (Judgement(JudgementArea.ADOPTION, Grade.GOOD),)
WEAK = (Judgement(JudgementArea.CARE_LEAVERS, Grade.REQUIRES_IMPROVEMENT),)
WORST = (Judgement(JudgementArea.HELP_AND_PROTECTION, Grade.INADEQUATE),)


def _q(qid: int, code: str | None = None, *, active: bool = True) -> Question:
    return Question(
        id=qid,
        code=code or f"Q{qid:02d}",
        text="Is it better?",
        why="",
        theme="care-leavers",
        principle=principle("high-aspirations"),
        findings=(1,),
        recommendations=(22,),
        status=QuestionStatus.ACTIVE if active else QuestionStatus.RETIRED,
    )


def _action(question_id: int, due: date) -> Action:
    return Action(question_id, 1, question_id, "Officer", "report", due, TODAY - timedelta(60))


def test_worse_judgements_come_first() -> None:
    questions = [_q(1), _q(2), _q(3)]
    context = SuggestionContext(TODAY, judgements={1: GOOD, 2: WEAK, 3: WORST})
    ranked = suggest(questions, context)
    assert [s.question.id for s in ranked] == [3, 2, 1]
    assert "judged 'inadequate'" in ranked[0].why
    assert "children who need help and protection" in ranked[0].why


def test_open_and_overdue_actions_bring_a_question_back() -> None:
    questions = [_q(1), _q(2)]
    context = SuggestionContext(
        TODAY,
        judgements={1: WEAK, 2: WEAK},
        open_actions={2: (_action(2, TODAY - timedelta(days=3)),)},
    )
    ranked = suggest(questions, context)
    assert ranked[0].question.id == 2
    assert "1 action is still open (1 overdue)" in ranked[0].why


def test_priority_recommendations_and_deferred_questions_count() -> None:
    questions = [_q(1), _q(2), _q(3)]
    last = Meeting(9, "Corporate Parenting Board", TODAY - timedelta(days=30))
    context = SuggestionContext(TODAY, priority_recommendations={2: (16,)}, deferred_at={3: last})
    ranked = suggest(questions, context)
    assert [s.question.id for s in ranked] == [3, 2, 1]
    assert "Deferred at the meeting on 10 February 2025" in ranked[0].why
    assert "priority recommendation (paragraph 16)" in ranked[1].why


def test_a_question_answered_lately_waits_unless_a_promise_is_open() -> None:
    questions = [_q(1), _q(2), _q(3)]
    recently = TODAY - timedelta(days=20)
    context = SuggestionContext(
        TODAY,
        judgements={1: WEAK, 2: WEAK, 3: WEAK},
        last_answered={1: recently, 2: recently, 3: TODAY - timedelta(days=400)},
        open_actions={2: (_action(2, TODAY + timedelta(days=40)),)},
    )
    ranked = [s.question.id for s in suggest(questions, context)]
    assert ranked == [2, 3]  # 1 scores below zero and is left out


def test_figures_worse_than_comparators_raise_a_question() -> None:
    questions = [_q(1), _q(2)]
    neet = LinkedFigure(
        "care-leavers-neet",
        "Care leavers not in work or learning",
        "48.1%",
        "worse than England (34%)",
        "Paragraph 104",
        concern=0.9,
    )
    fine = LinkedFigure("cla-eet", "In education or work", "77%", "better than England", "", 0.0)
    context = SuggestionContext(
        TODAY, judgements={1: WEAK, 2: WEAK}, figures={1: (fine,), 2: (neet,)}
    )
    ranked = suggest(questions, context)
    assert ranked[0].question.id == 2
    assert "Care leavers not in work or learning: 48.1%, worse than England (34%)." in (
        ranked[0].why
    )
    told = dataclasses.replace(neet, headline="Nearly half (48.1%) were not in work.")
    context = dataclasses.replace(context, figures={1: (fine,), 2: (told,)})
    assert "Nearly half (48.1%) were not in work, worse than England (34%)." in (
        suggest(questions, context)[0].why
    )


def test_retired_and_chosen_questions_are_not_suggested_and_limit_holds() -> None:
    questions = [_q(i) for i in range(1, 8)] + [_q(8, active=False)]
    context = SuggestionContext(TODAY, judgements=dict.fromkeys(range(1, 9), WEAK))
    ranked = suggest(questions, context, exclude={1, 2}, limit=3)
    assert [s.question.id for s in ranked] == [3, 4, 5]


def test_a_new_kind_of_evidence_is_one_more_signal() -> None:
    questions = [_q(1), _q(2)]

    def favourite(question: Question, _context: SuggestionContext) -> Reason | None:
        return Reason(10, "The chair asked for it") if question.id == 1 else None

    context = SuggestionContext(TODAY, judgements={1: WEAK, 2: WORST})
    assert suggest(questions, context)[0].question.id == 2
    ranked = suggest(questions, context, signals=(*SIGNALS, favourite))
    assert ranked[0].question.id == 1
    assert ranked[0].why.startswith("The chair asked for it.")
