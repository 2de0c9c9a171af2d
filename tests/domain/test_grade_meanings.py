"""Every grade's meaning is Ofsted's own, with nothing added: each sentence after "Ofsted:"
is found word for word in Ofsted's explanation of its judgements in the reports shipped
in ``samples/ofsted-reports`` ("the council" standing for Ofsted's "local authority")."""

from __future__ import annotations

import re

import pytest

from briefing_app.domain.reports import Grade
from briefing_app.importers.pdf_text import read_pdf_pages
from tests.conftest import REPO

SAMPLES = REPO / "samples" / "ofsted-reports"
# A SIF report ("What the inspection judgements mean") and a 2009 to 2013 one (its
# four-point scale).
SOURCES = ("portsmouth-2014-09-01.pdf", "medway-2013-08-23.pdf")


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@pytest.fixture(scope="module")
def ofsted_words() -> str:
    texts = []
    for name in SOURCES:
        pages = read_pdf_pages(SAMPLES / name)
        texts.append(" ".join(line.text for page in pages for line in page))
    return _words(" ".join(texts))


@pytest.mark.parametrize("grade", list(Grade))
def test_the_meaning_is_ofsteds_own(grade: Grade, ofsted_words: str) -> None:
    quoted = grade.meaning.split("Ofsted: ", 1)[1]
    for sentence in re.split(r"(?<=\.) ", quoted):
        words = _words(sentence)
        # Ofsted's "a good local authority leads..." is "the council leads...".
        words = words.replace("the council is", "the authority is").replace("the council", "")
        parts = [p.strip() for p in words.split("  ") if p.strip()] or [words]
        for part in parts:
            assert part in ofsted_words, (grade, part)


def test_no_grade_is_said_to_mean_more_than_ofsted_says() -> None:
    meanings = " ".join(g.meaning for g in Grade)
    assert "Children are safe" not in meanings
    assert "must improve" not in meanings
