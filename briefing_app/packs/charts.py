"""Drawing a ``domain.charts.Chart`` with reportlab, by the rules in that module.

The window draws the same definitions with QPainter (``ui/widgets/chart_view.py``);
this follows the same layout so the two look alike: comparison bars run across the
page with their category above and their value at their end, our council's bar in
bold with an outline; trends run oldest to newest with a gridline at each tick,
comparators dashed, each series with its own marker shape, our points labelled, and a
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

from briefing_app.domain.charts import Chart, ChartKind, Marker, Series
from briefing_app.packs.fonts import BOLD, REGULAR
from briefing_app.packs.layout import CellParagraph, Kit, esc, fit_text, plain_paragraph

if TYPE_CHECKING:
    from reportlab.lib.colors import Color

LABEL_SIZE = 8.5
LINE = LABEL_SIZE * 1.35
PLOT_LINES = 9.0
MARKER_SIZE = 3.0
DASH = [4.0, 3.0]
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
    last_right = -1e9
    for value, label in chart.axis.ticks:
        x = chart.axis.fraction(value) * plot_width
        canvas.line(x, 0, x, axis_y, GRID, 0.7)
        left = min(max(x - _width(label) / 2, 0.0), plot_width - _width(label))
        if left > last_right + 6:
            canvas.text(left, axis_y + LINE, label)
            last_right = left + _width(label)
    top = 0.0
    for point, lines, row in zip(points, labels, rows, strict=True):
        for number, line in enumerate(lines):
            canvas.text(0, top + LABEL_SIZE + number * LINE, line, bold=point.emphasis)
        bar_top, bar_height = top + LINE * (len(lines) + 0.05), LINE * 1.05
        top += row
        if point.value is None:
            canvas.text(0, _baseline(bar_top, bar_height), point.label)
            continue
        length = max(chart.axis.fraction(point.value) * plot_width, 1.0)
        bar = Rect(0, canvas.y(bar_top + bar_height), length, bar_height)
        bar.fillColor = colors.HexColor(point.colour or series.colour)
        bar.strokeColor = TEXT if point.emphasis else None
        bar.strokeWidth = 1.2
        canvas.drawing.add(bar)
        canvas.text(length + 4, _baseline(bar_top, bar_height), point.label)
    return canvas.drawing


# -- trend: lines over time --------------------------------------------------------------


def _marker(canvas: _Canvas, marker: Marker, x: float, top: float, colour: Color) -> None:
    size = MARKER_SIZE
    y = canvas.y(top)
    shape: Rect | Polygon | CircleShape
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


def _series(
    canvas: _Canvas,
    chart: Chart,
    series: Series,
    plot: tuple[float, float],
    x_of: Callable[[int], float],
) -> None:
    top, height = plot
    bottom = top + height
    index_of = {category: i for i, category in enumerate(chart.categories)}
    colour = colors.HexColor(series.colour)
    placed = [
        (x_of(index_of[p.category]), bottom - chart.axis.fraction(p.value) * height, p.label)
        for p in series.points
        if p.value is not None and p.category in index_of
    ]
    for (x1, y1, _), (x2, y2, _) in itertools.pairwise(placed):
        line = Line(x1, canvas.y(y1), x2, canvas.y(y2), strokeColor=colour)
        line.strokeWidth = 2.2 if series.emphasis else 1.3
        if series.dashed:
            line.strokeDashArray = DASH
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
            ground = Rect(x - half - 1, canvas.y(baseline) - 2, half * 2 + 2, LABEL_SIZE + 1)
            ground.fillColor = colors.white
            ground.strokeColor = None
            canvas.drawing.add(ground)
            canvas.text(x, baseline, label, anchor="middle")
            right_of_last = x + half


def _legend_entry(canvas: _Canvas, series: Series, x: float, top: float) -> None:
    y = top + LINE / 2
    colour = colors.HexColor(series.colour)
    sample = PolyLine([x, canvas.y(y), x + 22, canvas.y(y)], strokeColor=colour, strokeWidth=1.8)
    if series.dashed:
        sample.strokeDashArray = DASH
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
    for series in chart.series:
        _series(canvas, chart, series, (plot_top, plot_height), x_of)
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


def chart_parts(
    chart: Chart, kit: Kit, width: float, *, source: str = "", mark: str = ""
) -> list[Flowable]:
    """The chart with its title above and, below, its notes, its source and its figures
    in words.

    ``source`` is printed as a "Source:" line; ``mark`` (a note number's markup) is put
    after the title instead, when the section lists its sources as notes.
    """
    styles = kit.styles
    # Paragraphs that keep their line breaks: a chart in a table cell is measured often.
    items: list[Flowable] = [
        CellParagraph(esc(chart.title) + mark, styles.chart_title),
        chart_drawing(chart, width),
    ]
    items += [plain_paragraph(note, styles.small, CellParagraph) for note in chart.notes]
    if source:
        items.append(kit.source(source))
    items.append(plain_paragraph(_in_words(chart), styles.small, CellParagraph))
    return items


def chart_flowables(
    chart: Chart, kit: Kit, width: float, *, source: str = "", mark: str = ""
) -> list[Flowable]:
    """``chart_parts`` with everything but the figures in words kept on one page (a long
    description may run on to the next)."""
    parts = chart_parts(chart, kit, width, source=source, mark=mark)
    return [KeepTogether(parts[:-1]), parts[-1]]
