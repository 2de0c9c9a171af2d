"""Self-checks: a few questions on what a training module covered, taken after attending it.

A module may carry one self-check of ``MIN_QUESTIONS`` to ``MAX_QUESTIONS`` questions,
each with two to five choices, one of them right, and an explanation of the right
answer (with where it comes from). A councillor takes it in the app; the result, with
each answer given, is kept with their attendance of the module.

Who sees what: a councillor's own answers are shown only with that councillor's record.
Officers see, by module, how many of those who attended took the self-check and their
average score, which is given only once ``SMALL_GROUP`` people have taken it, so that
no one's score can be read from an average.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.training.records import Completion, Member, Module, clean_text

MIN_QUESTIONS = 5
MAX_QUESTIONS = 10
MIN_CHOICES = 2
MAX_CHOICES = 5
SMALL_GROUP = 3
_LONG = 1000


@dataclass(frozen=True)
class SelfCheckQuestion:
    text: str
    choices: tuple[str, ...]
    answer: int  # which choice is right, counted from 0
    explanation: str
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text, "question", required=True))
        object.__setattr__(
            self,
            "choices",
            tuple(clean_text(c, "choice", required=True, limit=_LONG) for c in self.choices),
        )
        object.__setattr__(
            self,
            "explanation",
            clean_text(self.explanation, "explanation", required=True, limit=_LONG),
        )
        object.__setattr__(self, "source", clean_text(self.source, "source"))
        if not MIN_CHOICES <= len(self.choices) <= MAX_CHOICES:
            raise InvalidInputError(
                f"A question needs {MIN_CHOICES} to {MAX_CHOICES} choices, not "
                f"{len(self.choices)}: {self.text!r}."
            )
        if len(set(self.choices)) != len(self.choices):
            raise InvalidInputError(f"A question has the same choice twice: {self.text!r}.")
        if not 0 <= self.answer < len(self.choices):
            raise InvalidInputError(
                f"The right answer must be one of the choices, 1 to {len(self.choices)}: "
                f"{self.text!r}."
            )

    @property
    def right_answer(self) -> str:
        return self.choices[self.answer]


@dataclass(frozen=True)
class SelfCheck:
    module_key: str
    questions: tuple[SelfCheckQuestion, ...]

    def __post_init__(self) -> None:
        if not MIN_QUESTIONS <= len(self.questions) <= MAX_QUESTIONS:
            raise InvalidInputError(
                f"A self-check has {MIN_QUESTIONS} to {MAX_QUESTIONS} questions, not "
                f"{len(self.questions)}."
            )

    def mark(self, chosen: Sequence[int | None]) -> tuple[Answer, ...]:
        """Each answer given (a choice's number from 0, or None for none), marked."""
        if len(chosen) != len(self.questions):
            raise InvalidInputError(
                f"Answer all {len(self.questions)} questions first.",
                "Go back to any question left without an answer.",
            )
        answers = []
        for question, pick in zip(self.questions, chosen, strict=True):
            if pick is None or not 0 <= pick < len(question.choices):
                raise InvalidInputError(
                    f"Answer all {len(self.questions)} questions first.",
                    "Go back to any question left without an answer.",
                )
            answers.append(
                Answer(
                    question.text,
                    question.choices[pick],
                    question.right_answer,
                    pick == question.answer,
                    question.explanation,
                )
            )
        return tuple(answers)


@dataclass(frozen=True)
class Answer:
    """One answer a councillor gave, kept as text so it reads the same later."""

    question: str
    chosen: str
    right_answer: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class SelfCheckResult:
    """A councillor's self-check, kept with their attendance (``completion_id``)."""

    completion_id: int
    taken_on: date
    answers: tuple[Answer, ...]

    @property
    def correct(self) -> int:
        return sum(1 for a in self.answers if a.correct)

    @property
    def total(self) -> int:
        return len(self.answers)

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0

    @property
    def score_text(self) -> str:
        """ "7 of 8 right (88%)"."""
        return f"{self.correct} of {self.total} right ({self.percent}%)"


@dataclass(frozen=True)
class SelfCheckFigures:
    """For one module: how many serving councillors attended it, how many of them took its
    self-check, and their average score (``None`` until ``SMALL_GROUP`` have taken it)."""

    module: str
    questions: int
    attended: int
    taken: int
    average: int | None

    @property
    def taken_text(self) -> str:
        if not self.attended:
            return "Nobody has attended it yet"
        return f"{self.taken} of the {self.attended} who attended"

    @property
    def average_text(self) -> str:
        if self.average is not None:
            return f"{self.average}%"
        if not self.taken:
            return "No results yet"
        return f"Shown once {SMALL_GROUP} have taken it"


def self_check_figures(
    modules: Iterable[tuple[Module, SelfCheck]],
    members: Iterable[Member],
    completions: Iterable[Completion],
    results: Iterable[SelfCheckResult],
    on: date,
) -> list[SelfCheckFigures]:
    """Completion and average score by module, for the members serving on ``on``: each
    member's latest result counts once."""
    serving = {m.id for m in members if m.serving_on(on)}
    done = [c for c in completions if c.member_id in serving and c.completed_on <= on]
    latest: dict[int, SelfCheckResult] = {}
    for result in results:
        kept = latest.get(result.completion_id)
        if result.taken_on <= on and (kept is None or result.taken_on >= kept.taken_on):
            latest[result.completion_id] = result
    figures = []
    for module, check in modules:
        attended: set[int] = set()
        scores: dict[int, tuple[date, int]] = {}
        for completion in done:
            if completion.module_id != module.id:
                continue
            attended.add(completion.member_id)
            found = latest.get(completion.id or 0)
            if found is None:
                continue
            held = scores.get(completion.member_id)
            if held is None or found.taken_on >= held[0]:
                scores[completion.member_id] = (found.taken_on, found.percent)
        taken = len(scores)
        average = (
            round(sum(p for _, p in scores.values()) / taken) if taken >= SMALL_GROUP else None
        )
        figures.append(
            SelfCheckFigures(module.name, len(check.questions), len(attended), taken, average)
        )
    return figures
