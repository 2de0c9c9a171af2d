"""Summaries whose every sentence says what it rests on."""

from __future__ import annotations

from briefing_app.domain.outcomes import Audience
from briefing_app.domain.summaries import (
    SourceCheck,
    Summary,
    cited_sentences,
    numbers_in,
    parse_citation,
    strip_citations,
)

TEXT = (
    "On 31 March 2014 the council looked after 318 children [cla-count]. "
    "Most lived with foster families near home [62, 63]. "
    "Nearly half of care leavers (48.1%) were not in work [104; care-leavers-neet]."
)


def test_citations_are_read_from_brackets() -> None:
    citation = parse_citation("62, 63; cla-count")
    assert citation.paragraphs == (62, 63)
    assert citation.indicators == ("cla-count",)
    assert parse_citation("para 7!").unknown == ("7!",)


def test_sentences_with_their_citations() -> None:
    found = cited_sentences(TEXT)
    assert [s.text for s in found] == [
        "On 31 March 2014 the council looked after 318 children.",
        "Most lived with foster families near home.",
        "Nearly half of care leavers (48.1%) were not in work.",
    ]
    assert found[1].citation.paragraphs == (62, 63)
    assert found[2].citation.indicators == ("care-leavers-neet",)
    summary = Summary(Audience.CHILDREN_IN_CARE, "safety-and-stability", "Safety", TEXT)
    assert summary.paragraphs == (62, 63, 104)
    assert summary.indicator_keys == ("cla-count", "care-leavers-neet")
    assert "[" not in summary.plain_text
    assert summary.readability().sentences == 3


def test_numbers_in_text() -> None:
    assert numbers_in("318 children, 1,339 in need, 48.1%, 2013–14") == [
        318.0,
        1339.0,
        48.1,
        2013.0,
        14.0,
    ]
    assert strip_citations("A [1]. B [2, x].") == "A. B."


def test_the_source_check_finds_uncited_and_untraced_sentences() -> None:
    check = SourceCheck(
        {62: "In March 2014, most looked after children were living in foster care.", 63: ""},
        {"cla-count": {318.0, 306.0, 31.0, 2014.0}},
    )
    assert (
        check.problems("The council looked after 318 children on 31 March 2014 [cla-count].") == []
    )
    problems = check.problems(
        "Most lived with foster families [62]. There were 319 children [cla-count]. "
        "This sentence cites nothing. And this cites a missing one [999]. Or a key [no-such-key]."
    )
    assert any("319" in p and "Sentence 2" in p for p in problems)
    assert any("Sentence 3" in p and "does not say what it rests on" in p for p in problems)
    assert any("paragraph 999" in p for p in problems)
    assert any("no-such-key" in p for p in problems)
    assert len(problems) == 4
