"""What can be wrong with a figure an officer typed or imported, in plain words."""

from __future__ import annotations

from briefing_app.domain.outcomes import IndicatorDefinition, Observation
from briefing_app.domain.ratings import Unit


def observation_problems(definition: IndicatorDefinition, observation: Observation) -> list[str]:
    """What is wrong with a figure for this indicator, in plain words (empty if nothing)."""
    problems = []
    value = observation.value
    if value < 0:
        problems.append("the value cannot be below zero.")
    if definition.unit is Unit.PERCENT and value > 100:
        problems.append(f"the value {value:g} is a percentage, so it cannot be over 100.")
    if definition.unit is Unit.COUNT and value != int(value):
        problems.append(f"the value {value:g} counts children, so it must be a whole number.")
    if observation.count is not None and observation.count < 0:
        problems.append("the count cannot be below zero.")
    if observation.denominator is not None:
        if observation.denominator <= 0:
            problems.append("the group size (denominator) must be more than zero.")
        elif observation.count is not None and observation.count > observation.denominator:
            problems.append("the count is larger than the group it is out of (denominator).")
        elif definition.unit is Unit.COUNT and value > observation.denominator:
            problems.append("the value is larger than the group it is out of (denominator).")
    if not observation.period.strip():
        problems.append("the period is empty.")
    if observation.source.is_empty:
        problems.append(
            "every figure needs a source: report paragraphs, a section of the report, "
            "or a document."
        )
    for comparator in observation.comparators:
        if comparator.value is not None and comparator.value < 0:
            problems.append(f"the {comparator.kind.label} figure cannot be below zero.")
        if (
            definition.unit is Unit.PERCENT
            and comparator.value is not None
            and comparator.value > 100
        ):
            problems.append(f"the {comparator.kind.label} figure is over 100%.")
    return problems
