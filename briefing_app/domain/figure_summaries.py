"""Plain-English summaries for any council, written by the app from its DfE figures and,
when the council's inspection report is held, from the report's judgement and findings.

One summary a topic, as the written ones are (``domain/summaries.py``), each sentence
ending with what it rests on: ``[cla_number]`` for a DfE figure (its stable key), ``[62,
63]`` for report paragraphs. Every number in a sentence is one the DfE published for
that figure (the council's, England's, the region's or the neighbours' average, or the
year), so the summaries pass the same traceability check as an officer's; fractions
("about one in ten") and the statements' own numbers are written in words. Only figures
for the same period are compared, and a DfE symbol is said in words, never read as 0.

For each topic the app says, at most, one figure that describes (how many children are
in care) and the figures that judge most in need of a councillor's attention: worse than
England first, then getting worse, then the rest in the app's order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefing_app.domain.benchmarks import Comparison
from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.outcomes import ComparatorKind
from briefing_app.domain.plain_english import proportion_words
from briefing_app.domain.ratings import Polarity, Rating, Trend, Unit
from briefing_app.domain.readability import measure
from briefing_app.domain.reports import Finding, InspectionReport, JudgementArea, finding_area
from briefing_app.domain.statistics import Period, PublishedValue, Symbol
from briefing_app.domain.summaries import Summary, numbers_in, strip_citations
from briefing_app.domain.topics import Audience, topics_for
from briefing_app.domain.wording import capitalise

ORIGIN = "Written by the app from the DfE's published figures"
ORIGIN_WITH_REPORT = "Written by the app from the DfE's published figures and the inspection report"
FIGURES_PER_TOPIC = 3
PARAGRAPHS_PER_TOPIC = 3

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_TENS = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}
_TAKES_OF = ("none", "all", "nearly all", "half", "nearly half", "just over half")

# The report's themes that speak about each topic (``domain/themes.py``).
TOPIC_THEMES: dict[str, tuple[str, ...]] = {
    "safety-and-stability": ("placements", "adoption-and-permanence", "missing-and-exploitation"),
    "health": ("health",),
    "education": ("education",),
    "having-a-say": ("voice-of-the-child",),
    "before-care": ("early-help", "child-protection"),
    "education-and-work": ("education",),
    "housing": ("placements",),
    "health-histories": ("health",),
    "support-from-workers": ("workforce", "corporate-parenting"),
}
_JUDGED_AREAS = {
    Audience.CHILDREN_IN_CARE: (
        JudgementArea.CHILDREN_IN_CARE,
        JudgementArea.LOOKED_AFTER_AND_PERMANENCE,
    ),
    Audience.CARE_LEAVERS: (JudgementArea.CARE_LEAVERS, JudgementArea.CHILDREN_IN_CARE),
}
_WHO = {
    Audience.CHILDREN_IN_CARE: "children in care",
    Audience.CARE_LEAVERS: "care leavers",
}


def number_in_words(number: int) -> str:
    """1 to 99 (and 100) in words, as a fraction's parts are written: "one", "twenty"."""
    if 0 <= number <= 20:
        return _SMALL[number]
    if number == 100:
        return "a hundred"
    tens, units = divmod(number, 10)
    word = _TENS[tens * 10]
    return word if units == 0 else f"{word}-{_SMALL[units]}"


def proportion_in_words(percent: float) -> str:
    """``proportion_words`` with its numbers in words: "about one in ten"."""
    return re.sub(r"\d+", lambda m: number_in_words(int(m.group(0))), proportion_words(percent))


def quantity(number: float, unit: Unit) -> str:
    """A published number as it sits before a noun: "about one in ten (9%)", "nearly
    half (48%) of", "1,230", "93", "11.75" (never rounded, so it can be traced)."""
    if unit is Unit.PERCENT:
        words = proportion_in_words(number)
        of = " of" if words in _TAKES_OF else ""
        return f"{words} ({figure_words(number, unit)}){of}"
    if float(number).is_integer():
        return f"{int(number):,}"
    return figure_words(number, unit)


def figure_words(number: float, unit: Unit) -> str:
    """A figure in brackets, exactly as held: "71%", "70", "14.94" (a neighbours'
    average keeps every decimal place it has, so it can be traced)."""
    text = str(int(number)) if float(number).is_integer() else str(number)
    return f"{text}%" if unit is Unit.PERCENT else text


def _cite(sentence: str, key: str) -> str:
    return f"{sentence.rstrip('.')} [{key}]."


def _main_sentence(series: FigureSeries, number: float, period: Period | None) -> str:
    """The figure in a sentence; ``period`` is said after it unless None (the summary
    has said it already) or the statement names the day."""
    statement = series.definition.statement or f"{series.label}: {{value}}"
    text = statement.replace("{value}", quantity(number, series.definition.unit))
    if "{year}" in text:
        text = text.replace("{year}", str(series.latest.period.year if series.latest else ""))
    elif period is not None:
        text = f"{text} {period.during}"
    return capitalise(text)


def _symbol_sentence(series: FigureSeries, symbol: Symbol, period: Period | None) -> str:
    """ "The DfE kept back the council's figure for dental check, to protect children's
    privacy." (``period`` said after the figure unless None)."""
    what = series.label[:1].lower() + series.label[1:]
    if re.search(r"\d", what):  # its numbers would seem to be figures: the key says which
        what = "this"
    when = f" {period.during}" if period is not None else ""
    if symbol is Symbol.SUPPRESSED:
        return (
            f"The DfE kept back the council's figure for {what}{when}, to protect "
            "children's privacy"
        )
    return f"The DfE gave no number for {what}{when}: it is marked {symbol.short}"


def _against(comparison: Comparison, series: FigureSeries) -> str:
    value = comparison.value
    assert value is not None
    unit = series.definition.unit
    figure = figure_words(value, unit)
    what = "the average" if unit is Unit.SCORE else "the rate"
    if comparison.kind is ComparatorKind.ENGLAND:
        return f"{what} for England ({figure})"
    return f"{what} for councils like ours ({figure})"


_OPPOSITES = ({Rating.BETTER, Rating.WORSE}, {Rating.HIGHER, Rating.LOWER})


def _comparison_sentences(series: FigureSeries) -> list[str]:
    """ "That is better than the rate for England (71%)." and "It is also better than the
    rate for councils like ours (70.2%).": the figure against England and against its
    statistical neighbours' average (the page gives the region too), a short sentence
    each. Counts are not compared: England's is a total."""
    latest = series.latest
    if latest is None or series.definition.unit is Unit.COUNT:
        return []
    sentences: list[str] = []
    said: Rating | None = None
    for comparison in latest.comparisons():
        if comparison.kind is ComparatorKind.REGION:
            continue
        if comparison.rating is Rating.NOT_RATED or comparison.value is None:
            continue
        against = _against(comparison, series)
        if not sentences:
            sentences.append(f"That is {comparison.rating.words} {against}")
        elif comparison.rating is said:
            sentences.append(f"It is also {comparison.rating.words} {against}")
        elif {comparison.rating, said} in _OPPOSITES:
            sentences.append(f"But it is {comparison.rating.words} {against}")
        else:
            sentences.append(f"It is {comparison.rating.words} {against}")
        said = comparison.rating
    return sentences


_TREND_WORDS = {
    Trend.IMPROVING: "It has got better since {since}",
    Trend.WORSENING: "It has got worse since {since}",
    Trend.STEADY: "It is about the same as in {since}",
    Trend.RISING: "It has gone up since {since}",
    Trend.FALLING: "It has gone down since {since}",
}


def _trend_sentence(series: FigureSeries) -> str:
    """ "It has got better since 2018." over every comparable year held (the page gives
    each year's figure)."""
    trend = series.trend
    if trend.trend is Trend.NOT_COMPARABLE:
        return "Figures for earlier years were worked out another way, so they are not compared"
    template = _TREND_WORDS.get(trend.trend)
    if template is None or trend.since is None:
        return ""
    return template.format(since=trend.since.short)


def figure_sentences(series: FigureSeries, said: Period | None = None) -> list[str]:
    """What the app says of one figure: the latest figure, how it compares and which way
    it has gone, each sentence citing the figure's key. ``said`` is the period the
    summary has already named (the figure's own is named if it is another). Empty when
    the council has no row for the latest period."""
    latest = series.latest
    if latest is None or latest.own is None:
        return []
    value: PublishedValue = latest.own.value
    if value.number is None:
        assert value.symbol is not None
        period = None if latest.period == said else latest.period
        return [_cite(_symbol_sentence(series, value.symbol, period), series.key)]
    period = None if latest.period == said else latest.period
    sentences = [
        _main_sentence(series, value.number, period),
        *_comparison_sentences(series),
        _trend_sentence(series),
    ]
    return [_cite(s, series.key) for s in sentences if s]


def period_sentence(period: Period, keys: Sequence[str]) -> str:
    """ "These figures are for the year to 31 March 2022 [cla_number, ...]." """
    return f"These figures are for {period.during.removeprefix('in ')} [{', '.join(keys)}]."


def quotable_numbers(series: FigureSeries) -> set[float]:
    """The numbers a sentence citing this figure may give: every value the DfE published
    for the council, England and the region, the neighbours' averages, and the periods'
    years (and 10,000, for a rate per 10,000 children)."""
    numbers: set[float] = set()
    for item in series.benchmarks:
        for figure in (item.own, item.england, item.region):
            if figure is not None and figure.value.number is not None:
                numbers.add(float(figure.value.number))
        if item.neighbours.value is not None:
            numbers.add(item.neighbours.value)
        numbers.update(numbers_in(item.period.label))
    if series.definition.unit is Unit.RATE_PER_10000:
        numbers.add(10_000.0)
    return numbers


def _concern(series: FigureSeries) -> tuple[int, int]:
    """Where a figure comes in a topic: worse than England first, then getting worse."""
    england = series.comparison(ComparatorKind.ENGLAND)
    if england is not None and england.rating is Rating.WORSE:
        return (0, series.definition.position)
    if series.trend.trend is Trend.WORSENING:
        return (1, series.definition.position)
    return (2, series.definition.position)


def chosen_figures(
    series: Sequence[FigureSeries], limit: int = FIGURES_PER_TOPIC
) -> list[FigureSeries]:
    """The figures a topic's summary may speak of, most wanted first: at most one that
    describes rather than judges, then those that judge most in need of attention. A
    figure the DfE gave a symbol for comes only when no figure of the topic has a number."""
    held = [s for s in series if s.latest is not None and s.latest.own is not None]
    numbers = [
        s
        for s in held
        if s.latest is not None and s.latest.value is not None and s.latest.value.number is not None
    ]
    published = numbers or held[:1]
    describing = [s for s in published if s.definition.polarity is Polarity.NEITHER][:1]
    judging = sorted(
        (s for s in published if s.definition.polarity is not Polarity.NEITHER), key=_concern
    )
    return describing + judging[: limit - len(describing)]


def topic_sentences(chosen: Sequence[FigureSeries]) -> list[str]:
    """The sentences on ``chosen``, in the app's order, after one that names the period
    most of them are for."""
    ordered = sorted(chosen, key=lambda s: s.definition.position)
    sentences = []
    periods = [one.latest.period for one in ordered if one.latest is not None]
    said = max(set(periods), key=periods.count) if periods else None
    if said is not None:
        keys = [
            one.key
            for one in ordered
            if one.latest is not None
            and one.latest.period == said
            and "{year}" not in one.definition.statement
        ]
        if keys:
            sentences.append(period_sentence(said, keys))
    for one in ordered:
        sentences += figure_sentences(one, said)
    return sentences


def plain_enough(sentences: Sequence[str]) -> bool:
    """True when the sentences (their citations aside) meet the plain English target."""
    return measure(strip_citations(" ".join(sentences))).meets_target


def topic_paragraphs(
    report: InspectionReport, audience: Audience, topic: str, limit: int = PARAGRAPHS_PER_TOPIC
) -> tuple[int, ...]:
    """The first paragraphs of the report about a topic, by their themes: about care
    leavers for that page, about other children in care for the other."""
    themes = set(TOPIC_THEMES.get(topic, ()))
    if not themes:
        return ()

    def about(finding: Finding) -> bool:
        leavers = "care-leavers" in finding.themes
        if leavers is not (audience is Audience.CARE_LEAVERS):
            return False
        return bool(themes & set(finding.themes))

    return tuple(f.paragraph for f in report.findings if about(f))[:limit]


def judgement_sentence(report: InspectionReport, audience: Audience) -> str:
    """ "Ofsted judged the help for children in care “Good” [58]." (empty when the report
    judges no such area, or has no paragraph under its judgement to cite)."""
    for area in _JUDGED_AREAS[audience]:
        judgement = report.judgement(area)
        if judgement is None:
            continue
        paragraph = next((f.paragraph for f in report.findings if finding_area(f) is area), None)
        if paragraph is None:
            return ""
        return (
            f"Ofsted judged the help for {_WHO[audience]} “{judgement.grade.label}” [{paragraph}]."
        )
    return ""


def generated_summaries(
    audience: Audience,
    series: Iterable[FigureSeries],
    report: InspectionReport | None = None,
) -> list[Summary]:
    """A summary for each topic of ``audience`` the app has something to say about, in
    the page's order."""
    by_topic: dict[str, list[FigureSeries]] = {}
    for one in series:
        if one.definition.audience is audience:
            by_topic.setdefault(one.definition.topic, []).append(one)
    opening = judgement_sentence(report, audience) if report is not None else ""
    summaries = []
    for position, topic in enumerate(topics_for(audience)):
        # The figures most wanted first; one that would take the summary past the plain
        # English target is left to the Figures tab.
        chosen = chosen_figures(by_topic.get(topic.key, []))
        sentences = topic_sentences(chosen)
        while len(chosen) > 1 and not plain_enough(sentences):
            chosen = chosen[:-1]
            sentences = topic_sentences(chosen)
        if report is not None:
            paragraphs = topic_paragraphs(report, audience, topic.key)
            if paragraphs and sentences:
                cited = ", ".join(str(p) for p in paragraphs)
                sentences.append(f"Ofsted's report says more about this [{cited}].")
        if not sentences:
            continue
        if opening:
            sentences.insert(0, opening)
            opening = ""
        summaries.append(
            Summary(
                audience=audience,
                topic=topic.key,
                title=topic.title,
                text=" ".join(sentences),
                position=position,
                origin=ORIGIN_WITH_REPORT if report is not None else ORIGIN,
                report_id=report.id if report is not None else None,
            )
        )
    return summaries
