"""Read the glossary file: term, what it stands for, and its plain meaning."""

from __future__ import annotations

import csv
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.glossary import GlossaryTerm

_COLUMNS = ("term", "stands_for", "meaning")
_ADVICE = "The glossary needs the columns term, stands_for and meaning."


def read_glossary(path: Path) -> list[GlossaryTerm]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error
    terms: list[GlossaryTerm] = []
    seen: set[str] = set()
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in _COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise ImportFileError(path, f"the column {missing[0]!r} is missing.", _ADVICE, line=1)
        for row in reader:
            if None in row:
                raise ImportFileError(
                    path,
                    "a row has more columns than the header.",
                    "Put text that contains commas inside double quotes.",
                    line=reader.line_num,
                )
            term = (row["term"] or "").strip()
            meaning = (row["meaning"] or "").strip()
            if not term or not meaning:
                raise ImportFileError(
                    path, "a term or its meaning is empty.", _ADVICE, line=reader.line_num
                )
            if term in seen:
                raise ImportFileError(
                    path, f"the term {term!r} appears twice.", _ADVICE, line=reader.line_num
                )
            seen.add(term)
            terms.append(GlossaryTerm(term, (row["stands_for"] or "").strip(), meaning))
    return terms
