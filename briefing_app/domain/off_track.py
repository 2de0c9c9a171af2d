"""Which figures are furthest off track: worse than the councils we compare with, or
getting worse, or both.

The ranking is simple and stated so a reader can check it: figures worse than their
main comparator *and* getting worse come first, then those worse than their comparator,
then those getting worse; within each group, the further from the comparator (or from
the figure before) in proportion, the higher. Figures that describe rather than judge
(neither higher nor lower is better) are never off track.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.outcomes import ComparatorKind, Indicator, Rating, Trend

DEFAULT_LIMIT = 5


@dataclass(frozen=True)
class OffTrack:
    indicator: Indicator
    worse_than_comparator: bool
    getting_worse: bool
    gap: float  # how far off, in proportion (0.3 = 30% away from the comparator)

    @property
    def order(self) -> tuple[int, float, str]:
        if self.worse_than_comparator and self.getting_worse:
            group = 0
        elif self.worse_than_comparator:
            group = 1
        else:
            group = 2
        return (group, -self.gap, self.indicator.definition.label)


def _proportion(value: float, reference: float) -> float:
    return abs(value - reference) / abs(reference) if reference else abs(value - reference)


def assess_off_track(indicator: Indicator) -> OffTrack | None:
    """How far off track ``indicator`` is; None if it is not."""
    current = indicator.current
    if current is None:
        return None
    worse = indicator.status().rating is Rating.WORSE
    worsening = indicator.trend() is Trend.WORSENING
    if not (worse or worsening):
        return None
    gap = 0.0
    if worse:
        main = indicator.comparisons()[0].comparator
        if main.value is not None:
            gap = _proportion(current.value, main.value)
    elif indicator.previous is not None:
        gap = _proportion(current.value, indicator.previous.value)
    return OffTrack(indicator, worse, worsening, gap)


def most_off_track(indicators: Iterable[Indicator], limit: int = DEFAULT_LIMIT) -> list[OffTrack]:
    """The ``limit`` figures furthest off track, worst first."""
    found = [o for i in indicators if (o := assess_off_track(i)) is not None]
    return sorted(found, key=lambda o: o.order)[:limit]


def _series_gap(series: FigureSeries) -> float:
    latest = series.latest
    england = series.comparison(ComparatorKind.ENGLAND)
    if latest is None or latest.value is None or latest.value.number is None:
        return 0.0
    if england is not None and england.value is not None:
        return _proportion(latest.value.number, england.value)
    return 0.0


def off_track_series(
    series: Iterable[FigureSeries], limit: int = DEFAULT_LIMIT
) -> list[FigureSeries]:
    """The council's published figures furthest off track, worst first, by the same rule
    as ``most_off_track``: worse than England and getting worse, then worse than England,
    then getting worse; within each, the further from England in proportion the higher.
    A figure that neither higher nor lower makes better is never off track."""
    found = []
    for one in series:
        england = one.comparison(ComparatorKind.ENGLAND)
        worse = england is not None and england.rating is Rating.WORSE
        worsening = one.latest is not None and one.trend.trend is Trend.WORSENING
        if not (worse or worsening):
            continue
        group = 0 if worse and worsening else 1 if worse else 2
        found.append((group, -_series_gap(one), one.definition.position, one))
    found.sort(key=lambda item: item[:3])
    return [item[3] for item in found[:limit]]
