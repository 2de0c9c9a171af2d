"""The shipped figures and summaries, checked against the text of the report itself.

These tests read the data files directly (not through the app's importers) and parse the
report, so a figure typed wrongly, a quote altered, or a summary number with no source
fails here.
"""

from __future__ import annotations

import csv
import re
import tomllib
from functools import cache

import pytest

from briefing_app.domain.readability import measure
from briefing_app.importers.ofsted_report import parse_report_text
from briefing_app.importers.report_body import unnumbered_section
from tests.conftest import PORTSMOUTH_TEXT, REPO

DATA = REPO / "data"
FIGURES = DATA / "portsmouth-2014" / "indicators.csv"
SUMMARIES = DATA / "portsmouth-2014" / "summaries.toml"
NUMERIC_COLUMNS = ("value", "count", "denominator", "england", "statistical_neighbours", "region")
_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]  # fmt: skip
NUMBER_WORDS = {word: float(n) for n, word in enumerate(_WORDS)}

# The shared contract (other work links scrutiny questions to these keys), with the
# figures it names: key -> (current value, previous value or None).
CONTRACT = {
    "cla-count": (318, 306),
    "cla-rate": (74.8, 72.0),
    "cla-placed-outside": (59, None),
    "cla-placed-over-20-miles": (13.1, None),
    "cla-foster-care": (225, None),
    "cla-residential": (19, None),
    "cla-eet": (77, 72),
    "cla-dental-checks": (91, None),
    "cla-immunisations": (96, None),
    "cla-health-assessments": (90, None),
    "cla-development-checks": (100, None),
    "cla-pep": (92, None),
    "cla-offending": (12.7, 8),
    "cla-review-participation": (90, None),
    "cla-parent-review-contribution": (75, None),
    "cla-satisfaction": (94, None),
    "cla-siblings-together": (34, None),
    "adoption-days": (583, 856),
    "care-proceedings-weeks": (39, 48),
    "permanence-total": (53, 29),
    "adoptions": (27, None),
    "care-leavers-neet": (48.1, None),
    "care-leavers-staying-put": (14, None),
    "cp-conference-timeliness": (82, 62),
    "re-referrals": (20, None),
}


def numbers_in(text: str) -> set[float]:
    """Figures in digits ("1,339", "48.1", "under-5s") and small numbers in words ("two")."""
    found = {float(m.replace(",", "")) for m in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", text)}
    for word in re.findall(r"[A-Za-z]+", text):
        if word.lower() in NUMBER_WORDS:
            found.add(NUMBER_WORDS[word.lower()])
    return found


def normalise(text: str) -> str:
    return " ".join(text.split())


@cache
def report_text() -> str:
    return PORTSMOUTH_TEXT.read_text(encoding="utf-8")


@cache
def paragraphs() -> dict[int, str]:
    report = parse_report_text(report_text(), PORTSMOUTH_TEXT)
    return {f.paragraph: f.text for f in report.findings}


def source_texts(row: dict[str, str]) -> list[str]:
    texts = [paragraphs()[int(p)] for p in row["paragraphs"].split()]
    if row["section"]:
        section = unnumbered_section(report_text(), row["section"])
        assert section, f"the report has no section {row['section']!r}"
        texts.append(section)
    return texts


@cache
def figure_rows() -> list[dict[str, str]]:
    with FIGURES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def definitions() -> dict[str, dict[str, str]]:
    with (DATA / "indicator_definitions.csv").open(encoding="utf-8", newline="") as handle:
        return {row["key"]: row for row in csv.DictReader(handle)}


def _row_id(row: dict[str, str]) -> str:
    return f"{row['key']}@{row['as_at']}"


# -- the figures -------------------------------------------------------------------------


def test_at_least_25_indicators_including_the_shared_keys() -> None:
    keys = {row["key"] for row in figure_rows()}
    assert len(keys) >= 25
    assert set(CONTRACT) <= keys
    assert keys <= set(definitions())


def test_the_contract_figures_are_current_and_previous() -> None:
    by_key: dict[str, list[dict[str, str]]] = {}
    for row in figure_rows():
        by_key.setdefault(row["key"], []).append(row)
    for key, (current, previous) in CONTRACT.items():
        rows = sorted(by_key[key], key=lambda r: r["as_at"])
        assert float(rows[-1]["value"]) == current, key
        if previous is not None:
            assert float(rows[-2]["value"]) == previous, key


def test_comparators_named_in_the_contract() -> None:
    rows = {(r["key"], r["value"]): r for r in figure_rows()}
    adoption = rows[("adoption-days", "856")]
    assert (adoption["england"], adoption["statistical_neighbours"]) == ("647", "595")
    assert rows[("care-proceedings-weeks", "39")]["england"] == "37"
    assert rows[("care-leavers-neet", "48.1")]["england"] == "34"
    over_20 = rows[("cla-placed-over-20-miles", "13.1")]
    assert over_20["count"] == "38"
    assert rows[("cla-placed-outside", "59")]["count"] == "177"
    assert rows[("cla-siblings-together", "34")]["denominator"] == "36"


@pytest.mark.parametrize("row", figure_rows(), ids=_row_id)
def test_every_figure_is_in_the_text_it_cites(row: dict[str, str]) -> None:
    texts = source_texts(row)
    assert texts, "every figure cites a paragraph or a section"
    quote = normalise(row["quote"])
    assert quote, "every figure gives the report's own words"
    assert any(quote in normalise(text) for text in texts), "the quote is verbatim"
    quoted = numbers_in(quote)
    cited = set().union(*(numbers_in(text) for text in texts))
    for column in NUMERIC_COLUMNS:
        if not row[column]:
            continue
        number = float(row[column])
        if column == "value" and row["working"]:
            operands = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", row["working"])]
            assert operands, row["working"]
            assert all(n in quoted for n in operands), row["working"]
            assert re.fullmatch(r"[\d.\s+\-*/()]+", row["working"])
            assert eval(row["working"]) == number
            continue
        assert number in quoted, f"{column} {row[column]} is not in the quote"
        assert number in cited, f"{column} {row[column]} is not in the cited text"


def test_every_figure_sits_in_a_topic_of_its_page() -> None:
    from briefing_app.domain.topics import TOPICS_BY_KEY

    for key, row in definitions().items():
        topic = TOPICS_BY_KEY[row["topic"]]
        assert topic.audience.value == row["audience"], key


# -- the summaries ---------------------------------------------------------------------------


@cache
def summaries() -> list[dict[str, str]]:
    return list(tomllib.loads(SUMMARIES.read_text(encoding="utf-8"))["summary"])


def sentences_with_citations(text: str) -> list[tuple[str, list[str]]]:
    """Each sentence (its citation removed) and the tokens its brackets cite."""
    found = []
    for sentence in re.split(r"(?<=\.)\s+(?=[A-Z0-9])", " ".join(text.split())):
        tokens = [
            t
            for inside in re.findall(r"\[([^\]]*)\]", sentence)
            for t in re.split(r"[,;\s]+", inside)
            if t
        ]
        found.append((re.sub(r"\s*\[[^\]]*\]", "", sentence), tokens))
    return found


def indicator_numbers(key: str) -> set[float]:
    numbers: set[float] = set()
    for row in figure_rows():
        if row["key"] != key:
            continue
        numbers |= {float(row[c]) for c in NUMERIC_COLUMNS if row[c]}
        numbers |= numbers_in(row["period"])
    return numbers


def test_every_topic_has_a_summary() -> None:
    topics = {(s["audience"], s["topic"]) for s in summaries()}
    for topic in ("safety-and-stability", "health", "education", "leisure", "having-a-say"):
        assert ("children-in-care", topic) in topics
    for topic in (
        "support-from-workers",
        "education-and-work",
        "housing",
        "health-histories",
        "rights-and-entitlements",
    ):
        assert ("care-leavers", topic) in topics


@pytest.mark.parametrize("summary", summaries(), ids=lambda s: s["topic"])
def test_every_summary_is_plain_english(summary: dict[str, str]) -> None:
    plain = re.sub(r"\s*\[[^\]]*\]", "", summary["text"])
    result = measure(plain)
    assert result.reading_ease >= 60, result
    assert result.words_per_sentence <= 20, result


@pytest.mark.parametrize("summary", summaries(), ids=lambda s: s["topic"])
def test_every_number_in_a_summary_is_in_what_its_sentence_cites(summary: dict[str, str]) -> None:
    for sentence, tokens in sentences_with_citations(summary["text"]):
        assert tokens, f"uncited: {sentence}"
        allowed: set[float] = set()
        for token in tokens:
            if token.isdigit():
                assert int(token) in paragraphs(), f"no paragraph {token}"
                allowed |= numbers_in(paragraphs()[int(token)])
            else:
                assert token in definitions(), f"no indicator {token}"
                allowed |= indicator_numbers(token)
        digits = {
            float(m.replace(",", "")) for m in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", sentence)
        }
        assert digits <= allowed, f"{sorted(digits - allowed)} not found for: {sentence}"
