"""What a pack says of the council's figures as the Department for Education (DfE)
published them: the same comparisons the window's Figures tab gives (England, the region,
the statistical neighbours' average and how many had a figure, the rank, the trend), the
five-year charts of the figures the summaries speak of, and what each DfE mark means.

The DfE's figures are published: a figure it kept back to protect children's privacy
is marked "c" by the DfE itself, and shown so, in members' and public packs alike.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.off_track import off_track_series
from briefing_app.domain.outcomes import TOPICS, Audience, ComparatorKind, Rating
from briefing_app.domain.packs.content import PackAudience
from briefing_app.domain.packs.sections import (
    ChartBlock,
    PublishedFigures,
    PublishedRow,
    Statement,
    Status,
)
from briefing_app.domain.statistics import Symbol
from briefing_app.services.council_figures import CouncilFiguresService

CHARTS_AT_MOST = 8
_TOPIC_ORDER = {topic.key: number for number, topic in enumerate(TOPICS)}


def _status(series: FigureSeries, kind: ComparatorKind) -> Status:
    comparison = series.comparison(kind)
    rating = comparison.rating if comparison is not None else Rating.NOT_RATED
    return Status(series.comparison_cell(kind), rating.colours)


def published_row(series: FigureSeries) -> PublishedRow:
    latest = series.latest
    return PublishedRow(
        topic=series.definition.topic_title,
        label=series.label,
        period=latest.period.label if latest is not None else "",
        figure=series.figure_cell,
        england=_status(series, ComparatorKind.ENGLAND),
        region=_status(series, ComparatorKind.REGION),
        neighbours=_status(series, ComparatorKind.STATISTICAL_NEIGHBOURS),
        rank=series.rank_cell,
        trend=Status(series.trend_cell, series.trend.trend.colours),
        source=f"{series.source_words}." if series.source_words else "",
    )


def charted(series: Sequence[FigureSeries], cited: Collection[str]) -> list[FigureSeries]:
    """The figures charted in the pack: those the section's summaries cite, or (when they
    cite none) those furthest off track; at most ``CHARTS_AT_MOST``."""
    chosen = [s for s in series if s.key in cited and s.has_figures]
    if not chosen:
        chosen = off_track_series(series, CHARTS_AT_MOST)
    return chosen[:CHARTS_AT_MOST]


def published_figures(
    figures: CouncilFiguresService, audience: Audience, cited: Collection[str]
) -> PublishedFigures | None:
    """The council's published figures about ``audience`` (None when it has none)."""
    council = figures.council()
    series = figures.series(audience)
    if council is None or not any(s.has_figures for s in series):
        return None
    ordered = sorted(
        series, key=lambda s: (_TOPIC_ORDER.get(s.definition.topic, 99), s.definition.position)
    )
    charts = []
    for one in charted(ordered, cited):
        chart = figures.chart(one)
        if chart is not None:
            charts.append(ChartBlock(chart, f"{one.source_words}."))
    marks = {m for s in series for m in s.symbols()}
    return PublishedFigures(
        council=council.name,
        release=figures.release_words(series),
        rows=tuple(published_row(s) for s in ordered),
        charts=tuple(charts),
        marks=tuple(f"“{m.value}”: {m.meaning}" for m in Symbol if m in marks),
    )


def off_track_published(
    figures: CouncilFiguresService, pack_audience: PackAudience
) -> tuple[Statement, ...]:
    """The published figures furthest off track, worst first, for at a glance (the same
    in members' and public packs: the DfE published them)."""
    del pack_audience  # published figures are shown alike to every audience
    series = [s for audience in Audience for s in figures.series(audience)]
    found = []
    for one in off_track_series(series):
        latest = one.latest
        if latest is None:
            continue
        who = one.definition.audience.label.lower()
        parts = []
        england = one.comparison(ComparatorKind.ENGLAND)
        if england is not None and england.rating is not Rating.NOT_RATED:
            parts.append(england.label.split(" ", 1)[1])
        if one.trend.trend.label.startswith("Getting"):
            parts.append(one.trend.trend.label.lower())
        text = f"{one.label} ({who}): {latest.figure_words}, {latest.period.label}."
        if parts:
            judged = "; ".join(parts)
            text += f" {judged[:1].upper()}{judged[1:]}."
        found.append(Statement(text, f"{one.source_words}."))
    return tuple(found)
