"""Read a question bank file (``questions.csv``; the format is in ``data/README-questions.md``).

Columns: ``code``, ``question``, ``why``, ``theme``, ``principle``, ``findings``,
``recommendations`` and ``indicators``. Paragraph numbers and indicator keys are
separated by spaces. Any problem stops the whole file with the line it is on.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.scrutiny import QuestionDraft, parse_paragraph_list

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
_UTF8 = "Save it from the spreadsheet as 'CSV UTF-8' and try again."


@dataclass(frozen=True)
class QuestionRow:
    """One question read from the file, with the line it came from."""

    line: int
    code: str
    draft: QuestionDraft


def read_question_bank(path: Path) -> list[QuestionRow]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error
    rows: list[QuestionRow] = []
    seen: set[str] = set()
    with handle:
        reader = csv.DictReader(handle)
        try:
            fieldnames = reader.fieldnames or ()
        except UnicodeDecodeError as error:
            raise ImportFileError(path, "the file is not saved as UTF-8 text.", _UTF8) from error
        except csv.Error as error:
            raise ImportFileError(path, f"the file is not CSV ({error}).", _ADVICE) from error
        missing = [c for c in COLUMNS if c not in fieldnames]
        if missing:
            raise ImportFileError(path, f"the column {missing[0]!r} is missing.", _ADVICE, line=1)
        try:
            for row in reader:
                rows.append(_row(path, reader.line_num, row, seen))
        except UnicodeDecodeError as error:
            raise ImportFileError(
                path, "the file is not saved as UTF-8 text.", _UTF8, line=reader.line_num + 1
            ) from error
        except csv.Error as error:
            raise ImportFileError(
                path, f"the file could not be read as CSV ({error}).", _ADVICE, line=reader.line_num
            ) from error
    if not rows:
        raise ImportFileError(path, "the file holds no questions.", _ADVICE)
    return rows


def _row(path: Path, line: int, row: dict[str | None, object], seen: set[str]) -> QuestionRow:
    if None in row:
        raise ImportFileError(
            path,
            "a row has more columns than the header.",
            "Put text that contains commas inside double quotes.",
            line=line,
        )
    values = {c: str(row.get(c) or "").strip() for c in COLUMNS}
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
