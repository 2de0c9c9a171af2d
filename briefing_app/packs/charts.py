"""Drawing a ``domain.charts.Chart`` with reportlab, by the rules in that module.

The window draws the same definitions with QPainter (``ui/widgets/chart_view.py``);
this follows the same layout so the two look alike: comparison bars run across the
page with their category above and their value at their end, our council's bar in
bold with an outline; trends run oldest to newest with a gridline at each tick,
each comparator with its own dashes or dots and its own marker shape, our points labelled, and a
legend under the chart. The title is above, the notes ("Lower is better.") below, then
the chart's description, which states every value, so nothing is lost without colour
or without the picture.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from reportlab.graphics.shapes import Circle as CircleShape
from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from briefing_app.domain.chart_styles import Marker
from briefing_app.domain.charts import Chart, ChartKind, Series
from briefing_app.packs.fonts import BOLD, REGULAR
from briefing_app.packs.layout import Kit
from briefing_app.packs.paragraphs import esc, fit_text
from briefing_app.packs.tagging import Node, marker_of

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

LABEL_SIZE = 8.5
LINE = LABEL_SIZE * 1.35
PLOT_LINES = 9.0
MARKER_SIZE = 3.0
# Markers of different series closer than this, at the same period, are set side by side.
MARKER_GAP = MARKER_SIZE * 2 + 2
GRID = colors.HexColor("#d0d0d0")
TEXT = colors.HexColor("#1a1a1a")


class _Canvas:
    """A drawing addressed from its top-left corner, as the window's painter is."""

    def __init__(self, width: float, height: float) -> None:
        self.height = height
        # Without an initial font the drawing names the standard Helvetica, not embedded.
        self.drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=LABEL_SIZE)

    def y(self, top: float) -> float:
        return self.height - top

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        *,
        bold: bool = False,
        anchor: Literal["start", "middle", "end"] = "start",
    ) -> None:
        self.drawing.add(
            String(
                x,
                self.y(baseline),
                text,
                fontName=BOLD if bold else REGULAR,
                fontSize=LABEL_SIZE,
                fillColor=TEXT,
                textAnchor=anchor,
            )
        )

    def ground(self, x: float, baseline: float, width: float) -> None:
        """A white ground under a label from ``x``, so no line runs through it."""
        rect = Rect(x - 1, self.y(baseline) - 2, width + 2, LABEL_SIZE + 1)
        rect.fillColor = colors.white
        rect.strokeColor = None
        self.drawing.add(rect)

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: Color, width: float) -> None:
        self.drawing.add(
            Line(x1, self.y(y1), x2, self.y(y2), strokeColor=colour, strokeWidth=width)
        )


def _width(text: str, bold: bool = False) -> float:
    return float(stringWidth(text, BOLD if bold else REGULAR, LABEL_SIZE))


def _baseline(top: float, height: float) -> float:
    """The baseline that centres one line of text in a band from ``top``."""
    return top + (height + LABEL_SIZE * 0.7) / 2


# -- comparison: bars across the page ----------------------------------------------------


def _category_lines(text: str, bold: bool, width: float) -> list[str]:
    """A category in at most two lines; the window elides instead, as it can widen."""
    font = BOLD if bold else REGULAR
    lines = simpleSplit(text, font, LABEL_SIZE, width) or [""]
    if len(lines) > 2:
        lines = [lines[0], fit_text(" ".join(lines[1:]), font, LABEL_SIZE, width)]
    return [str(line) for line in lines]


def _bars(chart: Chart, width: float) -> Drawing:
    series = chart.series[0]
    points = series.points
    value_width = max((_width(p.label) for p in points), default=0.0) + 8
    plot_width = max(width - value_width, 10.0)
    # Our council's label is bold, so it stands out without colour.
    labels = [_category_lines(p.category, p.emphasis, width) for p in points]
    rows = [LINE * (len(lines) + 1.35) for lines in labels]
    axis_y = sum(rows)
    canvas = _Canvas(width, axis_y + LINE * 1.5)
    # Each bar's band from its top to its bottom; the gridlines run through the bands
    # and below the last, never through a category's words above its bar.
    bands: list[tuple[float, float]] = []
    top = 0.0
    for lines, row in zip(labels, rows, strict=True):
        bar_top = top + LINE * (len(lines) + 0.05)
        bands.append((bar_top, LINE * 1.05))
        top += row
    grid = [(bar_top - 2, bar_top + height + 2) for bar_top, height in bands]
    grid[-1] = (grid[-1][0], axis_y)
    last_right = -1e9
    for value, label in chart.axis.ticks:
        x = chart.axis.fraction(value) * plot_width
        for start, end in grid:
            canvas.line(x, start, x, end, GRID, 0.7)
        left = min(max(x - _width(label) / 2, 0.0), plot_width - _width(label))
        if left > last_right + 6:
            canvas.text(left, axis_y + LINE, label)
            last_right = left + _width(label)
    top = 0.0
    for point, lines, row, (bar_top, bar_height) in zip(points, labels, rows, bands, strict=True):
        for number, line in enumerate(lines):
            canvas.text(0, top + LABEL_SIZE + number * LINE, line, bold=point.emphasis)
        top += row
        baseline = _baseline(bar_top, bar_height)
        if point.value is None:
            canvas.ground(0, baseline, _width(point.label))
            canvas.text(0, baseline, point.label)
            continue
        length = max(chart.axis.fraction(point.value) * plot_width, 1.0)
        bar = Rect(0, canvas.y(bar_top + bar_height), length, bar_height)
        bar.fillColor = colors.HexColor(point.colour or series.colour)
        bar.strokeColor = TEXT if point.emphasis else None
        bar.strokeWidth = 1.2
        canvas.drawing.add(bar)
        canvas.ground(length + 4, baseline, _width(point.label))
        canvas.text(length + 4, baseline, point.label)
    return canvas.drawing


# -- trend: lines over time --------------------------------------------------------------


def _dashes(series: Series, width: float) -> list[float]:
    """The series' dash pattern in points: the definition gives it in widths of the line."""
    return [length * width for length in series.line.pattern]


def _marker(canvas: _Canvas, marker: Marker, x: float, top: float, colour: Color) -> None:
    size = MARKER_SIZE
    y = canvas.y(top)
    shape: Rect | Polygon | CircleShape
    if marker is Marker.CROSS:
        arm = size * 1.2
        for dx in (arm, -arm):
            canvas.drawing.add(
                Line(x - dx, y - arm, x + dx, y + arm, strokeColor=colour, strokeWidth=1.6)
            )
        return
    if marker is Marker.SQUARE:
        shape = Rect(x - size, y - size, size * 2, size * 2)
    elif marker is Marker.DIAMOND:
        d = size * 1.3
        shape = Polygon([x, y + d, x + d, y, x, y - d, x - d, y])
    elif marker is Marker.TRIANGLE:
        shape = Polygon([x, y + size * 1.3, x + size * 1.2, y - size, x - size * 1.2, y - size])
    else:
        shape = CircleShape(x, y, size)
    shape.fillColor = colour
    shape.strokeColor = colour
    shape.strokeWidth = 0.8
    canvas.drawing.add(shape)


Placed = list[tuple[float, float, str]]


def _placed(
    chart: Chart, series: Series, plot: tuple[float, float], x_of: Callable[[int], float]
) -> Placed:
    """Where each of the series' points goes: x, y (from the top) and its label."""
    top, height = plot
    bottom = top + height
    index_of = {category: i for i, category in enumerate(chart.categories)}
    return [
        (x_of(index_of[p.category]), bottom - chart.axis.fraction(p.value) * height, p.label)
        for p in series.points
        if p.value is not None and p.category in index_of
    ]


def _side_by_side(placed: list[Placed]) -> list[Placed]:
    """``placed`` (for each series) with markers that would overlap, at the same period,
    moved apart sideways, so each series' marker can be seen (England's and similar
    councils' figures are often close)."""
    by_x: dict[float, list[tuple[int, int, float]]] = {}
    for number, points in enumerate(placed):
        for index, (x, y, _label) in enumerate(points):
            by_x.setdefault(x, []).append((number, index, y))
    moved = [list(points) for points in placed]
    for stack in by_x.values():
        stack.sort(key=lambda item: item[2])
        group: list[tuple[int, int, float]] = []
        for item in [*stack, None]:
            if item is not None and (not group or item[2] - group[-1][2] < MARKER_GAP):
                group.append(item)
                continue
            for place, (number, index, _y) in enumerate(group):
                x, y, label = moved[number][index]
                shift = (place - (len(group) - 1) / 2) * MARKER_GAP
                moved[number][index] = (x + shift, y, label)
            group = [item] if item is not None else []
    return moved


def _series(canvas: _Canvas, series: Series, placed: Placed) -> None:
    colour = colors.HexColor(series.colour)
    for (x1, y1, _), (x2, y2, _) in itertools.pairwise(placed):
        line = Line(x1, canvas.y(y1), x2, canvas.y(y2), strokeColor=colour)
        line.strokeWidth = 2.2 if series.emphasis else 1.3
        if series.line.pattern:
            line.strokeDashArray = _dashes(series, line.strokeWidth)
        canvas.drawing.add(line)
    right_of_last = -1e9
    for x, y, label in placed:
        _marker(canvas, series.marker, x, y, colour)
        if series.emphasis:
            # Above the point; below it when it would run into the label before.
            half = _width(label) / 2
            above = x - half > right_of_last + 4
            baseline = y - 6 if above else y + 6 + LABEL_SIZE
            # A white ground, so a gridline never runs through the figure.
            canvas.ground(x - half, baseline, half * 2)
            canvas.text(x, baseline, label, anchor="middle")
            right_of_last = x + half


def _legend_entry(canvas: _Canvas, series: Series, x: float, top: float) -> None:
    y = top + LINE / 2
    colour = colors.HexColor(series.colour)
    sample = PolyLine([x, canvas.y(y), x + 22, canvas.y(y)], strokeColor=colour, strokeWidth=1.8)
    if series.line.pattern:
        sample.strokeDashArray = _dashes(series, 1.8)
    canvas.drawing.add(sample)
    _marker(canvas, series.marker, x + 11, y, colour)
    canvas.text(x + 30, y + LABEL_SIZE * 0.35, series.name, bold=series.emphasis)


def _trend(chart: Chart, width: float) -> Drawing:
    height = LINE * (PLOT_LINES + 2.6 + 1.3 * len(chart.series))
    canvas = _Canvas(width, height)
    tick_width = max((_width(label) for _, label in chart.axis.ticks), default=0.0)
    left = tick_width + 8
    plot_top = LINE * 0.8
    plot_width = width - left - LINE
    plot_height = LINE * (PLOT_LINES - 0.8)
    bottom = plot_top + plot_height
    for value, label in chart.axis.ticks:
        y = bottom - chart.axis.fraction(value) * plot_height
        canvas.line(left, y, left + plot_width, y, GRID, 0.7)
        canvas.text(tick_width, y + LABEL_SIZE * 0.35, label, anchor="end")
    slot = plot_width / max(len(chart.categories), 1)

    def x_of(index: int) -> float:
        return left + slot * (index + 0.5)

    for index, category in enumerate(chart.categories):
        for number, text in enumerate(simpleSplit(category, REGULAR, LABEL_SIZE, slot - 4)[:2]):
            canvas.text(x_of(index), bottom + 4 + LABEL_SIZE + number * LINE, text, anchor="middle")
    placed = [_placed(chart, s, (plot_top, plot_height), x_of) for s in chart.series]
    for series, points in zip(chart.series, _side_by_side(placed), strict=True):
        _series(canvas, series, points)
    legend_top = bottom + LINE * 2.6
    for number, series in enumerate(chart.series):
        _legend_entry(canvas, series, 0, legend_top + number * LINE * 1.3)
    return canvas.drawing


def chart_drawing(chart: Chart, width: float) -> Drawing:
    """The chart's body (no title or notes), ``width`` points wide."""
    if chart.kind is ChartKind.COMPARISON:
        return _bars(chart, width)
    return _trend(chart, width)


def _in_words(chart: Chart) -> str:
    """The description, without the notes it ends with (they are printed just above)."""
    text = chart.description
    for note in reversed(chart.notes):
        if text.endswith(note):
            text = text[: -len(note)].rstrip()
    return f"In words: {text}"


class Figure(Flowable):
    """A chart's drawing, tagged as a figure whose alternative text is the chart's
    description (every value in words)."""

    def __init__(self, drawing: Drawing, tag: Node | None) -> None:
        super().__init__()
        self.drawing = drawing
        self.tag = tag

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.drawing.wrap(availWidth, availHeight)
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        marker = marker_of(canvas)
        if marker is not None and self.tag is not None:
            marker.begin(canvas, self.tag)
        self.drawing.drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]
        if marker is not None:
            marker.end(canvas)


def chart_parts(
    chart: Chart, kit: Kit, width: float, *, source: str = "", mark: str = ""
) -> list[Flowable]:
    """The chart with its title above and, below, its notes, its source and its figures
    in words.

    ``source`` is printed as a "Source:" line; ``mark`` (a note number's markup) is put
    after the title instead, when the section lists its sources as notes.
    """
    styles = kit.styles
    figure = kit.node("Figure")
    if figure is not None:
        figure.alt = chart.description
    items: list[Flowable] = [
        kit.markup(esc(chart.title) + mark, styles.chart_title),
        Figure(chart_drawing(chart, width), figure),
    ]
    items += [kit.para(note, styles.small) for note in chart.notes]
    if source:
        items.append(kit.source(source))
    items.append(kit.para(_in_words(chart), styles.small))
    return items


def chart_flowables(
    chart: Chart, kit: Kit, width: float, *, source: str = "", mark: str = ""
) -> list[Flowable]:
    """``chart_parts`` with everything but the figures in words kept on one page, and the
    figures in words kept whole: on the chart's page, or all of them on the next."""
    parts = chart_parts(chart, kit, width, source=source, mark=mark)
    return [KeepTogether(parts[:-1]), KeepTogether(parts[-1:])]
