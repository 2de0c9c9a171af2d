"""Linking each recommendation to the paragraphs that give its evidence.

A recommendation ("Improve the stability of short-term placements for 16 and 17 year
olds") rests on findings elsewhere in the report that use the same words ("short-term
placements for 16- and 17-year-olds are not always stable"). The linker scores every
other numbered paragraph by the content words it shares with the recommendation, each
word weighted by how rare it is in the report (a word in every paragraph, such as
"children", says nothing), and keeps the best few.

It is a first draft for an officer to check: curated links, where we have them, are kept
in ``data/`` and win over these.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing_app.domain.reports import Finding, InspectionReport, Recommendation

# At most this many paragraphs are linked to one recommendation.
MAX_LINKS = 4
# A paragraph is linked only if it scores at least this share of the best one's score...
RELATIVE_FLOOR = 0.6
# ...and shares at least this much weight of rare words with the recommendation.
ABSOLUTE_FLOOR = 4.0

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Z]")
_SUFFIXES = (
    "ments", "ment", "ings", "ing", "ions", "ion", "ness", "ities", "ity", "ies", "ied",
    "ers", "er", "es", "ed", "ly", "s",
)  # fmt: skip
_STOPWORD_TEXT = """
a about above after again against all also although always among an and any are as at
be because been before being below between both but by can could did do does doing
down during each either ensure ensuring few for from further had has have having he her
here hers him his how however i if in into is it its itself just least less may might
more most much must my no nor not now of off on once only or other others our out over
own same she should so some such than that the their theirs them then there these they
this those through to too under until up upon very was we were what when where which
while who whom whose why will with within without would you your
improve improved improvement improvements well good better make made making take taken
consistently effectively appropriately appropriate timely clear clearly sufficiently
children child young people person local authority authorities council service services
work working practice inspectors report including need needs help through across
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class _Document:
    paragraph: int
    stems: frozenset[str]


def content_stems(text: str) -> frozenset[str]:
    """The words that carry a text's meaning, cut to a common stem ("placements" -> "placem")."""
    stems = set()
    for word in _WORD.findall(text):
        if word.isupper() and len(word) > 1:
            stems.add(word.casefold())  # an acronym: CAF, PEP, NEET
            continue
        lowered = word.casefold().replace("’", "'")
        if lowered in _STOPWORDS or len(lowered) < 3:
            continue
        stems.add(_stem(lowered))
    return frozenset(stems)


def _stem(word: str) -> str:
    word = word.split("'", 1)[0]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:7]


def link_evidence(report: InspectionReport) -> InspectionReport:
    """The report with every recommendation that has no evidence linked given some."""
    excluded = {r.paragraph for r in report.recommendations if r.paragraph is not None}
    excluded |= {s.paragraph for s in report.strengths}
    candidates = [f for f in report.findings if f.paragraph not in excluded]
    linker = EvidenceLinker(candidates)
    recommendations = tuple(
        rec if rec.evidence else replace(rec, evidence=linker.evidence_for(rec))
        for rec in report.recommendations
    )
    return replace(report, recommendations=recommendations)


class EvidenceLinker:
    """Scores paragraphs against a recommendation by the rare words they share."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self._documents = [_Document(f.paragraph, content_stems(f.text)) for f in findings]
        frequency: Counter[str] = Counter()
        for document in self._documents:
            frequency.update(document.stems)
        total = max(len(self._documents), 1)
        self._weight = {
            stem: math.log((total + 1) / (count + 0.5)) for stem, count in frequency.items()
        }

    def scores(self, text: str) -> list[tuple[int, float]]:
        """Every paragraph's score for ``text``, best first."""
        wanted = content_stems(text)
        scored = []
        for document in self._documents:
            shared = wanted & document.stems
            if not shared:
                continue
            weight = sum(self._weight.get(stem, 0.0) for stem in shared)
            length = math.sqrt(max(len(document.stems), 1) / 20)
            scored.append((document.paragraph, weight / max(length, 1.0)))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return scored

    def evidence_for(self, recommendation: Recommendation) -> tuple[int, ...]:
        scored = self.scores(f"{recommendation.topic} {recommendation.text}")
        if not scored or scored[0][1] < ABSOLUTE_FLOOR:
            return ()
        best = scored[0][1]
        chosen = [
            paragraph
            for paragraph, score in scored[:MAX_LINKS]
            if score >= best * RELATIVE_FLOOR and score >= ABSOLUTE_FLOOR
        ]
        return tuple(sorted(chosen))
