"""Scrutiny questions the app suggests for any council: from its DfE figures that are off
track, and from its inspection report's recommendations when a report is held.

The question bank (``domain/scrutiny.py``) holds questions an officer wrote about one
report. These are written by the app for whichever council the workspace is, so a council
with no report yet still has questions to ask. Each names what it rests on: the DfE
figure (its key, period and published value, with England's) or the report's paragraph,
so a councillor can check it before asking. Only figures for the same period are set
against each other, and a figure the DfE kept back or marked is never the subject of a
question about its size.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.dates import month_year
from briefing_app.domain.figure_summaries import topic_paragraphs
from briefing_app.domain.off_track import off_track_series
from briefing_app.domain.outcomes import ComparatorKind
from briefing_app.domain.plain_english import format_value
from briefing_app.domain.ratings import Rating, Trend
from briefing_app.domain.reports import InspectionReport, Part, Recommendation
from briefing_app.domain.scrutiny import MAX_QUESTION_LENGTH
from briefing_app.domain.themes import themes_for
from briefing_app.domain.topics import Audience
from briefing_app.domain.wording import joined

FIGURE_QUESTIONS = 5
FIGURE_ORIGIN = "Suggested by the app from the DfE's published figures"
REPORT_ORIGIN = "Suggested by the app from the inspection report's recommendations"
_ASK_AFTER_RECOMMENDATION = (
    "What has been done since, and how will councillors know it has made a difference?"
)
_ASK = {
    (
        True,
        True,
    ): "What is being done to turn this round, and when should councillors see a change?",
    (True, False): "Why is it worse, and what would it take to close the gap?",
    (False, True): "What has changed, and what is being done about it?",
}


@dataclass(frozen=True)
class Basis:
    """One thing a suggested question rests on: a DfE figure or a report paragraph."""

    words: str  # what it says: "Care leavers ... : 48% in the year ending 31 March 2022"
    source: str  # where to check it: the DfE's file and line, or the report's paragraph
    key: str = ""  # the figure's key, for a DfE figure
    paragraphs: tuple[
        int, ...
    ] = ()  # the report's paragraphs, for its findings or a recommendation


@dataclass(frozen=True)
class SuggestedQuestion:
    text: str
    why: str
    audience: Audience
    origin: str
    rests_on: tuple[Basis, ...]

    @property
    def indicators(self) -> tuple[str, ...]:
        return tuple(b.key for b in self.rests_on if b.key)

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return tuple(p for b in self.rests_on for p in b.paragraphs)

    @property
    def rests_on_words(self) -> str:
        """ "Rests on: ... (DfE, ... line 12); ... (paragraphs 97 and 98 of Ofsted's report of
        July 2014)"."""
        return "Rests on: " + "; ".join(f"{b.words} ({b.source})" for b in self.rests_on)


def figure_question(
    series: FigureSeries, report: InspectionReport | None = None
) -> SuggestedQuestion | None:
    """A question on one figure that is worse than England's for the same period, or has
    got worse over the years held (None when it is neither, or has no number)."""
    latest = series.latest
    if latest is None or latest.own is None or latest.own.value.number is None:
        return None
    unit = series.definition.unit
    england = series.comparison(ComparatorKind.ENGLAND)
    worse = england is not None and england.rating is Rating.WORSE
    worsening = series.trend.trend is Trend.WORSENING and series.trend.since is not None
    if not (worse or worsening):
        return None
    value = format_value(latest.own.value.number, unit)
    parts = [f"Our figure for “{series.label}” was {value} {latest.period.during}"]
    if worse and england is not None and england.value is not None:
        parts.append(f"worse than England's ({format_value(england.value, unit)})")
    if worsening and series.trend.since is not None:
        parts.append(f"and it has got worse since {series.trend.since.short}")
    text = f"{', '.join(parts)}. {_ASK[(worse, worsening)]}"
    if len(text) > MAX_QUESTION_LENGTH:
        text = f"Our figure for this measure is off track. {_ASK[(worse, worsening)]}"
    words = f"{series.label}: {series.latest_words}"
    rests_on = [Basis(words, series.source_words, key=series.key)]
    if report is not None:
        audience = series.definition.audience
        paragraphs = topic_paragraphs(report, audience, series.definition.topic)
        if paragraphs:
            # The report's own period is named: its findings are context, not a comparison.
            numbers = joined([str(p) for p in paragraphs])
            rests_on.append(
                Basis(
                    f"what the inspectors found on {series.definition.topic_title.lower()}",
                    f"paragraph{'s' if len(paragraphs) > 1 else ''} {numbers} of Ofsted's "
                    f"report of {month_year(report.inspection_end)}",
                    paragraphs=paragraphs,
                )
            )
    return SuggestedQuestion(
        text=text,
        why=" ".join(
            line if line.endswith(".") else f"{line}." for line in series.comparison_lines()
        ),
        audience=series.definition.audience,
        origin=FIGURE_ORIGIN,
        rests_on=tuple(rests_on),
    )


def _is_about(recommendation: Recommendation, audience: Audience) -> bool:
    """A recommendation about care leavers is for that page; one about children in care
    (placements, health, education...) for the other."""
    themes = set(themes_for(recommendation.text))
    leavers = "care-leavers" in themes
    if audience is Audience.CARE_LEAVERS:
        return leavers
    return not leavers and bool(themes & _CARE_THEMES)


_CARE_THEMES = {
    "placements",
    "adoption-and-permanence",
    "missing-and-exploitation",
    "health",
    "education",
    "voice-of-the-child",
    "corporate-parenting",
}


def recommendation_question(
    recommendation: Recommendation, audience: Audience
) -> SuggestedQuestion:
    """A question following up one of the report's recommendations, quoting it when that
    keeps the question short enough to read out (a quotation is never cut or changed)."""
    where = recommendation.reference
    quoted = recommendation.text.strip().rstrip(".")
    text = f"The inspectors recommended: “{quoted}” ({where.lower()}). {_ASK_AFTER_RECOMMENDATION}"
    if len(text) > MAX_QUESTION_LENGTH:
        text = (
            f"The inspectors made a recommendation in {where.lower()} of their report. "
            f"{_ASK_AFTER_RECOMMENDATION}"
        )
    kind = recommendation.kind_label.lower()
    return SuggestedQuestion(
        text=text,
        why=f"The inspectors made this recommendation ({kind}).",
        audience=audience,
        origin=REPORT_ORIGIN,
        rests_on=(
            Basis(
                f"a recommendation ({kind})",
                f"{where} of the inspection report",
                paragraphs=(recommendation.paragraph,)
                if recommendation.paragraph is not None
                else (),
            ),
        ),
    )


def suggested_questions(
    audience: Audience,
    series: Iterable[FigureSeries],
    report: InspectionReport | None = None,
    limit: int = FIGURE_QUESTIONS,
) -> list[SuggestedQuestion]:
    """Questions for the page about ``audience``: the report's recommendations about
    them first (priority ones first), then one for each of the ``limit`` figures furthest
    off track, worst first."""
    found: list[SuggestedQuestion] = []
    if report is not None:
        recommendations = sorted(
            (
                r
                for r in report.recommendations
                if r.part is Part.LOCAL_AUTHORITY and _is_about(r, audience)
            ),
            key=lambda r: (not r.priority, r.number),
        )
        found += [recommendation_question(r, audience) for r in recommendations]
    mine = [s for s in series if s.definition.audience is audience]
    for one in off_track_series(mine, limit):
        question = figure_question(one, report)
        if question is not None:
            found.append(question)
    return found
