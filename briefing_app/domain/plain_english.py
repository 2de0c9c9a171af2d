"""Plain-English sentences from figures: the same figure always gives the same words.

- Proportions in words: "nearly half", "about 1 in 3", "9 in 10". A value under 50% is
  never described as half or more, and one over 50% never as half or less.
- Comparisons that respect polarity: a higher rate of care leavers not in work is
  "worse than England", a higher rate of health checks "better".
- Trends: "up from 8% a year before".
- A caution when a figure rests on a small group, as the 2014 report itself warns.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from briefing_app.domain.outcomes import (
    Indicator,
    Observation,
    Rating,
    Trend,
    Unit,
    tolerance,
)
from briefing_app.domain.scrutiny import LinkedFigure
from briefing_app.domain.wording import capitalise, joined

# Fractions people use, each as (numerator, denominator); checked nearest first.
_UNDER_HALF = ((1, 4), (1, 3), (2, 5))
_OVER_HALF = ((3, 5), (2, 3), (3, 4), (4, 5), (9, 10))
_EXACT = 0.05


def format_number(value: float) -> str:
    """1339 -> "1,339"; 74.8 -> "74.8"; 72.0 -> "72"; never more than one decimal place."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.1f}"


def format_value(value: float, unit: Unit) -> str:
    number = format_number(value)
    if unit is Unit.PERCENT:
        return f"{number}%"
    if unit is Unit.RATE_PER_10000:
        return f"{number} per 10,000"
    if unit is Unit.DAYS:
        return f"{number} day" if number == "1" else f"{number} days"
    if unit is Unit.WEEKS:
        return f"{number} week" if number == "1" else f"{number} weeks"
    return number


def figure_text(observation: Observation, unit: Unit) -> str:
    """A figure as a table cell shows it: "48.1%", "583 days", "34 of 36"."""
    text = format_value(observation.value, unit)
    if observation.denominator is not None:
        text += f" of {observation.denominator:,}"
    return text


def proportion_words(percent: float) -> str:
    """A percentage in words a councillor can picture."""
    p = percent
    if p <= 0:
        return "none"
    if p >= 100:
        return "all"
    if p < 1:
        return "fewer than 1 in 100"
    if p < 5:
        return "fewer than 1 in 20"
    if p < 25:
        n = round(100 / p)
        return _about(p, 100 / n, f"1 in {n}")
    if p < 45:
        return _nearest(p, _UNDER_HALF)
    if p < 50:
        return "nearly half"
    if p == 50:
        return "half"
    if p <= 55:
        return "just over half"
    if p < 95:
        return _nearest(p, _OVER_HALF)
    return "nearly all"


def _nearest(p: float, fractions: tuple[tuple[int, int], ...]) -> str:
    top, bottom = min(fractions, key=lambda f: abs(p - 100 * f[0] / f[1]))
    return _about(p, 100 * top / bottom, f"{top} in {bottom}")


def _about(p: float, exact: float, words: str) -> str:
    return words if abs(p - exact) <= _EXACT else f"about {words}"


# Words that read as "nearly half of care leavers"; "1 in 3" reads as "1 in 3 care leavers".
_TAKES_OF = ("none", "all", "nearly all", "half", "nearly half", "just over half")


def quantity(observation: Observation, unit: Unit) -> str:
    """The figure as it sits before a noun: "nearly half (48.1%) of", "9 in 10 (90%)",
    "34 of 36", "583 days"."""
    value = format_value(observation.value, unit)
    if unit is Unit.PERCENT:
        words = proportion_words(observation.value)
        figure = value if observation.count is None else f"{value}, or {observation.count:,}"
        of = " of" if words in _TAKES_OF else ""
        return f"{words} ({figure}){of}"
    if unit is Unit.COUNT and observation.denominator is not None:
        return f"{value} of {format_number(observation.denominator)}"
    return value


def period_phrase(period: str) -> str:
    """ "on 31 March 2014" for a day, "in 2013–14" for anything longer."""
    text = period.strip()
    if re.match(r"^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}$", text):
        return f"on {text}"
    if re.match(r"^(?:in|on|at|by|during|over|between|from|to date)\b", text, re.I):
        return text
    return f"in {text}"


def _a_year_apart(earlier: Observation, later: Observation) -> bool:
    """True for figures of the same kind of period a year apart ("2012–13", "2013–14")."""
    same_kind = re.sub(r"\d", "9", earlier.period) == re.sub(r"\d", "9", later.period)
    return same_kind and 330 <= (later.as_at - earlier.as_at).days <= 400


def trend_clause(indicator: Indicator) -> str:
    """ ", up from 306 a year before" (empty when there is no earlier figure)."""
    current, previous = indicator.current, indicator.previous
    if current is None or previous is None:
        return ""
    when = "a year before" if _a_year_apart(previous, current) else period_phrase(previous.period)
    before = format_value(previous.value, indicator.unit)
    if indicator.trend_comparable() and abs(current.value - previous.value) <= tolerance(
        indicator.unit, previous.value
    ):
        if current.value == previous.value:
            return f", the same as {when}"
        return f", about the same as {when} ({before})"
    if current.value == previous.value:
        return f", the same number as {when}"
    direction = "up" if current.value > previous.value else "down"
    return f", {direction} from {before} {when}"


def main_sentence(indicator: Indicator) -> str:
    """The figure, its period and its trend, in one sentence."""
    current = indicator.current
    if current is None:
        return f"There is no figure yet for {indicator.definition.label.lower()}."
    statement = indicator.definition.statement
    if "{value}" not in statement:
        statement = "{value}: " + statement
    text = statement.replace("{value}", quantity(current, indicator.unit))
    return capitalise(f"{text} {period_phrase(current.period)}{trend_clause(indicator)}.")


def comparison_sentence(indicator: Indicator) -> str:
    """ "That is worse than England (34%)." Empty when there is nothing to say.

    Only comparators for the same period as our figure are compared. One the source
    gives only for an earlier period is named with its period and not compared; a
    comparison the source makes only in words is reported as the source's.
    """
    comparisons = [c for c in indicator.comparisons() if c.rating is not Rating.NOT_RATED]
    figures = [c for c in comparisons if c.comparator.value is not None]
    words = [c for c in comparisons if c.comparator.value is None]
    sentences = []
    if figures:
        parts = []
        for comparison in figures:
            value = comparison.comparator.value
            assert value is not None
            parts.append(
                f"{comparison.rating.words} {comparison.kind.label} "
                f"({format_value(value, indicator.unit)})"
            )
        sentences.append(f"That is {joined(parts)}.")
    if words:
        parts = [f"{c.rating.words} {c.kind.label}" for c in words]
        if figures:
            sentences.append(f"The source also says it is {joined(parts)}.")
        else:
            sentences.append(f"That is {joined(parts)}, the source says.")
    earlier = earlier_comparators_sentence(indicator)
    if earlier:
        sentences.append(earlier)
    return " ".join(sentences)


def earlier_comparators_sentence(indicator: Indicator) -> str:
    """ "The figures for England (647 days) and similar councils (595 days) are for 2010
    to 2013, another period, so they are not compared with this one." Empty when the
    source gives no comparator only for an earlier period."""
    earlier = [e for e in indicator.earlier_comparators() if e.comparator.value is not None]
    if not earlier:
        return ""
    by_period: dict[str, list[str]] = {}
    for item in earlier:
        value = item.comparator.value
        assert value is not None
        by_period.setdefault(item.period, []).append(
            f"{item.comparator.kind.label} ({format_value(value, indicator.unit)})"
        )
    sentences = []
    for period, parts in by_period.items():
        figures = "figure" if len(parts) == 1 else "figures"
        verb = "is" if len(parts) == 1 else "are"
        sentences.append(
            f"The {figures} for {joined(parts)} {verb} for {period}, another period, "
            "so the app does not compare them with this one."
        )
    return " ".join(sentences)


SMALL_GROUP_CAUTION = (
    "This figure rests on a small group of children, so it can change a lot from one "
    "year to the next."
)


def caution_sentence(indicator: Indicator) -> str:
    return SMALL_GROUP_CAUTION if indicator.small_group else ""


def describe(indicator: Indicator) -> str:
    """Everything the app says about an indicator's current figure, in plain English."""
    sentences = [
        main_sentence(indicator),
        comparison_sentence(indicator),
        caution_sentence(indicator),
    ]
    return " ".join(s for s in sentences if s)


def trend_words(indicator: Indicator, hidden: Collection[date] = (), hidden_label: str = "") -> str:
    """A short trend for a table cell: "▲ Up from 306 (getting worse)".

    When the figure before is dated in ``hidden``, ``hidden_label`` stands for its value.
    A figure before for another kind of period (an average over three years, say) is
    named with its period, and the move is not judged.
    """
    current, previous = indicator.current, indicator.previous
    trend = indicator.trend()
    if current is None or previous is None:
        return trend.label
    before = format_value(previous.value, indicator.unit)
    if previous.as_at in hidden:
        before = hidden_label
    if trend is Trend.NOT_COMPARABLE:
        if current.value == previous.value:
            moved = f"≠ The same number as {before}"
        else:
            arrow, direction = ("▲", "Up") if current.value > previous.value else ("▼", "Down")
            moved = f"{arrow} {direction} from {before}"
        return f"{moved} {period_phrase(previous.period)}: another kind of period, not judged"
    if abs(current.value - previous.value) <= tolerance(indicator.unit, previous.value):
        return f"► About the same as before ({before})"
    arrow, direction = ("▲", "Up") if current.value > previous.value else ("▼", "Down")
    text = f"{arrow} {direction} from {before}"
    if trend.label.startswith("Getting"):
        text += f" ({trend.label.lower()})"
    return text


def comparison_words(indicator: Indicator) -> str:
    """ "worse than England (34%)": every comparison of the current figure, in words
    (empty when there is none)."""
    parts = []
    for comparison in indicator.comparisons():
        if comparison.rating is Rating.NOT_RATED:
            continue
        words = f"{comparison.rating.words} {comparison.kind.label}"
        value = comparison.comparator.value
        if value is not None:
            words += f" ({format_value(value, indicator.unit)})"
        else:
            words += ", the source says"
        parts.append(words)
    return "; ".join(parts)


def linked_figure(indicator: Indicator, report_title: str = "") -> LinkedFigure | None:
    """An indicator's current figure as evidence for a scrutiny question, with where it
    comes from (``report_title`` names the report its paragraphs are in). None when the
    indicator has no figure yet."""
    current = indicator.current
    if current is None:
        return None
    unit = indicator.unit
    value = format_value(current.value, unit)
    if unit is Unit.PERCENT and current.count is not None:
        value += f" ({current.count:,} children)"
    elif unit is Unit.COUNT and current.denominator is not None:
        value = quantity(current, unit)
    source = current.source
    where = source.label
    if source.paragraphs or source.section:
        where += f", {report_title}" if report_title else ", the inspection report"
    status = indicator.status()
    return LinkedFigure(
        key=indicator.key,
        label=indicator.definition.label,
        value=value,
        comparison=comparison_words(indicator),
        source=where,
        concern=indicator.concern(),
        sentence=describe(indicator),
        headline=main_sentence(indicator),
        status=status.text if status.rating is not Rating.NOT_RATED else "",
        period=current.period,
        paragraphs=source.paragraphs,
        report_id=source.report_id,
    )
