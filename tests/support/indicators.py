"""Indicator definitions for tests that need one without a database.

``definition()`` is the care leavers' "not in education, work or training" indicator;
give a key and a label (and what else differs) for any other. Its audience is always its
topic's, as in the app's data.
"""

from __future__ import annotations

from briefing_app.domain.outcomes import TOPICS_BY_KEY, IndicatorDefinition, Polarity, Unit


def definition(
    key: str = "care-leavers-neet",
    label: str = "Not in education, work or training",
    *,
    topic: str = "education-and-work",
    unit: Unit = Unit.PERCENT,
    polarity: Polarity = Polarity.LOWER_IS_BETTER,
    statement: str = "{value} care leavers were not in education, work or training",
) -> IndicatorDefinition:
    return IndicatorDefinition(
        key, label, TOPICS_BY_KEY[topic].audience, topic, unit, polarity, statement
    )
