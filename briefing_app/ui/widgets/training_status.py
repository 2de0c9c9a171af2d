"""How a training status looks: its words first, then a shape and a colour as extra signals.

Each status has a different shape as well as a different colour (a tick in a circle, a
triangle, an arrow in a diamond, a cross in a square, an empty ring, a dash), so the
status reads without colour vision. Background and text colours have a contrast ratio of
at least 4.5:1.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from briefing_app.domain.dates import short_date
from briefing_app.domain.training.records import ModuleStatus, Status

_COLOURS: dict[Status, tuple[str, str, str]] = {
    # background, text, icon
    Status.IN_DATE: ("#d7f0dc", "#0b3d17", "#1b7a33"),
    Status.DUE_SOON: ("#ffe8a3", "#4d3800", "#b07800"),
    Status.OVERDUE: ("#b00020", "#ffffff", "#b00020"),
    Status.NEVER_DONE: ("#fde2e4", "#7a0010", "#b00020"),
    Status.TO_DO: ("#dcebfa", "#0b2e55", "#1f5fa8"),
    Status.NOT_REQUIRED: ("#f2f2f2", "#4a4a4a", "#777777"),
}

_ICONS: dict[Status, QIcon] = {}
_ICON_SIZE = 32


def status_background(status: Status) -> QColor:
    return QColor(_COLOURS[status][0])


def status_foreground(status: Status) -> QColor:
    return QColor(_COLOURS[status][1])


def status_cell_text(result: ModuleStatus) -> str:
    """The words in a matrix cell (shown beside its icon): the status, and the date under it."""
    text = result.status.label
    if result.status is Status.OVERDUE and result.due is not None:
        return f"{text}\nsince {short_date(result.due)}"
    if result.status in (Status.IN_DATE, Status.DUE_SOON, Status.TO_DO) and result.due is not None:
        return f"{text}\nby {short_date(result.due)}"
    return text


def status_role(status: Status, role: int) -> Any:
    """A status's icon, background or text colour, for a table cell's ``role``; else None."""
    if role == Qt.ItemDataRole.DecorationRole:
        return status_icon(status)
    if role == Qt.ItemDataRole.BackgroundRole:
        return status_background(status)
    if role == Qt.ItemDataRole.ForegroundRole:
        return status_foreground(status)
    return None


def status_icon(status: Status) -> QIcon:
    """A small picture of the status: a different shape for each, in its colour."""
    icon = _ICONS.get(status)
    if icon is None:
        icon = QIcon(_draw(status))
        _ICONS[status] = icon
    return icon


def _draw(status: Status) -> QPixmap:
    size = _ICON_SIZE
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QColor(_COLOURS[status][2])
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(3, 3, size - 6, size - 6)
    white = QPen(QColor("#ffffff"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    # A white rim keeps each shape visible on its own coloured background.
    rim = QPen(QColor("#ffffff"), 2)
    if status is Status.IN_DATE:
        painter.setPen(rim)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(white)
        painter.drawPolyline(QPolygonF([QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 10.5)]))
    elif status is Status.DUE_SOON:
        painter.setPen(rim)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(16, 2), QPointF(30, 29), QPointF(2, 29)]))
        painter.setPen(white)
        painter.drawLine(QPointF(16, 11), QPointF(16, 19))
        painter.drawPoint(QPointF(16, 24.5))
    elif status is Status.OVERDUE:
        painter.setPen(rim)
        painter.setBrush(colour)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(white)
        painter.drawLine(QPointF(10, 10), QPointF(22, 22))
        painter.drawLine(QPointF(22, 10), QPointF(10, 22))
    elif status is Status.TO_DO:
        painter.setPen(rim)
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF([QPointF(16, 1), QPointF(31, 16), QPointF(16, 31), QPointF(1, 16)])
        )
        painter.setPen(white)
        painter.drawLine(QPointF(9, 16), QPointF(21, 16))
        painter.drawPolyline(QPolygonF([QPointF(16, 11), QPointF(21, 16), QPointF(16, 21)]))
    elif status is Status.NEVER_DONE:
        painter.setPen(QPen(QColor("#ffffff"), 8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(2, 2, -2, -2))
        painter.setPen(QPen(colour, 4))
        painter.drawEllipse(box.adjusted(2, 2, -2, -2))
    else:
        painter.setPen(QPen(colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(8, 16), QPointF(24, 16))
    painter.end()
    return pixmap
