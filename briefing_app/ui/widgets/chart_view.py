"""Draws a chart definition (``domain/charts.py``) with QPainter, following its rules.

Text uses the widget's font, so the chart grows with the app's text size, and long titles
and labels wrap rather than being cut. The chart's description is its accessible
description and tooltip, so it reads without the picture.

On a dark palette (high-contrast colours) the chart is drawn light on black: text in the
palette's text colour, and each series in a bright colour of its own (see
``HIGH_CONTRAST_SERIES``). Series never rely on colour alone: each has its own marker
and its own line (solid for us; dashes, dots or both for the others).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from briefing_app.domain.chart_styles import BESIDE_COLOUR, COMPARATOR_COLOURS, OURS_COLOUR, Marker
from briefing_app.domain.charts import Chart, ChartKind, Point, Series
from briefing_app.domain.outcomes import ComparatorKind

# Each series' colour on black, all with a contrast ratio of 7:1 or more against it.
HIGH_CONTRAST_SERIES = {
    OURS_COLOUR: "#ffff00",
    COMPARATOR_COLOURS[ComparatorKind.ENGLAND]: "#ffffff",
    COMPARATOR_COLOURS[ComparatorKind.STATISTICAL_NEIGHBOURS]: "#7fd4ff",
    COMPARATOR_COLOURS[ComparatorKind.REGION]: "#ffa8ff",
    BESIDE_COLOUR: "#ffb347",
}
HIGH_CONTRAST_OTHER = "#ffffff"


@dataclass(frozen=True)
class ChartColours:
    """The colours a chart is drawn in: dark on white, or (``dark``) light on black."""

    background: QColor
    text: QColor
    grid: QColor
    dark: bool = False

    def of(self, colour: str) -> QColor:
        """A series' or point's colour, as drawn on this background."""
        if self.dark:
            return QColor(HIGH_CONTRAST_SERIES.get(colour.lower(), HIGH_CONTRAST_OTHER))
        return QColor(colour)


LIGHT = ChartColours(QColor("#ffffff"), QColor("#1a1a1a"), QColor("#d0d0d0"))


def chart_colours(palette: QPalette) -> ChartColours:
    """Light on black when the palette is dark (high contrast), else the usual colours."""
    base = palette.color(QPalette.ColorRole.Base)
    if base.lightness() >= 128:
        return LIGHT
    return ChartColours(
        QColor(base), QColor(palette.color(QPalette.ColorRole.Text)), QColor("#8c8c8c"), True
    )


_MARKER_SIZE = 4.0
_MARGIN = 8.0
_WRAP = int(Qt.TextFlag.TextWordWrap)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_PLOT_LINES = 9.0


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName("Chart")
        self.colours = LIGHT

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.setVisible(chart is not None)
        if chart is not None:
            self.setAccessibleName(chart.title)
            self.setAccessibleDescription(chart.description)
            self.setToolTip(chart.description)
        self.updateGeometry()
        self.update()

    # -- size -------------------------------------------------------------------------

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _wrapped_height(self, text: str, width: float, font: QFont) -> float:
        rect = QFontMetricsF(font).boundingRect(QRectF(0, 0, max(width, 10.0), 10_000), _WRAP, text)
        return rect.height()

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _title_height(self, width: float) -> float:
        assert self.chart is not None
        return self._wrapped_height(self.chart.title, width, self._bold()) + self._line() * 0.4

    def _notes_height(self, width: float) -> float:
        assert self.chart is not None
        return sum(self._wrapped_height(n, width, self.font()) for n in self.chart.notes)

    def _body_height(self) -> float:
        assert self.chart is not None
        line = self._line()
        if self.chart.kind is ChartKind.COMPARISON:
            rows = len(self.chart.series[0].points) if self.chart.series else 0
            return rows * line * 2.5 + line * 1.5
        return line * (_PLOT_LINES + 2.6 + 1.3 * len(self.chart.series))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.chart is None:
            return 0
        inner = width - 2 * _MARGIN
        total = self._title_height(inner) + self._body_height() + self._notes_height(inner)
        return int(total + 2 * _MARGIN + 4)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 420)
        return QSize(420, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(max(self.width(), 240)))

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        chart = self.chart
        if chart is None:
            return
        self.colours = chart_colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.colours.background)
        area = QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        painter.setPen(self.colours.text)
        painter.setFont(self._bold())
        title_height = self._title_height(area.width())
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), title_height), _WRAP | _LEFT, chart.title
        )
        painter.setFont(self.font())
        body = QRectF(area.left(), area.top() + title_height, area.width(), self._body_height())
        if chart.kind is ChartKind.COMPARISON:
            self._paint_bars(painter, chart, body)
        else:
            self._paint_trend(painter, chart, body)
        painter.setPen(self.colours.text)
        y = body.bottom()
        for note in chart.notes:
            height = self._wrapped_height(note, area.width(), self.font())
            painter.drawText(QRectF(area.left(), y, area.width(), height), _WRAP | _LEFT, note)
            y += height
        painter.end()

    def _paint_bars(self, painter: QPainter, chart: Chart, body: QRectF) -> None:
        """Each bar has its category written above it, and its value at its end."""
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        points = chart.series[0].points if chart.series else ()
        value_width = max((metrics.horizontalAdvance(p.label) for p in points), default=0) + 8
        plot_width = max(body.width() - value_width, 10.0)
        row = line * 2.5
        axis_y = body.top() + row * len(points)
        self._paint_value_ticks(painter, chart, body.left(), plot_width, body.top(), axis_y)
        for index, point in enumerate(points):
            top = body.top() + index * row
            painter.setFont(self._bold() if point.emphasis else self.font())
            painter.setPen(self.colours.text)
            label = QFontMetricsF(painter.font()).elidedText(
                point.category, Qt.TextElideMode.ElideRight, body.width()
            )
            painter.drawText(QRectF(body.left(), top, body.width(), line), _LEFT, label)
            painter.setFont(self.font())
            if point.value is None:
                # No bar: the label alone says why (a figure held back, say).
                painter.drawText(
                    QRectF(body.left(), top + line * 1.1, body.width(), line * 1.1),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    point.label,
                )
                continue
            length = chart.axis.fraction(point.value) * plot_width
            bar = QRectF(body.left(), top + line * 1.1, max(length, 1.0), line * 1.1)
            painter.fillRect(bar, self.colours.of(point.colour or chart.series[0].colour))
            if point.emphasis:
                painter.setPen(QPen(self.colours.text, 1.5))
                painter.drawRect(bar)
            painter.setPen(self.colours.text)
            painter.drawText(
                QRectF(bar.right() + 4, bar.top(), value_width, bar.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                point.label,
            )

    def _paint_value_ticks(
        self, painter: QPainter, chart: Chart, left: float, width: float, top: float, bottom: float
    ) -> None:
        """Vertical gridlines with their labels below, leaving out labels that would touch."""
        metrics = QFontMetricsF(self.font())
        last_right = -1e9
        for value, tick_label in chart.axis.ticks:
            x = left + chart.axis.fraction(value) * width
            painter.setPen(QPen(self.colours.grid, 1))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            text_width = metrics.horizontalAdvance(tick_label)
            text_left = min(max(x - text_width / 2, left), left + width - text_width)
            if text_left > last_right + 6:
                painter.setPen(self.colours.text)
                painter.drawText(QPointF(text_left, bottom + metrics.ascent() + 2), tick_label)
                last_right = text_left + text_width

    def _paint_trend(self, painter: QPainter, chart: Chart, body: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        tick_width = max((metrics.horizontalAdvance(t) for _, t in chart.axis.ticks), default=0)
        plot = QRectF(
            body.left() + tick_width + 8,
            body.top() + line * 0.8,
            body.width() - tick_width - 8 - line,
            line * (_PLOT_LINES - 0.8),
        )
        for value, tick_label in chart.axis.ticks:
            y = plot.bottom() - chart.axis.fraction(value) * plot.height()
            painter.setPen(QPen(self.colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.colours.text)
            painter.drawText(
                QRectF(body.left(), y - line / 2, tick_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tick_label,
            )
        slot = plot.width() / max(len(chart.categories), 1)

        def x_of(index: int) -> float:
            return plot.left() + slot * (index + 0.5)

        painter.setPen(self.colours.text)
        for index, category in enumerate(chart.categories):
            painter.drawText(
                QRectF(x_of(index) - slot / 2 + 2, plot.bottom() + 4, slot - 4, line * 2.2),
                _WRAP | int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                category,
            )
        index_of = {category: i for i, category in enumerate(chart.categories)}
        for series in chart.series:
            self._paint_series(painter, chart, series, plot, index_of, x_of)
        legend_top = plot.bottom() + line * 2.6
        for number, series in enumerate(chart.series):
            self._paint_legend_entry(painter, series, body.left(), legend_top + number * line * 1.3)

    def _paint_series(
        self,
        painter: QPainter,
        chart: Chart,
        series: Series,
        plot: QRectF,
        index_of: dict[str, int],
        x_of: Callable[[int], float],
    ) -> None:
        colour = self.colours.of(series.colour)
        pen = QPen(colour, 2.5 if series.emphasis else 1.5)
        _set_line(pen, series)
        placed: list[tuple[QPointF, Point]] = []
        for point in series.points:
            if point.value is None or point.category not in index_of:
                continue
            y = plot.bottom() - chart.axis.fraction(point.value) * plot.height()
            placed.append((QPointF(x_of(index_of[point.category]), y), point))
        painter.setPen(pen)
        for (a, _), (b, _) in itertools.pairwise(placed):
            painter.drawLine(a, b)
        metrics = QFontMetricsF(self.font())
        for position, point in placed:
            _draw_marker(painter, series.marker, position, colour)
            if series.emphasis:
                painter.setPen(self.colours.text)
                width = metrics.horizontalAdvance(point.label)
                painter.drawText(QPointF(position.x() - width / 2, position.y() - 8), point.label)

    def _paint_legend_entry(self, painter: QPainter, series: Series, x: float, top: float) -> None:
        metrics = QFontMetricsF(self.font())
        y = top + metrics.height() / 2
        colour = self.colours.of(series.colour)
        pen = QPen(colour, 2)
        _set_line(pen, series)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
        _draw_marker(painter, series.marker, QPointF(x + 11, y), colour)
        painter.setPen(self.colours.text)
        painter.setFont(self._bold() if series.emphasis else self.font())
        painter.drawText(QPointF(x + 30, y + metrics.ascent() / 2 - 1), series.name)
        painter.setFont(self.font())


def _set_line(pen: QPen, series: Series) -> None:
    """The series' own line style: Qt measures a dash pattern in widths of the line, as
    the chart definition does."""
    if series.line.pattern:
        pen.setDashPattern(list(series.line.pattern))


def _draw_marker(painter: QPainter, marker: Marker, at: QPointF, colour: QColor) -> None:
    size = _MARKER_SIZE
    painter.setPen(QPen(colour, 1))
    painter.setBrush(colour)
    if marker is Marker.CROSS:
        painter.setPen(QPen(colour, 2.2))
        arm = size * 1.2
        painter.drawLine(QPointF(at.x() - arm, at.y() - arm), QPointF(at.x() + arm, at.y() + arm))
        painter.drawLine(QPointF(at.x() - arm, at.y() + arm), QPointF(at.x() + arm, at.y() - arm))
    elif marker is Marker.SQUARE:
        painter.drawRect(QRectF(at.x() - size, at.y() - size, size * 2, size * 2))
    elif marker is Marker.DIAMOND:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - size * 1.3),
                    QPointF(at.x() + size * 1.3, at.y()),
                    QPointF(at.x(), at.y() + size * 1.3),
                    QPointF(at.x() - size * 1.3, at.y()),
                ]
            )
        )
    elif marker is Marker.TRIANGLE:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - size * 1.3),
                    QPointF(at.x() + size * 1.2, at.y() + size),
                    QPointF(at.x() - size * 1.2, at.y() + size),
                ]
            )
        )
    else:
        painter.drawEllipse(at, size, size)
    painter.setBrush(Qt.BrushStyle.NoBrush)
