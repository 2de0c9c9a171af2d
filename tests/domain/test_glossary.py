from __future__ import annotations

from briefing_app.domain.glossary import Glossary, GlossaryTerm

CAF = GlossaryTerm("CAF", "Common Assessment Framework", "A shared form.")
TAC = GlossaryTerm("TAC", "Team around the child", "The professionals around a child.")
CAMHS = GlossaryTerm("CAMHS", "Child and adolescent mental health services", "NHS services.")


def test_finds_whole_words_and_plurals() -> None:
    glossary = Glossary([CAF, TAC, CAMHS])
    text = "Fewer CAFs were done; a TAC met. CAMHS helped. CAFETERIA and tactics are not terms."
    found = [(text[m.start : m.end], m.term.term) for m in glossary.find(text)]
    assert found == [("CAFs", "CAF"), ("TAC", "TAC"), ("CAMHS", "CAMHS")]


def test_case_matters_for_acronyms() -> None:
    glossary = Glossary([TAC])
    assert glossary.find("a tac in lower case") == []


def test_terms_used_in_many_texts_are_listed_once_in_order() -> None:
    glossary = Glossary([TAC, CAF, CAMHS])
    assert glossary.used_in(["TAC and CAF", "CAF again"]) == [CAF, TAC]


def test_explanation_reads_as_one_line() -> None:
    assert CAF.explanation == "CAF: Common Assessment Framework. A shared form."


def test_empty_glossary_finds_nothing() -> None:
    assert Glossary([]).find("CAF") == []
