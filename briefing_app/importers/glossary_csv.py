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
    for line, row in read_rows(path, _COLUMNS, _ADVICE):
        term = row["term"].strip()
        meaning = row["meaning"].strip()
        if not term or not meaning:
            raise ImportFileError(path, "a term or its meaning is empty.", _ADVICE, line=line)
        if term in seen:
            raise ImportFileError(path, f"the term {term!r} appears twice.", _ADVICE, line=line)
        seen.add(term)
        terms.append(GlossaryTerm(term, row["stands_for"].strip(), meaning))
    return terms
