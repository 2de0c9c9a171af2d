"""Read a module's self-check from a TOML file (``data/training/self-checks/*.toml``).

Each file names its module by key and has five to ten ``[[question]]`` tables::

    module = "induction"

    [[question]]
    text = "Who are the council's corporate parents?"
    choices = ["Only the lead member", "Every councillor", "Only officers"]
    answer = 2            # the right choice, counted from 1
    explanation = "..."   # why it is right, in plain English
    source = "..."        # where that comes from (an Act, statutory guidance...)
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from briefing_app.domain.errors import BriefingError, ImportFileError
from briefing_app.domain.training.self_checks import SelfCheck, SelfCheckQuestion

_ADVICE = (
    "A self-check names its module and has [[question]] tables, each with text, choices, "
    "answer (counted from 1), explanation and source. See data/training/README.md."
)


def _line_of(message: str) -> int | None:
    found = re.search(r"at line (\d+)", message)
    return int(found.group(1)) if found else None


def read_self_check(path: Path) -> SelfCheck:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ImportFileError(path, "the file is not UTF-8 text.", _ADVICE) from error
    except tomllib.TOMLDecodeError as error:
        raise ImportFileError(path, f"{error}.", _ADVICE, line=_line_of(str(error))) from error
    module = data.get("module")
    tables = data.get("question")
    if not isinstance(module, str) or not module.strip():
        raise ImportFileError(path, "the file does not name its module.", _ADVICE)
    if not isinstance(tables, list):
        raise ImportFileError(path, "there is no [[question]] table.", _ADVICE)
    questions = []
    for number, table in enumerate(tables, start=1):
        where = f"question {number}"
        if not isinstance(table, dict):
            raise ImportFileError(path, f"{where} is not a table.", _ADVICE)
        choices = table.get("choices")
        answer = table.get("answer")
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            raise ImportFileError(path, f"{where} has no list of choices.", _ADVICE)
        if not isinstance(answer, int) or isinstance(answer, bool):
            raise ImportFileError(path, f"{where} has no answer number.", _ADVICE)
        try:
            questions.append(
                SelfCheckQuestion(
                    text=str(table.get("text", "")),
                    choices=tuple(choices),
                    answer=answer - 1,
                    explanation=str(table.get("explanation", "")),
                    source=str(table.get("source", "")),
                )
            )
        except BriefingError as error:
            raise ImportFileError(path, f"{where}: {error.message}", _ADVICE) from error
    try:
        return SelfCheck(module.strip(), tuple(questions))
    except BriefingError as error:
        raise ImportFileError(path, error.message, _ADVICE) from error
