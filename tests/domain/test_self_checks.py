"""Self-checks: what a question must have, how answers are marked, what officers may see."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.training.records import Completion, Member, Module, RefreshRule
from briefing_app.domain.training.self_checks import (
    SelfCheck,
    SelfCheckQuestion,
    SelfCheckResult,
    self_check_figures,
)

ON = date(2026, 3, 1)


def question(number: int, answer: int = 1) -> SelfCheckQuestion:
    return SelfCheckQuestion(
        f"Question {number}?", ("One", "Two", "Three"), answer, f"Because {number}."
    )


CHECK = SelfCheck("induction", tuple(question(n) for n in range(5)))


def test_answers_are_marked_and_kept_as_text() -> None:
    answers = CHECK.mark([1, 1, 0, 1, 2])
    assert [a.correct for a in answers] == [True, True, False, True, False]
    assert (answers[2].chosen, answers[2].right_answer) == ("One", "Two")
    result = SelfCheckResult(7, ON, answers)
    assert (result.correct, result.total, result.percent) == (3, 5, 60)
    assert result.score_text == "3 of 5 right (60%)"


def test_every_question_must_be_answered() -> None:
    with pytest.raises(InvalidInputError, match="Answer all 5 questions first"):
        CHECK.mark([1, 1, None, 1, 2])
    with pytest.raises(InvalidInputError, match="Answer all 5 questions first"):
        CHECK.mark([1, 1])


@pytest.mark.parametrize("count", [4, 11])
def test_a_self_check_has_five_to_ten_questions(count: int) -> None:
    with pytest.raises(InvalidInputError, match="5 to 10 questions"):
        SelfCheck("induction", tuple(question(n) for n in range(count)))


def test_a_question_needs_sound_choices_and_an_explanation() -> None:
    with pytest.raises(InvalidInputError, match="2 to 5 choices"):
        SelfCheckQuestion("Why?", ("Only one",), 0, "Because.")
    with pytest.raises(InvalidInputError, match="same choice twice"):
        SelfCheckQuestion("Why?", ("Yes", "Yes"), 0, "Because.")
    with pytest.raises(InvalidInputError, match="must be one of the choices"):
        SelfCheckQuestion("Why?", ("Yes", "No"), 2, "Because.")
    with pytest.raises(InvalidInputError, match="explanation is empty"):
        SelfCheckQuestion("Why?", ("Yes", "No"), 0, "  ")


def test_officers_see_completion_and_an_average_only_once_three_have_taken_it() -> None:
    module = Module("induction", "Induction", RefreshRule.once_per_term(), id=1)
    members = [Member(f"Member {n}", date(2022, 5, 5), id=n) for n in range(1, 6)]
    members.append(Member("Left", date(2022, 5, 5), id=6, archived_on=date(2025, 1, 1)))
    completions = [Completion(n, 1, date(2025, 6, 1), id=100 + n) for n in range(1, 7)]
    marks = {101: [1] * 5, 102: [1, 1, 1, 0, 0]}
    results = [SelfCheckResult(c, ON, CHECK.mark(m)) for c, m in marks.items()]
    (two,) = self_check_figures([(module, CHECK)], members, completions, results, ON)
    # Five serving councillors attended (the one who left is not counted); two took it.
    assert (two.attended, two.taken, two.average) == (5, 2, None)
    assert two.taken_text == "2 of the 5 who attended"
    assert two.average_text == "Shown once 3 have taken it"
    results.append(SelfCheckResult(103, ON, CHECK.mark([1, 1, 1, 1, 0])))
    # A retake on a later day replaces the earlier result for that attendance.
    results.append(SelfCheckResult(102, date(2026, 3, 1), CHECK.mark([1] * 5)))
    (three,) = self_check_figures([(module, CHECK)], members, completions, results, ON)
    assert (three.taken, three.average) == (3, round((100 + 100 + 80) / 3))
    assert three.average_text == "93%"
    # The figures hold counts and an average, never anyone's answers or name.
    assert "Member" not in repr(three)
