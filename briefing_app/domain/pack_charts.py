"""Charts, defined once from domain data and drawn by any renderer (screen or PDF).

A ``ChartDefinition`` says what to show, never how: categories along one axis, one or
more named series of values, the unit, and where the figures come from. The PDF packs
draw it with reportlab (``packs/charts.py``); a page on screen draws the same object.

Two kinds cover the app's needs: ``BAR`` for comparisons (this council against England
and similar councils, or counts by theme) and ``LINE`` for trends over periods.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum


class ChartKind(Enum):
    BAR = "bar"
    LINE = "line"


@dataclass(frozen=True)
class Series:
    """One named row of values, one value per category; ``None`` where there is no figure."""

    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class ChartDefinition:
    title: str
    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""
    source: str = ""
    horizontal: bool = False
    description: str = ""

    def __post_init__(self) -> None:
        if not self.categories:
            raise ValueError(f"Chart {self.title!r} has no categories.")
        if not self.series:
            raise ValueError(f"Chart {self.title!r} has no series.")
        for series in self.series:
            if len(series.values) != len(self.categories):
                raise ValueError(
                    f"Chart {self.title!r}: series {series.name!r} has {len(series.values)} "
                    f"values for {len(self.categories)} categories."
                )
            if any(v is not None and not math.isfinite(v) for v in series.values):
                raise ValueError(f"Chart {self.title!r}: series {series.name!r} is not finite.")
        if self.horizontal and self.kind is not ChartKind.BAR:
            raise ValueError(f"Chart {self.title!r}: only bar charts can run across the page.")

    @property
    def values(self) -> list[float]:
        return [v for series in self.series for v in series.values if v is not None]

    def value_range(self) -> tuple[float, float]:
        """The span the value axis must cover: always from zero (or below, for negatives)."""
        values = self.values or [0.0]
        return (min(0.0, *values), max(0.0, *values))

    def format_value(self, value: float | None) -> str:
        if value is None:
            return "no figure"
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
        if self.unit == "%":
            return f"{text}%"
        return f"{text} {self.unit}".strip()

    def text_alternative(self) -> str:
        """The chart in words, for readers who cannot see it and for copying out."""
        parts = []
        for series in self.series:
            values = "; ".join(
                f"{category}: {self.format_value(value)}"
                for category, value in zip(self.categories, series.values, strict=True)
            )
            prefix = f"{series.name}: " if len(self.series) > 1 else ""
            parts.append(f"{prefix}{values}.")
        return " ".join(parts)
