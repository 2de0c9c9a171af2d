"""The words for comparing figures: units, which way is better, and how one figure
rates against another. Ratings and trends carry words, an icon and colours; colour is
never the only signal."""

from __future__ import annotations

from enum import Enum


class Unit(Enum):
    PERCENT = "percent"
    COUNT = "count"
    RATE_PER_10000 = "per-10000"
    DAYS = "days"
    WEEKS = "weeks"
    SCORE = "score"

    @property
    def label(self) -> str:
        return _UNIT_LABELS[self]


_UNIT_LABELS = {
    Unit.PERCENT: "per cent",
    Unit.COUNT: "number",
    Unit.RATE_PER_10000: "per 10,000 children",
    Unit.DAYS: "days",
    Unit.WEEKS: "weeks",
    Unit.SCORE: "average score",
}


class Polarity(Enum):
    """Which way is good. ``NEITHER`` is for figures that describe rather than judge."""

    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"
    NEITHER = "neither"

    @property
    def label(self) -> str:
        return {
            Polarity.HIGHER_IS_BETTER: "Higher is better",
            Polarity.LOWER_IS_BETTER: "Lower is better",
            Polarity.NEITHER: "Neither higher nor lower is better in itself",
        }[self]

    @property
    def rank_order(self) -> str:
        """Which council is ranked first, and why, in words."""
        return {
            Polarity.HIGHER_IS_BETTER: "Rank 1 is the highest figure, because higher is better.",
            Polarity.LOWER_IS_BETTER: "Rank 1 is the lowest figure, because lower is better.",
            Polarity.NEITHER: (
                "Rank 1 is the highest figure. Neither higher nor lower is better in itself."
            ),
        }[self]

    @property
    def highest_first(self) -> bool:
        """True when rank 1 goes to the highest figure."""
        return self is not Polarity.LOWER_IS_BETTER


class Stated(Enum):
    """A comparison the source makes in words when it gives no figure."""

    ABOVE = "above"
    BELOW = "below"
    CLOSE = "close"


class Rating(Enum):
    """How a figure compares with another: its words, icon and colours (background, text)."""

    BETTER = "better"
    SIMILAR = "similar"
    WORSE = "worse"
    HIGHER = "higher"
    LOWER = "lower"
    NOT_RATED = "not-rated"

    @property
    def icon(self) -> str:
        return _RATING_ICONS[self]

    @property
    def colours(self) -> tuple[str, str]:
        return _RATING_COLOURS[self]

    @property
    def words(self) -> str:
        """As in "worse than England"."""
        return _RATING_WORDS[self]


_RATING_ICONS = {
    Rating.BETTER: "✓",
    Rating.SIMILAR: "≈",
    Rating.WORSE: "✗",
    Rating.HIGHER: "▲",
    Rating.LOWER: "▼",
    Rating.NOT_RATED: "–",
}
_RATING_WORDS = {
    Rating.BETTER: "better than",
    Rating.SIMILAR: "about the same as",
    Rating.WORSE: "worse than",
    Rating.HIGHER: "higher than",
    Rating.LOWER: "lower than",
    Rating.NOT_RATED: "not compared with",
}
# Background and text colours with a contrast ratio of at least 4.5:1 (WCAG AA).
_GOOD = ("#d7f0dc", "#0b3d17")
_BAD = ("#fde0dc", "#7a1010")
_NEUTRAL = ("#e3ecf7", "#12324f")
_NONE = ("#eeeeee", "#333333")
_RATING_COLOURS = {
    Rating.BETTER: _GOOD,
    Rating.SIMILAR: _NEUTRAL,
    Rating.WORSE: _BAD,
    Rating.HIGHER: _NONE,
    Rating.LOWER: _NONE,
    Rating.NOT_RATED: _NONE,
}


class Trend(Enum):
    """How the figure moved since an earlier one: words, and an icon that is never the
    only signal (judged trends share the ratings' icons; rising and falling show the
    direction of the number)."""

    IMPROVING = "improving"
    WORSENING = "worsening"
    STEADY = "steady"
    RISING = "rising"
    FALLING = "falling"
    NO_TREND = "no-trend"
    NOT_COMPARABLE = "not-comparable"

    @property
    def label(self) -> str:
        return _TREND_LABELS[self]

    @property
    def icon(self) -> str:
        return _TREND_ICONS[self]

    @property
    def colours(self) -> tuple[str, str]:
        if self is Trend.IMPROVING:
            return _GOOD
        if self is Trend.WORSENING:
            return _BAD
        return _NONE


_TREND_LABELS = {
    Trend.IMPROVING: "Getting better",
    Trend.WORSENING: "Getting worse",
    Trend.STEADY: "About the same",
    Trend.RISING: "Rising",
    Trend.FALLING: "Falling",
    Trend.NO_TREND: "No earlier figure",
    Trend.NOT_COMPARABLE: "Not comparable with earlier years",
}
_TREND_ICONS = {
    Trend.IMPROVING: "✓",
    Trend.WORSENING: "✗",
    Trend.STEADY: "≈",
    Trend.RISING: "▲",
    Trend.FALLING: "▼",
    Trend.NO_TREND: "–",
    Trend.NOT_COMPARABLE: "≠",
}


def tolerance(unit: Unit, reference: float) -> float:
    """How far apart two figures can be and still count as about the same."""
    if unit is Unit.PERCENT:
        return 1.0
    return max(abs(reference) * 0.025, 0.5)


def rate(
    value: float, other: float, unit: Unit, polarity: Polarity, *, within: float | None = None
) -> Rating:
    """Compare ``value`` with ``other`` (a comparator, or an earlier figure).

    ``within`` is how far apart the two may be and still count as about the same, for a
    measure whose scale the unit's usual tolerance does not suit (a rate of exclusions
    well under 1%); by default the unit's ``tolerance``.
    """
    difference = value - other
    allowed = tolerance(unit, other) if within is None else within
    if abs(difference) <= allowed:
        return Rating.SIMILAR
    return _direction_rating(difference > 0, polarity)


def trend_for(rating: Rating) -> Trend:
    """The trend a later figure's rating against an earlier one amounts to."""
    return {
        Rating.BETTER: Trend.IMPROVING,
        Rating.WORSE: Trend.WORSENING,
        Rating.SIMILAR: Trend.STEADY,
        Rating.HIGHER: Trend.RISING,
        Rating.LOWER: Trend.FALLING,
    }.get(rating, Trend.NO_TREND)


def rate_stated(stated: Stated, polarity: Polarity) -> Rating:
    if stated is Stated.CLOSE:
        return Rating.SIMILAR
    return _direction_rating(stated is Stated.ABOVE, polarity)


def _direction_rating(higher: bool, polarity: Polarity) -> Rating:
    if polarity is Polarity.NEITHER:
        return Rating.HIGHER if higher else Rating.LOWER
    better = higher == (polarity is Polarity.HIGHER_IS_BETTER)
    return Rating.BETTER if better else Rating.WORSE
