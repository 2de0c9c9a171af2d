"""Theme summaries: short plain-English texts, each sentence citing what it rests on.

A summary is written with a citation in square brackets before each sentence's full stop:

    Most children in care live with foster families near home [62, 63].
    Nearly half of care leavers are not in work or training [104; care-leavers-neet].
    About one in ten (9%) had three or more homes [placements_three_or_more_percent].

Numbers in a citation are report paragraphs; words are indicator keys (a report figure's
joined by hyphens, a DfE figure's by underscores). On screen the
brackets become links; the readability score is worked out on the text without them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from briefing_app.domain.outcomes import TOPICS_BY_KEY, Audience
from briefing_app.domain.readability import Readability, measure, sentences

_CITATION = re.compile(r"\s*\[([^\[\]]*)\]")
# An indicator's key: the report figures' words joined by hyphens ("cla-count"), the DfE
# figures' by underscores ("cla_rate_per_10000").
_KEY = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


@dataclass(frozen=True)
class Citation:
    paragraphs: tuple[int, ...] = ()
    indicators: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.paragraphs or self.indicators)


def parse_citation(inside: str) -> Citation:
    """The contents of one pair of brackets: "62, 63; cla-count"."""
    paragraphs: list[int] = []
    indicators: list[str] = []
    unknown: list[str] = []
    for token in re.split(r"[,;\s]+", inside.strip()):
        if not token:
            continue
        if token.isdigit():
            paragraphs.append(int(token))
        elif _KEY.match(token):
            indicators.append(token)
        else:
            unknown.append(token)
    return Citation(tuple(paragraphs), tuple(indicators), tuple(unknown))


@dataclass(frozen=True)
class CitedSentence:
    text: str
    citation: Citation


def strip_citations(text: str) -> str:
    """The text as a reader sees it, without the bracketed citations."""
    return _CITATION.sub("", text)


def cited_sentences(text: str) -> list[CitedSentence]:
    """Each sentence, without its brackets, with everything its brackets cite."""
    found = []
    for sentence in sentences(text):
        paragraphs: list[int] = []
        indicators: list[str] = []
        unknown: list[str] = []
        for match in _CITATION.finditer(sentence):
            citation = parse_citation(match.group(1))
            paragraphs += [p for p in citation.paragraphs if p not in paragraphs]
            indicators += [k for k in citation.indicators if k not in indicators]
            unknown += list(citation.unknown)
        found.append(
            CitedSentence(
                strip_citations(sentence).strip(),
                Citation(tuple(paragraphs), tuple(indicators), tuple(unknown)),
            )
        )
    return found


def numbers_in(text: str) -> list[float]:
    """Every figure written in digits ("1,339", "48.1", the 2013 and 14 of "2013–14")."""
    return [float(m.group(0).replace(",", "")) for m in _NUMBER.finditer(text)]


@dataclass(frozen=True)
class FigureBasis:
    """A figure as a summary was written against: its key, its period and its value in
    words ("9%", or the DfE's mark for it)."""

    key: str
    label: str
    period: str
    value: str

    @property
    def words(self) -> str:
        return f"{self.value} for the {self.period}"


@dataclass(frozen=True)
class Summary:
    audience: Audience
    topic: str
    title: str
    text: str
    position: int = 0
    origin: str = ""
    # What the summary rests on: the report (by id) or the DfE release (by id) it was
    # written from. It belongs to the workspace's council, whose summaries are kept apart.
    report_id: int | None = None
    release_id: int | None = None
    # The DfE figures it cites as they were when an officer saved it (``summary_basis``).
    basis: tuple[FigureBasis, ...] = ()

    @property
    def plain_text(self) -> str:
        return strip_citations(self.text)

    def sentences(self) -> list[CitedSentence]:
        return cited_sentences(self.text)

    def readability(self) -> Readability:
        return measure(self.plain_text)

    @property
    def paragraphs(self) -> tuple[int, ...]:
        seen: list[int] = []
        for sentence in self.sentences():
            seen += [p for p in sentence.citation.paragraphs if p not in seen]
        return tuple(seen)

    @property
    def indicator_keys(self) -> tuple[str, ...]:
        seen: list[str] = []
        for sentence in self.sentences():
            seen += [k for k in sentence.citation.indicators if k not in seen]
        return tuple(seen)

    @property
    def topic_title(self) -> str:
        topic = TOPICS_BY_KEY.get(self.topic)
        return topic.title if topic else self.title


def citation_problems(
    text: str, known_paragraphs: Iterable[int], known_indicators: Iterable[str]
) -> list[str]:
    """Sentences without a citation, and citations of things that do not exist."""
    paragraphs = set(known_paragraphs)
    indicators = set(known_indicators)
    problems = []
    for number, sentence in enumerate(cited_sentences(text), start=1):
        where = f"Sentence {number} (“{_shorten(sentence.text)}”)"
        citation = sentence.citation
        if citation.is_empty:
            problems.append(f"{where} does not say what it rests on.")
        missing = [p for p in citation.paragraphs if p not in paragraphs]
        if missing:
            problems.append(f"{where} cites paragraph {missing[0]}, which the report lacks.")
        unknown = [k for k in citation.indicators if k not in indicators] + list(citation.unknown)
        if unknown:
            problems.append(f"{where} cites “{unknown[0]}”, which is not a figure's key.")
    return problems


def untraced_numbers(
    text: str,
    paragraph_texts: Mapping[int, str],
    indicator_figures: Mapping[str, Iterable[float]],
) -> list[str]:
    """Numbers in the text that appear in none of the paragraphs or figures its sentence cites.

    Each is reported as a plain-English problem, so an officer can fix the sentence.
    """
    problems = []
    for number, sentence in enumerate(cited_sentences(text), start=1):
        allowed: set[float] = set()
        for paragraph in sentence.citation.paragraphs:
            allowed.update(numbers_in(paragraph_texts.get(paragraph, "")))
        for key in sentence.citation.indicators:
            allowed.update(indicator_figures.get(key, ()))
        for value in numbers_in(sentence.text):
            if value not in allowed:
                shown = f"{value:g}"
                problems.append(
                    f"Sentence {number} (“{_shorten(sentence.text)}”) gives {shown}, which is "
                    "not in anything it cites."
                )
    return problems


@dataclass(frozen=True)
class SourceCheck:
    """What a summary may cite: the report's paragraphs, and each figure's numbers."""

    paragraph_texts: Mapping[int, str]
    indicator_figures: Mapping[str, Iterable[float]]

    def problems(self, text: str) -> list[str]:
        """Everything that stops the text being traceable, in plain words."""
        return citation_problems(
            text, self.paragraph_texts, self.indicator_figures
        ) + untraced_numbers(text, self.paragraph_texts, self.indicator_figures)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
