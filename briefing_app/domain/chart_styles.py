"""How a chart's series look: colours, marker shapes and line styles (``domain/charts.py``).

Colour is never the only signal: our council's series is emphasised (bold label, thick
line), and each comparator has its own marker and its own line, so the series can be
told apart in grey, in print, and by anyone who does not see colour.
"""

from __future__ import annotations

from enum import Enum

from briefing_app.domain.outcomes import ComparatorKind


class Marker(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"
    TRIANGLE = "triangle"
    CROSS = "cross"


class LineStyle(Enum):
    """How a series' line is drawn: each comparator has its own, so the lines can be told
    apart in grey and without colour. ``pattern`` gives the lengths of dash and gap, in
    widths of the line, that both renderers draw (empty for a solid line)."""

    SOLID = "solid"
    DASHED = "dashed"
    DOTTED = "dotted"
    DASH_DOT = "dash-dot"
    LONG_DASH = "long-dash"

    @property
    def pattern(self) -> tuple[float, ...]:
        return _PATTERNS[self]


_PATTERNS = {
    LineStyle.SOLID: (),
    LineStyle.DASHED: (4.0, 2.5),
    LineStyle.DOTTED: (1.0, 2.0),
    LineStyle.DASH_DOT: (5.0, 2.0, 1.0, 2.0),
    LineStyle.LONG_DASH: (9.0, 3.0),
}


# Each colour stands out against white (3:1 or more) and from the others when printed in
# grey: dark blue for us, then mid green, light grey and a near-black purple, each a
# clear step of lightness from the next.
OURS_COLOUR = "#1d4f91"
COMPARATOR_COLOURS: dict[ComparatorKind, str] = {
    ComparatorKind.STATISTICAL_NEIGHBOURS: "#2e8b57",
    ComparatorKind.ENGLAND: "#8c8c8c",
    ComparatorKind.REGION: "#2a1050",
}
COMPARATOR_MARKERS: dict[ComparatorKind, Marker] = {
    ComparatorKind.STATISTICAL_NEIGHBOURS: Marker.SQUARE,
    ComparatorKind.ENGLAND: Marker.DIAMOND,
    ComparatorKind.REGION: Marker.TRIANGLE,
}
COMPARATOR_LINES: dict[ComparatorKind, LineStyle] = {
    ComparatorKind.STATISTICAL_NEIGHBOURS: LineStyle.DASH_DOT,
    ComparatorKind.ENGLAND: LineStyle.DASHED,
    ComparatorKind.REGION: LineStyle.DOTTED,
}
# A council put beside ours (one of its statistical neighbours): black, the one step of
# grey darker than the others that is left, with a cross and long dashes of its own.
BESIDE_COLOUR = "#000000"
BESIDE_MARKER = Marker.CROSS
BESIDE_LINE = LineStyle.LONG_DASH
