"""What a pack says about children in care and care leavers: summaries, figures, charts.

The figures table says what the window's Figures tab says (the same figure, status and
trend words), and the charts come from the same definitions the window draws
(``domain/charts.py``). In a public pack, local figures that would give away a count of
1 to 5 children are hidden everywhere they appear (``domain/disclosure.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from briefing_app.domain.charts import comparison_chart, trend_chart
from briefing_app.domain.disclosure import (
    SUPPRESSED_MARK,
    hidden_figures,
    hidden_numbers,
    is_local,
    mask_numbers,
)
from briefing_app.domain.off_track import most_off_track
from briefing_app.domain.outcomes import (
    TOPICS,
    Audience,
    Indicator,
    Observation,
    Rating,
    Trend,
)
from briefing_app.domain.packs.content import PackAudience
from briefing_app.domain.packs.sections import (
    ChartBlock,
    FigureRow,
    OutcomesContent,
    PublishedFigures,
    Statement,
    SummaryContent,
)
from briefing_app.domain.plain_english import figure_text, trend_words
from briefing_app.domain.summaries import CitedSentence, Summary
from briefing_app.services.outcomes import OutcomesService

_TOPIC_ORDER = {topic.key: number for number, topic in enumerate(TOPICS)}

INTRODUCTIONS = {
    Audience.CHILDREN_IN_CARE: (
        "How the council's children in care are doing, in plain English, then every figure "
        "the app holds: how it compares with England and similar councils, and whether it "
        "is getting better. The brackets after each sentence give the report paragraphs "
        "and figures it rests on."
    ),
    Audience.CARE_LEAVERS: (
        "How young people who have left the council's care are doing, in plain English, "
        "then every figure the app holds and how it compares with England. The brackets "
        "after each sentence give the report paragraphs and figures it rests on."
    ),
}


@dataclass(frozen=True)
class FigureSources:
    """Turns a figure's source into a footnote: the report it cites, or the document."""

    report_citation: str

    def note(self, observation: Observation) -> str:
        source = observation.source
        where = source.label
        if source.paragraphs or source.section:
            where = f"{self.report_citation}: {where[0].lower()}{where[1:]}"
        if is_local(observation):
            origin = observation.origin or "added in the app"
            where = f"{where} (the council's own figure: {origin.lower()})"
        return f"{where}."


def _ordered(indicators: Iterable[Indicator]) -> list[Indicator]:
    return sorted(
        (i for i in indicators if i.current is not None),
        key=lambda i: (_TOPIC_ORDER.get(i.definition.topic, 99), i.definition.position),
    )


def _row(indicator: Indicator, hidden: frozenset[date], sources: FigureSources) -> FigureRow:
    """The table row. A hidden figure hides its comparison and trend too: "about the same
    as before (3)" would give it away."""
    current, previous = indicator.current, indicator.previous
    assert current is not None
    status = indicator.status()
    trend = indicator.trend()
    hidden_now = current.as_at in hidden
    hidden_before = previous is not None and previous.as_at in hidden
    return FigureRow(
        topic=indicator.definition.topic_title,
        label=indicator.definition.label,
        figure=SUPPRESSED_MARK if hidden_now else figure_text(current, indicator.unit),
        period=current.period,
        status=SUPPRESSED_MARK if hidden_now else status.text,
        status_colours=Rating.NOT_RATED.colours if hidden_now else status.rating.colours,
        trend=SUPPRESSED_MARK if hidden_now else trend_words(indicator, hidden, SUPPRESSED_MARK),
        trend_colours=Trend.NO_TREND.colours if hidden_now else trend.colours,
        source=sources.note(current),
        suppressed=hidden_now or hidden_before,
    )


def _citation_words(sentence: CitedSentence, labels: Mapping[str, str]) -> str:
    parts = []
    paragraphs = sentence.citation.paragraphs
    if paragraphs:
        word = "paragraph" if len(paragraphs) == 1 else "paragraphs"
        parts.append(f"{word} {', '.join(str(p) for p in paragraphs)}")
    parts += [f"figure: {labels.get(key, key)}" for key in sentence.citation.indicators]
    return "; ".join(parts)


def _summary(
    summary: Summary, labels: Mapping[str, str], hidden: Mapping[str, frozenset[float]]
) -> SummaryContent:
    sentences = []
    for sentence in summary.sentences():
        numbers = {n for key in sentence.citation.indicators for n in hidden.get(key, ())}
        shown = mask_numbers(sentence.text, numbers)
        sentences.append(Statement(shown.text, _citation_words(sentence, labels), shown.suppressed))
    return SummaryContent(summary.topic_title, tuple(sentences))


def outcomes_content(
    outcomes: OutcomesService,
    audience: Audience,
    pack_audience: PackAudience,
    sources: FigureSources,
    shown: Sequence[Summary] | None = None,
    published: PublishedFigures | None = None,
    figure_labels: Mapping[str, str] | None = None,
) -> OutcomesContent:
    """The children in care or care leavers section, for ``pack_audience``: the summaries
    ``shown`` (by default those held), the figures quoted in the report and the council's
    ``published`` figures. ``figure_labels`` names every figure a summary may cite."""
    everyone = outcomes.indicators()
    labels = {i.key: i.definition.label for i in everyone}
    labels.update(figure_labels or {})
    hidden_dates = {i.key: hidden_figures(i, pack_audience) for i in everyone}
    hidden = {i.key: hidden_numbers(i, hidden_dates[i.key]) for i in everyone}
    indicators = _ordered(i for i in everyone if i.definition.audience is audience)
    ours = outcomes.area_name()
    rows = []
    charts = []
    for indicator in indicators:
        dates = hidden_dates[indicator.key]
        rows.append(_row(indicator, dates, sources))
        current = indicator.current
        assert current is not None
        for chart in (
            comparison_chart(indicator, ours, hidden=dates, hidden_label=SUPPRESSED_MARK),
            trend_chart(indicator, ours, hidden=dates, hidden_label=SUPPRESSED_MARK),
        ):
            if chart is not None:
                charts.append(ChartBlock(chart, sources.note(current), bool(dates)))
    return OutcomesContent(
        title=audience.label,
        introduction=INTRODUCTIONS[audience],
        summaries=tuple(
            _summary(s, labels, hidden)
            for s in (outcomes.summaries(audience) if shown is None else shown)
        ),
        rows=tuple(rows),
        charts=tuple(charts),
        published=published,
    )


def figure_statement(
    indicator: Indicator, pack_audience: PackAudience, sources: FigureSources, *, who: bool
) -> Statement | None:
    """One sentence on an indicator's latest figure, for at a glance and for questions."""
    current = indicator.current
    if current is None:
        return None
    hidden = hidden_figures(indicator, pack_audience)
    suppressed = current.as_at in hidden
    figure = SUPPRESSED_MARK if suppressed else figure_text(current, indicator.unit)
    label = indicator.definition.label
    if who:
        label = f"{label} ({indicator.definition.audience.label.lower()})"
    status = indicator.status()
    parts = []
    if status.rating is not Rating.NOT_RATED and not suppressed:
        parts.append(status.rating_label)
    if indicator.trend() in (Trend.IMPROVING, Trend.WORSENING) and not suppressed:
        parts.append(indicator.trend().label.lower())
    text = f"{label}: {figure}, {current.period}."
    if parts:
        judged = "; ".join(parts)
        text += f" {judged[0].upper()}{judged[1:]}."
    return Statement(text, sources.note(current), suppressed)


def off_track_statements(
    outcomes: OutcomesService, pack_audience: PackAudience, sources: FigureSources
) -> tuple[Statement, ...]:
    """The figures furthest off track, worst first, for at a glance.

    A figure hidden in this pack (its latest or the one before) is left out before the
    list is made: being on it, or its place in it, would give away which way it went."""
    found = []
    shown = [i for i in outcomes.indicators() if not _hides_its_course(i, pack_audience)]
    for off in most_off_track(shown):
        statement = figure_statement(off.indicator, pack_audience, sources, who=True)
        if statement is not None:
            found.append(statement)
    return tuple(found)


def _hides_its_course(indicator: Indicator, pack_audience: PackAudience) -> bool:
    hidden = hidden_figures(indicator, pack_audience)
    return any(o is not None and o.as_at in hidden for o in (indicator.current, indicator.previous))


def has_outcomes(outcomes: OutcomesService, audience: Audience) -> bool:
    return any(i.current is not None for i in outcomes.indicators(audience)) or bool(
        outcomes.summaries(audience)
    )
