"""How a grade looks: always its words, with a symbol and colour as second signals."""

from __future__ import annotations

from PySide6.QtGui import QColor

from briefing_app.domain.reports import Grade


def grade_background(grade: Grade) -> QColor:
    return QColor(grade.colours[0])


def grade_foreground(grade: Grade) -> QColor:
    return QColor(grade.colours[1])
