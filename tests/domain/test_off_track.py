"""Which figures are furthest off track, for at a glance."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.off_track import assess_off_track, most_off_track
from briefing_app.domain.outcomes import (
    Comparator,
    ComparatorKind,
    Indicator,
    Observation,
    Polarity,
    Source,
)
from tests.support.indicators import definition


def _indicator(
    key: str, values: tuple[float, ...], england: float | None, polarity: Polarity
) -> Indicator:
    housing = definition(key, key.title(), topic="housing", polarity=polarity, statement="{value}")
    figures = []
    for year, value in enumerate(values, start=2012):
        comparators = (Comparator(ComparatorKind.ENGLAND, england),) if england else ()
        figures.append(
            Observation(
                date(year, 3, 31), str(year), value, comparators=comparators, source=Source((1,))
            )
        )
    return Indicator(housing, tuple(figures))


LOWER = Polarity.LOWER_IS_BETTER
HIGHER = Polarity.HIGHER_IS_BETTER


def test_worse_and_getting_worse_comes_first_then_worse_then_getting_worse() -> None:
    both = _indicator("both", (40, 48), 34, LOWER)  # worse than England, and rising
    far_worse = _indicator("far", (90, 90), 40, LOWER)  # much worse, steady
    worse = _indicator("worse", (50, 50), 45, LOWER)
    slipping = _indicator("slipping", (90, 80), None, HIGHER)  # no comparator, falling
    fine = _indicator("fine", (20, 10), 30, LOWER)
    neither = _indicator("neither", (10, 90), 5, Polarity.NEITHER)
    ranked = most_off_track([fine, slipping, worse, far_worse, both, neither])
    assert [o.indicator.key for o in ranked] == ["both", "far", "worse", "slipping"]
    assert ranked[1].gap == 90 / 40 - 1
    assert assess_off_track(fine) is None
    assert assess_off_track(neither) is None


def test_only_the_limit_is_kept() -> None:
    many = [_indicator(f"k{n}", (50, 60 + n), 40, LOWER) for n in range(8)]
    ranked = most_off_track(many, limit=3)
    assert [o.indicator.key for o in ranked] == ["k7", "k6", "k5"]
