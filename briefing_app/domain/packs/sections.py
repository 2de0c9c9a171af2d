"""What each section of a briefing pack says, as plain objects ready to print.

``services.packs`` fills these from the app's data, already filtered for the pack's
audience (names left out, private answers left out, small local counts hidden); the
renderer in ``packs/`` prints exactly what they hold and reads nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefing_app.domain.charts import Chart
from briefing_app.domain.meetings import MeetingArrangements
from briefing_app.domain.reports import Grade


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
class FrontSheet:
    """The meeting a pack is for, as its front sheet shows it; ``last_meeting`` is the
    date of the committee's meeting before it, when the app holds one."""

    meeting_date: date
    arrangements: MeetingArrangements
    last_meeting: date | None = None


# -- at a glance ---------------------------------------------------------------------------


@dataclass(frozen=True)
class JudgementLine:
    area: str
    grade: Grade


@dataclass(frozen=True)
class GlanceContent:
    """The first page a member reads: grades and the few things that matter most.

    ``points`` are the report's headline points; ``off_track`` the figures furthest
    from where they should be; ``actions`` and ``training`` one or two sentences each on
    what is still open and who is trained.
    """

    introduction: Statement
    judgements: tuple[JudgementLine, ...]
    judgements_source: str
    points: tuple[Statement, ...] = ()
    off_track: tuple[Statement, ...] = ()
    actions: tuple[Statement, ...] = ()
    training: tuple[Statement, ...] = ()

    @property
    def statements(self) -> tuple[Statement, ...]:
        return (self.introduction, *self.points, *self.off_track, *self.actions, *self.training)


# -- children in care and care leavers -----------------------------------------------------


@dataclass(frozen=True)
class SummaryContent:
    """One theme's plain-English summary: each sentence with what it cites, in words."""

    title: str
    sentences: tuple[Statement, ...]


@dataclass(frozen=True)
class FigureRow:
    """One indicator in the figures table, as the window's Figures tab shows it.

    ``status`` and ``trend`` are words with a symbol; their colours (background, text)
    are a second signal only.
    """

    topic: str
    label: str
    figure: str
    period: str
    status: str
    status_colours: tuple[str, str]
    trend: str
    trend_colours: tuple[str, str]
    source: str
    suppressed: bool = False


@dataclass(frozen=True)
class ChartBlock:
    """A chart from the same definition the window draws, and the source of its figures."""

    chart: Chart
    source: str
    suppressed: bool = False


@dataclass(frozen=True)
class Status:
    """Words with a symbol ("✓ Better (10%)"), and their colours (a second signal only)."""

    text: str
    colours: tuple[str, str]


@dataclass(frozen=True)
class PublishedRow:
    """One DfE figure in the table of published figures, as the window's Figures tab
    shows it: the latest figure, against England, the region and the statistical
    neighbours' average (with how many had a figure), the rank and the trend."""

    topic: str
    label: str
    period: str
    figure: str
    england: Status
    region: Status
    neighbours: Status
    rank: str
    trend: Status
    source: str


@dataclass(frozen=True)
class PublishedFigures:
    """The council's figures as the Department for Education published them."""

    council: str
    release: str
    rows: tuple[PublishedRow, ...]
    charts: tuple[ChartBlock, ...] = ()
    marks: tuple[str, ...] = ()  # what each DfE symbol shown means


@dataclass(frozen=True)
class OutcomesContent:
    """The children in care section or the care leavers section."""

    title: str
    introduction: str
    summaries: tuple[SummaryContent, ...]
    rows: tuple[FigureRow, ...]
    charts: tuple[ChartBlock, ...] = ()
    published: PublishedFigures | None = None

    @property
    def has_suppressed(self) -> bool:
        return (
            any(r.suppressed for r in self.rows)
            or any(c.suppressed for c in self.charts)
            or any(s.suppressed for summary in self.summaries for s in summary.sentences)
        )


# -- inspection findings -------------------------------------------------------------------


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
    chart: ChartBlock | None = None


# -- questions for the meeting and open actions --------------------------------------------


@dataclass(frozen=True)
class ActionLine:
    """An action as a pack prints it. ``owner`` is empty in a public pack."""

    owner: str
    description: str
    due: date
    state: str  # words with a symbol: "⚠ Overdue"
    when: str  # "12 days overdue"
    overdue: bool
    raised_at: str  # the meeting it was agreed at
    question: str = ""  # the question's code


@dataclass(frozen=True)
class EarlierAnswer:
    meeting: str
    outcome: str
    answer: str
    private: bool = False


@dataclass(frozen=True)
class QuestionEntry:
    """A question on the meeting's list, with what it rests on and what is already known."""

    number: int
    code: str
    text: str
    why: str
    theme: str
    paragraphs: tuple[FindingExcerpt, ...]
    figures: tuple[Statement, ...] = ()
    earlier: tuple[EarlierAnswer, ...] = ()
    open_actions: tuple[ActionLine, ...] = ()
    outcome: str = ""  # at this meeting, once marked
    answer: str = ""
    answer_private: bool = False


@dataclass(frozen=True)
class QuestionsContent:
    meeting: str
    source: str
    entries: tuple[QuestionEntry, ...]

    @property
    def has_suppressed(self) -> bool:
        return any(f.suppressed for e in self.entries for f in e.figures)


@dataclass(frozen=True)
class ActionsContent:
    summary: Statement
    lines: tuple[ActionLine, ...]
    names_included: bool


# -- sources -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceEntry:
    name: str
    detail: str


@dataclass(frozen=True)
class SourcesContent:
    sources: tuple[SourceEntry, ...]
    caveats: tuple[str, ...]


@dataclass(frozen=True)
class NoteLine:
    """One of a member's notes as their notes PDF prints it."""

    where: str  # "report paragraph", "figure"... or "no longer in the briefing"
    target: str
    kind: str
    text: str
    written: date


@dataclass(frozen=True)
class MyNotesContent:
    """A member's own notes on a briefing, printed for themselves."""

    briefing: str  # what the briefing open is: its council, publication and edition
    notes_file: str
    lines: tuple[NoteLine, ...]
