"""Read the glossary file: term, what it stands for, and its plain meaning."""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.glossary import GlossaryTerm
from briefing_app.importers.csv_rows import read_rows

_COLUMNS = ("term", "stands_for", "meaning")
_ADVICE = "The glossary needs the columns term, stands_for and meaning."


def read_glossary(path: Path) -> list[GlossaryTerm]:
    terms: list[GlossaryTerm] = []
    seen: set[str] = set()
    for row in read_rows(path, _COLUMNS, advice=_ADVICE):
        term, stands_for, meaning = (row.values[column] for column in _COLUMNS)
        if not term or not meaning:
            raise ImportFileError(path, "a term or its meaning is empty.", _ADVICE, line=row.line)
        if term in seen:
            raise ImportFileError(path, f"the term {term!r} appears twice.", _ADVICE, line=row.line)
        seen.add(term)
        terms.append(GlossaryTerm(term, stands_for, meaning))
    return terms
