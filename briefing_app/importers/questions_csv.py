"""Read a question bank file (``questions.csv``; the format is in ``data/README-questions.md``).

Columns: ``code``, ``question``, ``why``, ``theme``, ``principle``, ``findings``,
``recommendations`` and ``indicators``. Paragraph numbers and indicator keys are
separated by spaces. Any problem stops the whole file with the line it is on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.scrutiny import QuestionDraft, parse_paragraph_list
from briefing_app.importers.csv_rows import read_rows

COLUMNS = (
    "code",
    "question",
    "why",
    "theme",
    "principle",
    "findings",
    "recommendations",
    "indicators",
)
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")
_ADVICE = "See data/README-questions.md for the columns a question bank file needs."


@dataclass(frozen=True)
class QuestionRow:
    """One question read from the file, with the line it came from."""

    line: int
    code: str
    draft: QuestionDraft


def read_question_bank(path: Path) -> list[QuestionRow]:
    seen: set[str] = set()
    rows = [
        _row(path, row.line, row.values, seen) for row in read_rows(path, COLUMNS, advice=_ADVICE)
    ]
    if not rows:
        raise ImportFileError(path, "the file holds no questions.", _ADVICE)
    return rows


def _row(path: Path, line: int, values: dict[str, str], seen: set[str]) -> QuestionRow:
    code = values["code"]
    if not _CODE.match(code):
        raise ImportFileError(
            path,
            f"the code {code!r} is not valid (letters, digits and hyphens, up to 20).",
            _ADVICE,
            line=line,
        )
    if code in seen:
        raise ImportFileError(path, f"the code {code!r} appears twice.", _ADVICE, line=line)
    seen.add(code)
    try:
        findings = parse_paragraph_list(values["findings"])
        recommendations = parse_paragraph_list(values["recommendations"])
    except ValueError as error:
        raise ImportFileError(path, f"{code}: {error}", _ADVICE, line=line) from error
    draft = QuestionDraft(
        text=values["question"],
        why=values["why"],
        theme=values["theme"],
        principle=values["principle"],
        findings=findings,
        recommendations=recommendations,
        indicators=tuple(values["indicators"].split()),
    )
    problems = draft.problems()
    if problems:
        raise ImportFileError(path, f"{code}: {problems[0]}", _ADVICE, line=line)
    return QuestionRow(line, code, draft)
