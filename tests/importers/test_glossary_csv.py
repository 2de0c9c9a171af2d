from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.glossary_csv import read_glossary
from tests.conftest import REPO


def test_shipped_glossary_explains_the_acronyms_the_issue_names() -> None:
    # Every workspace's glossary, and the demonstration's terms for Portsmouth's own teams.
    files = (REPO / "data" / "glossary.csv", REPO / "data" / "portsmouth-2014" / "glossary.csv")
    terms = {t.term: t for path in files for t in read_glossary(path)}
    for acronym in (
        "CAF",
        "TAC",
        "JAT",
        "IRO",
        "PEP",
        "NEET",
        "SGO",
        "UASC",
        "CSE",
        "LADO",
        "MARAC",
        "CAMHS",
        "LSCB",
        "MASH",
    ):
        assert acronym in terms, acronym
        assert terms[acronym].meaning.endswith(".")
    assert terms["NEET"].stands_for == "Not in education, employment or training"


def test_the_glossary_every_workspace_gets_names_no_council() -> None:
    for term in read_glossary(REPO / "data" / "glossary.csv"):
        assert "Portsmouth" not in f"{term.stands_for} {term.meaning}", term.term


def test_duplicate_term_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text("term,stands_for,meaning\nCAF,x,y.\nTAC,a,b.\nCAF,x,z.\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_glossary(path)
    assert caught.value.line == 4
    assert "glossary.csv, line 4" in str(caught.value)


def test_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text("term,meaning\nCAF,y.\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="stands_for"):
        read_glossary(path)


def test_unquoted_comma_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text(
        "term,stands_for,meaning\nTAC,Team,Help for a child, and family.\n", encoding="utf-8"
    )
    with pytest.raises(ImportFileError, match="double quotes") as caught:
        read_glossary(path)
    assert caught.value.line == 2
