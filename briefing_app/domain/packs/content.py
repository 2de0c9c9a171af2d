"""Briefing packs: who a pack is for, which sections it has, and what each section says.

A pack's content is assembled from the app's data (``services/packs/``) into the plain
objects below and in ``domain/packs/sections.py``, then rendered (``packs/``). Nothing here
knows about PDF, and the renderer never reads the database: what is in a ``PackContent``
is exactly what the pack shows. A meeting's record is printed the same way, as a
``PackContent`` with the single section ``RECORD``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum

from briefing_app.domain.dates import long_date
from briefing_app.domain.exempt_information import DEFAULT_EXEMPT_PARAGRAPH, ExemptParagraph
from briefing_app.domain.glossary import GlossaryTerm
from briefing_app.domain.meeting_record import MeetingRecord
from briefing_app.domain.packs.sections import (
    ActionsContent,
    CoverContent,
    FindingsContent,
    FrontSheet,
    GlanceContent,
    MyNotesContent,
    OutcomesContent,
    QuestionsContent,
    SourcesContent,
    Statement,
)
from briefing_app.domain.reports import Grade
from briefing_app.domain.training.summary import TrainingSummary


class PackAudience(Enum):
    """Who a pack is for. Members' packs may hold names and notes; public packs never do.

    (Not ``domain.outcomes.Audience``: whose lives a figure is about.)"""

    MEMBERS = "members"
    PUBLIC = "public"

    @property
    def label(self) -> str:
        return "Members' pack" if self is PackAudience.MEMBERS else "Public pack"

    @property
    def pack_title(self) -> str:
        """The title of this audience's edition of a briefing pack."""
        return "Members' briefing pack" if self is PackAudience.MEMBERS else "Public briefing pack"

    @property
    def marking(self) -> str:
        """The security marking printed on the cover and at the top of every page."""
        return "OFFICIAL-SENSITIVE" if self is PackAudience.MEMBERS else "OFFICIAL"

    @property
    def handling(self) -> str:
        if self is PackAudience.MEMBERS:
            return (
                "This pack is for members of the committee and the officers who support them. "
                "It may hold names and notes that must not be shared. Keep it safe, and "
                "destroy it securely when you no longer need it."
            )
        return (
            "This pack may be shared with the public. It leaves out councillors' and "
            "officers' names, private notes and any typed text an officer has not checked "
            "and published, and small numbers that could identify a child are hidden."
        )

    def may_see(self, members_only: bool) -> bool:
        """Whether content marked ``members_only`` (or not) belongs in this audience's pack."""
        return self is PackAudience.MEMBERS or not members_only


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
    RECORD = "record"  # a meeting's record, printed on its own (never part of a pack)
    MY_NOTES = "my-notes"  # a member's own notes, printed on their own (never part of a pack)

    @property
    def title(self) -> str:
        return _SECTION_TITLES[self]

    @property
    def printed_on_its_own(self) -> bool:
        """A meeting's record and a member's notes are documents of their own, never
        sections of a briefing pack."""
        return self in (SectionKey.RECORD, SectionKey.MY_NOTES)

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
    SectionKey.RECORD: "Meeting record",
    SectionKey.MY_NOTES: "My notes",
}


@dataclass(frozen=True)
class ExemptPart:
    """A section of a members' pack holding what the public pack leaves out, and what
    that is ("councillors' names with their training records")."""

    section: SectionKey
    holds: str


@dataclass(frozen=True)
class PackContent:
    """Everything one pack shows, already filtered for its audience.

    ``document`` names what the PDF is in its footer when it is not a briefing pack
    ("Meeting record"); a pack's footer names its audience instead. ``front_sheet`` is
    the meeting the pack is for (None when it is for none the app holds); ``exempt`` the
    sections of a members' pack that are not for publication, under
    ``exempt_paragraph`` of Schedule 12A (see ``domain/packs/papers.py``).
    """

    audience: PackAudience
    pack_date: date
    cover: CoverContent
    sections: tuple[SectionKey, ...]
    created: date
    glance: GlanceContent | None = None
    children_in_care: OutcomesContent | None = None
    care_leavers: OutcomesContent | None = None
    findings: FindingsContent | None = None
    questions: QuestionsContent | None = None
    actions: ActionsContent | None = None
    training: TrainingSummary | None = None
    glossary: tuple[GlossaryTerm, ...] = ()
    sources: SourcesContent | None = None
    record: MeetingRecord | None = None
    my_notes: MyNotesContent | None = None
    document: str = ""
    front_sheet: FrontSheet | None = None
    exempt: tuple[ExemptPart, ...] = ()
    exempt_paragraph: ExemptParagraph = DEFAULT_EXEMPT_PARAGRAPH

    def exempt_part(self, key: SectionKey) -> ExemptPart | None:
        """What section ``key`` holds that is not for publication, if anything."""
        return next((part for part in self.exempt if part.section is key), None)

    @property
    def title(self) -> str:
        return f"{self.cover.committee}: {self.cover.title}, {long_date(self.pack_date)}"

    @property
    def subject(self) -> str:
        what = self.document or self.audience.label
        return (
            f"{what} for the {self.cover.committee} of {self.cover.authority}, "
            f"{long_date(self.pack_date)}"
        )

    @property
    def footer_label(self) -> str:
        return self.document or self.audience.label

    @property
    def statements(self) -> tuple[Statement, ...]:
        """Every sentence with a figure in it that the pack footnotes, across the sections."""
        found: list[Statement] = []
        if self.glance is not None:
            found += self.glance.statements
        for outcomes in (self.children_in_care, self.care_leavers):
            if outcomes is not None:
                found += [s for summary in outcomes.summaries for s in summary.sentences]
        if self.questions is not None:
            found += [f for entry in self.questions.entries for f in entry.figures]
        if self.actions is not None:
            found.append(self.actions.summary)
        return tuple(found)

    @property
    def has_suppressed(self) -> bool:
        return (
            any(statement.suppressed for statement in self.statements)
            or any(o.has_suppressed for o in (self.children_in_care, self.care_leavers) if o)
            or (self.questions is not None and self.questions.has_suppressed)
        )

    def texts(self) -> Iterator[str]:
        """Every piece of prose the pack shows, to find the acronyms it uses."""
        yield from (self.cover.committee, self.cover.meeting_title, self.cover.covering_note)
        yield from (statement.text for statement in self.statements)
        if self.glance is not None:
            yield from (line.area for line in self.glance.judgements)
        for outcomes in (self.children_in_care, self.care_leavers):
            if outcomes is not None:
                yield outcomes.introduction
                for summary in outcomes.summaries:
                    yield summary.title
                    yield from (sentence.text for sentence in summary.sentences)
                for row in outcomes.rows:
                    yield from (row.topic, row.label, row.status, row.trend)
                yield from (block.chart.title for block in outcomes.charts)
                published = outcomes.published
                if published is not None:
                    yield published.release
                    yield from published.marks
                    for line in published.rows:
                        yield from (line.label, line.trend.text)
                    yield from (block.chart.title for block in published.charts)
        if self.findings is not None:
            for theme in self.findings.themes:
                yield theme.description
                yield from (f.excerpt for f in theme.findings)
                yield from (r.text for r in theme.recommendations)
        if self.questions is not None:
            for entry in self.questions.entries:
                yield from (entry.text, entry.why, entry.answer)
                yield from (p.excerpt for p in entry.paragraphs)
                yield from (e.answer for e in entry.earlier)
                yield from (a.description for a in entry.open_actions)
        if self.actions is not None:
            yield from (line.description for line in self.actions.lines)
        if self.training is not None:
            yield self.training.headline
            yield from (m.module for m in self.training.modules)
        if self.sources is not None:
            yield from (s.detail for s in self.sources.sources)
            yield from self.sources.caveats


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
