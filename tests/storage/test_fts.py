"""One way to search: every word typed, each as the start of a word, in every search.

Both searches (the findings page's and the search of everything) build their queries with
``storage.fts``: unfinished words count wherever they are typed, FTS5's own syntax is
searched for as plain words, and a word typed many times is looked for once.
"""

from __future__ import annotations

from briefing_app.services.opening.container import Services
from briefing_app.storage.fts import (
    MAX_WORD_LENGTH,
    MAX_WORDS,
    is_acronym,
    mark_matches,
    marked_extract,
    match_query,
    search_words,
)


def test_every_word_is_the_start_of_a_word_and_quoted() -> None:
    assert match_query("foster carers") == '"foster"* AND "carers"*'
    assert match_query('near "and" * care:') == '"near"* AND "and"* AND "care"*'
    assert match_query("care", "text") == 'text : ("care"*)'


def test_nothing_to_search_for_gives_no_query() -> None:
    assert match_query("") is None
    assert match_query(' *"-: ') is None


def test_a_word_typed_again_is_looked_for_once() -> None:
    assert match_query("care " * 1000) == match_query("care")
    # Capitals and accents aside, as the search itself compares words.
    assert [w.text for w in search_words("Wójcik wojcik Wojcík care Care")] == ["Wójcik", "care"]


def test_only_so_many_different_words_are_looked_for() -> None:
    typed = " ".join(f"word{number}" for number in range(100))
    assert [w.text for w in search_words(typed)] == [f"word{n}" for n in range(MAX_WORDS)]
    assert [w.text for w in search_words("x" * 5000)] == ["x" * MAX_WORD_LENGTH]


def test_an_unfinished_word_counts_anywhere_in_the_search_of_questions(
    services: Services,
) -> None:
    whole = services.search.search("foster carers", kinds=["question"])
    unfinished = services.search.search("fost car", kinds=["question"])
    assert whole
    assert [hit.ref for hit in unfinished] == [hit.ref for hit in whole]


def test_both_searches_answer_a_thousand_copies_as_one(services: Services) -> None:
    once = services.search.search("care")
    assert once
    assert services.search.search("care " * 1000) == once
    paragraphs = services.reports.search("care")
    assert paragraphs
    assert services.reports.search("Care " * 1000) == paragraphs


def test_search_syntax_typed_into_a_search_is_only_words(services: Services) -> None:
    as_words = services.search.search("near and or")
    assert as_words
    assert services.search.search('near and "* or') == as_words
    assert services.reports.search('"foster" not:*') == services.reports.search("foster not")
    # In capitals, FTS5's operators are words too: whole words, like any acronym.
    whole = services.reports.search('NEAR AND "* OR')
    assert whole
    for hit in whole:
        marked = {text.casefold() for text, matched in hit.segments() if matched}
        assert "near" in marked
        assert marked <= {"near", "nears", "and", "ands", "or", "ors"}


def test_words_in_capitals_are_acronyms() -> None:
    assert match_query("LAC") == '("LAC" OR "LACs")'
    assert match_query("IROs care") == '("IRO" OR "IROs") AND "care"*'
    assert match_query("IRO IROs iro") == '("IRO" OR "IROs") AND "iro"*'
    assert [is_acronym(w) for w in ("LA", "S47", "IROs", "A", "Ls", "Care", "care")] == [
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]


def test_the_words_found_are_marked_as_the_search_finds_them() -> None:
    words = search_words("LAC fost Wójcik IROs")
    text = "The LAC team lack fostering; Wojcik, WÓJCIK and IROs, IRO and IRO’s; LACS, LACE."
    assert mark_matches(text, words, "[", "]") == (
        "The [LAC] team lack [fostering]; [Wojcik], [WÓJCIK] and [IROs], [IRO] and [IRO]’s; "
        "[LACS], LACE."
    )
    assert mark_matches("nothing here", words, "[", "]") == "nothing here"


def test_an_extract_is_cut_around_the_words_found() -> None:
    words = search_words("foster")
    text = " ".join(["before"] * 40 + ["fostering", "carers"] + ["after"] * 40)
    extract = marked_extract(text, words, "[", "]", size=10)
    assert extract == "…before before before [fostering] carers after after after after after…"
    short = "Foster carers."
    assert marked_extract(short, words, "[", "]") == "[Foster] carers."
