"""One way to search: every word typed, each as the start of a word, in every search.

Both searches (the findings page's and the search of everything) build their queries with
``storage.fts``: unfinished words count wherever they are typed, FTS5's own syntax is
searched for as plain words, and a word typed many times is looked for once.
"""

from __future__ import annotations

from briefing_app.services.opening.container import Services
from briefing_app.storage.fts import MAX_WORD_LENGTH, MAX_WORDS, match_query, search_words


def test_every_word_is_the_start_of_a_word_and_quoted() -> None:
    assert match_query("foster carers") == '"foster"* "carers"*'
    assert match_query('NEAR "AND" * care:') == '"NEAR"* "AND"* "care"*'
    assert match_query("care", "text") == 'text : ("care"*)'


def test_nothing_to_search_for_gives_no_query() -> None:
    assert match_query("") is None
    assert match_query(' *"-: ') is None


def test_a_word_typed_again_is_looked_for_once() -> None:
    assert match_query("care " * 1000) == match_query("care")
    # Capitals and accents aside, as the search itself compares words.
    assert search_words("Wójcik wojcik WOJCIK care Care") == ["Wójcik", "care"]


def test_only_so_many_different_words_are_looked_for() -> None:
    typed = " ".join(f"word{number}" for number in range(100))
    assert search_words(typed) == [f"word{number}" for number in range(MAX_WORDS)]
    assert search_words("x" * 5000) == ["x" * MAX_WORD_LENGTH]


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
    assert services.search.search('NEAR AND "* OR') == as_words
    assert services.reports.search('"foster" NOT:*') == services.reports.search("foster not")
