"""Drawing a ``domain.charts.ChartDefinition`` with reportlab's graphics.

Every value is printed beside its bar or point, so a chart reads without colour and
without guessing from the axis; a legend names the series when there is more than one.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from briefing_app.domain.pack_charts import ChartDefinition, ChartKind
from briefing_app.packs.fonts import REGULAR
from briefing_app.packs.layout import Kit, esc
from briefing_app.packs.styles import INK, RULE, SERIES_COLOURS

LABEL_SIZE = 9
BAR_BAND = 20  # points per category when bars run across the page
PLOT_HEIGHT = 170
LEGEND_ROW = 16


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` steps."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if raw <= multiple * power:
            return float(multiple * power)
    return float(10 * power)


def _value_axis_bounds(definition: ChartDefinition) -> tuple[float, float, float]:
    low, high = definition.value_range()
    step = nice_step((high - low) * 1.15 or 1.0)
    return (
        math.floor(low / step) * step,
        math.ceil(high * 1.15 / step) * step or step,
        step,
    )


def _data(definition: ChartDefinition, reverse: bool = False) -> list[list[float | None]]:
    rows = [list(series.values) for series in definition.series]
    return [row[::-1] for row in rows] if reverse else rows


def chart_drawing(definition: ChartDefinition, width: float) -> Drawing:
    if definition.kind is ChartKind.LINE:
        drawing = _line_chart(definition, width)
    elif definition.horizontal:
        drawing = _horizontal_bars(definition, width)
    else:
        drawing = _vertical_bars(definition, width)
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    # Without an initial font the drawing names the standard Helvetica, which is not embedded.
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=LABEL_SIZE)


def _label_format(definition: ChartDefinition) -> object:
    def label(value: float | None) -> str:
        return "" if value is None else definition.format_value(value).split(" ")[0]

    return label


def _style_bars(chart: BarChart, definition: ChartDefinition) -> None:
    for index in range(len(definition.series)):
        chart.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.bars[index].strokeColor = None
    chart.barLabelFormat = _label_format(definition)
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = INK
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = LABEL_SIZE
        axis.labels.fillColor = INK
        axis.strokeColor = RULE
    low, high, step = _value_axis_bounds(definition)
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}" if float(v).is_integer() else f"{v}"
    chart.barSpacing = 2
    chart.groupSpacing = 6


def _legend(definition: ChartDefinition, x: float, y: float) -> Legend | None:
    if len(definition.series) < 2:
        return None
    legend = Legend()
    legend.x = int(x)
    legend.y = int(y)
    legend.fontName = REGULAR
    legend.fontSize = LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [
        (SERIES_COLOURS[i % len(SERIES_COLOURS)], series.name)
        for i, series in enumerate(definition.series)
    ]
    return legend


def _horizontal_bars(definition: ChartDefinition, width: float) -> Drawing:
    label_width = min(
        width * 0.45,
        max(stringWidth(c, REGULAR, LABEL_SIZE) for c in definition.categories) + 10,
    )
    bands = len(definition.categories) * max(1, len(definition.series))
    plot_height = BAR_BAND * bands
    legend_height = LEGEND_ROW if len(definition.series) > 1 else 0
    height = plot_height + 30 + legend_height
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = int(label_width)
    chart.y = 20
    chart.width = int(width - label_width - 30)
    chart.height = int(plot_height)
    # reportlab draws the first category at the bottom: reverse so the list reads downwards.
    chart.data = _data(definition, reverse=True)
    chart.categoryAxis.categoryNames = list(definition.categories[::-1])
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    _style_bars(chart, definition)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    legend = _legend(definition, label_width, height)
    if legend is not None:
        drawing.add(legend)
    return drawing


def _vertical_bars(definition: ChartDefinition, width: float) -> Drawing:
    legend_height = LEGEND_ROW if len(definition.series) > 1 else 0
    height = PLOT_HEIGHT + 50 + legend_height
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 40
    chart.y = 40
    chart.width = int(width - 50)
    chart.height = int(PLOT_HEIGHT)
    chart.data = _data(definition)
    chart.categoryAxis.categoryNames = list(definition.categories)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -4
    _style_bars(chart, definition)
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 3
    drawing.add(chart)
    legend = _legend(definition, 40, height)
    if legend is not None:
        drawing.add(legend)
    return drawing


def _line_chart(definition: ChartDefinition, width: float) -> Drawing:
    legend_height = LEGEND_ROW if len(definition.series) > 1 else 0
    height = PLOT_HEIGHT + 50 + legend_height
    drawing = _drawing(width, height)
    chart = HorizontalLineChart()
    chart.x = 40
    chart.y = 40
    chart.width = int(width - 60)
    chart.height = int(PLOT_HEIGHT)
    chart.data = _data(definition)
    chart.categoryAxis.categoryNames = list(definition.categories)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -4
    chart.joinedLines = 1
    chart.lineLabelFormat = _label_format(definition)
    chart.lineLabels.fontName = REGULAR
    chart.lineLabels.fontSize = LABEL_SIZE
    chart.lineLabels.dy = 7
    for index in range(len(definition.series)):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.lines[index].strokeColor = colour
        chart.lines[index].strokeWidth = 2
        chart.lines[index].symbol = makeMarker(  # type: ignore[no-untyped-call]
            "FilledCircle", fillColor=colour, size=5
        )
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = LABEL_SIZE
        axis.strokeColor = RULE
    low, high, step = _value_axis_bounds(definition)
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    drawing.add(chart)
    legend = _legend(definition, 40, height)
    if legend is not None:
        drawing.add(legend)
    return drawing


def chart_flowables(definition: ChartDefinition, kit: Kit, width: float) -> list[Flowable]:
    """The chart with its title above and, below, its figures in words and its source."""
    items: list[Flowable] = [
        Paragraph(esc(definition.title), kit.styles.h3),
        chart_drawing(definition, width),
    ]
    if definition.description:
        items.append(kit.para(definition.description, kit.styles.small))
    items.append(kit.para(f"The figures: {definition.text_alternative()}", kit.styles.small))
    if definition.source:
        items.append(kit.source(definition.source))
    return [KeepTogether(items[:2]), *items[2:]]
