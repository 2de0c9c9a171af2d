"""Briefing packs: who a pack is for, which sections it has, and what each section says.

A pack's content is assembled from the app's data (``services.packs``) into the plain
objects below, then rendered (``packs/``). Nothing here knows about PDF, and the renderer
never reads the database: what is in a ``PackContent`` is exactly what the pack shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum

from briefing_app.domain.glossary import GlossaryTerm
from briefing_app.domain.pack_charts import ChartDefinition
from briefing_app.domain.reports import Grade, long_date


class Audience(Enum):
    """Members' packs may hold names and notes; public packs never do."""

    MEMBERS = "members"
    PUBLIC = "public"

    @property
    def label(self) -> str:
        return "Members' pack" if self is Audience.MEMBERS else "Public pack"

    @property
    def marking(self) -> str:
        """The security marking printed on the cover and at the top of every page."""
        return "OFFICIAL-SENSITIVE" if self is Audience.MEMBERS else "OFFICIAL"

    @property
    def handling(self) -> str:
        if self is Audience.MEMBERS:
            return (
                "This pack is for members of the committee and the officers who support them. "
                "It may hold names and notes that must not be shared. Keep it safe, and "
                "destroy it securely when you no longer need it."
            )
        return (
            "This pack may be shared with the public. It holds no names and no private "
            "notes, and small numbers that could identify a child are hidden."
        )

    def may_see(self, members_only: bool) -> bool:
        """Whether content marked ``members_only`` (or not) belongs in this audience's pack."""
        return self is Audience.MEMBERS or not members_only


class SectionKey(Enum):
    """Every section a pack can have, in the order they appear. Values are used on the CLI."""

    COVER = "cover"
    CONTENTS = "contents"
    AT_A_GLANCE = "at-a-glance"
    CHILDREN_IN_CARE = "children-in-care"
    CARE_LEAVERS = "care-leavers"
    FINDINGS = "findings"
    QUESTIONS = "questions"
    ACTIONS = "actions"
    TRAINING = "training"
    GLOSSARY = "glossary"
    SOURCES = "sources"

    @property
    def title(self) -> str:
        return _SECTION_TITLES[self]

    @property
    def always_included(self) -> bool:
        """The cover and contents frame every pack; they cannot be left out."""
        return self in (SectionKey.COVER, SectionKey.CONTENTS)

    @classmethod
    def in_order(cls, keys: Iterable[SectionKey]) -> tuple[SectionKey, ...]:
        chosen = set(keys)
        return tuple(key for key in cls if key in chosen)


_SECTION_TITLES = {
    SectionKey.COVER: "Cover",
    SectionKey.CONTENTS: "Contents",
    SectionKey.AT_A_GLANCE: "At a glance",
    SectionKey.CHILDREN_IN_CARE: "Children in care",
    SectionKey.CARE_LEAVERS: "Care leavers",
    SectionKey.FINDINGS: "Inspection findings by theme",
    SectionKey.QUESTIONS: "Questions for this meeting",
    SectionKey.ACTIONS: "Open actions",
    SectionKey.TRAINING: "Training compliance",
    SectionKey.GLOSSARY: "Glossary",
    SectionKey.SOURCES: "Sources and caveats",
}


@dataclass(frozen=True)
class Statement:
    """A sentence with a figure in it, and where the figure comes from.

    ``suppressed`` says a small number was hidden from it (see ``domain.disclosure``),
    so the pack can footnote why.
    """

    text: str
    source: str
    suppressed: bool = False


@dataclass(frozen=True)
class CoverContent:
    title: str
    authority: str
    committee: str
    meeting_title: str = ""
    covering_note: str = ""


@dataclass(frozen=True)
class JudgementLine:
    area: str
    grade: Grade


@dataclass(frozen=True)
class GlanceContent:
    """The first page a member reads: grades and the few things that matter most.

    ``points`` is open-ended: each area of the app adds the statements it has (the
    indicators most off track, open actions, training compliance).
    """

    introduction: Statement
    judgements: tuple[JudgementLine, ...]
    judgements_source: str
    points: tuple[Statement, ...] = ()


@dataclass(frozen=True)
class FindingExcerpt:
    paragraph: int
    excerpt: str


@dataclass(frozen=True)
class RecommendationLine:
    reference: str  # "Paragraph 13", or "Point 2 of what needs to improve" (ILACS)
    text: str
    priority: bool


@dataclass(frozen=True)
class ThemeFindings:
    key: str
    label: str
    description: str
    findings: tuple[FindingExcerpt, ...]
    recommendations: tuple[RecommendationLine, ...] = ()


@dataclass(frozen=True)
class FindingsContent:
    source: str
    themes: tuple[ThemeFindings, ...]
    chart: ChartDefinition | None = None


@dataclass(frozen=True)
class SourceEntry:
    name: str
    detail: str


@dataclass(frozen=True)
class SourcesContent:
    sources: tuple[SourceEntry, ...]
    caveats: tuple[str, ...]


@dataclass(frozen=True)
class PackContent:
    """Everything one pack shows, already filtered for its audience."""

    audience: Audience
    pack_date: date
    cover: CoverContent
    sections: tuple[SectionKey, ...]
    created: date
    glance: GlanceContent | None = None
    findings: FindingsContent | None = None
    glossary: tuple[GlossaryTerm, ...] = ()
    sources: SourcesContent | None = None

    @property
    def title(self) -> str:
        return f"{self.cover.committee}: {self.cover.title}, {long_date(self.pack_date)}"

    @property
    def subject(self) -> str:
        return (
            f"{self.audience.label} for the {self.cover.committee} of {self.cover.authority}, "
            f"{long_date(self.pack_date)}"
        )

    @property
    def statements(self) -> tuple[Statement, ...]:
        """Every sentence with a figure in it, across the sections."""
        if self.glance is None:
            return ()
        return (self.glance.introduction, *self.glance.points)

    @property
    def has_suppressed(self) -> bool:
        return any(statement.suppressed for statement in self.statements)

    def texts(self) -> Iterator[str]:
        """Every piece of prose the pack shows, to find the acronyms it uses."""
        yield from (self.cover.committee, self.cover.meeting_title, self.cover.covering_note)
        if self.glance is not None:
            yield self.glance.introduction.text
            yield from (line.area for line in self.glance.judgements)
            yield from (point.text for point in self.glance.points)
        if self.findings is not None:
            for theme in self.findings.themes:
                yield theme.description
                yield from (f.excerpt for f in theme.findings)
                yield from (r.text for r in theme.recommendations)
        if self.sources is not None:
            yield from (s.detail for s in self.sources.sources)
            yield from self.sources.caveats


def first_sentence(text: str, max_words: int = 45) -> str:
    """The first sentence of ``text``, cut to ``max_words`` words with an ellipsis."""
    text = " ".join(text.split())
    end = len(text)
    for marker in (". ", "? ", "! "):
        found = text.find(marker)
        if found >= 0:
            end = min(end, found + 1)
    sentence = text[:end]
    words = sentence.split(" ")
    if len(words) > max_words:
        return " ".join(words[:max_words]).rstrip(",;:") + "…"
    return sentence


_GRADE_VERDICTS = {
    Grade.OUTSTANDING: "judged them outstanding",
    Grade.GOOD: "judged them good",
    Grade.REQUIRES_IMPROVEMENT: "judged that they require improvement",
    Grade.ADEQUATE: "judged them adequate",
    Grade.INADEQUATE: "judged them inadequate",
}


def grade_verdict(grade: Grade) -> str:
    """The grade as the end of a sentence: "Overall, Ofsted judged them good"."""
    return _GRADE_VERDICTS[grade]


def paragraph_ranges(numbers: Iterable[int]) -> str:
    """ "paragraph 7", "paragraphs 13 to 23 and 137 to 140", "paragraphs 3, 5 and 9"."""
    ordered = sorted(set(numbers))
    if not ordered:
        return ""
    runs: list[tuple[int, int]] = []
    for number in ordered:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    parts: list[str] = []
    for first, last in runs:
        if last - first >= 2:
            parts.append(f"{first} to {last}")
        else:
            parts += [str(n) for n in range(first, last + 1)]
    noun = "paragraph" if len(ordered) == 1 else "paragraphs"
    if len(parts) == 1:
        return f"{noun} {parts[0]}"
    return f"{noun} {', '.join(parts[:-1])} and {parts[-1]}"
