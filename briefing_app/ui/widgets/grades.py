"""How a grade looks: always its words, with a symbol and colour as second signals."""

from __future__ import annotations

from PySide6.QtGui import QColor

from briefing_app.domain.reports import Grade


def grade_background(grade: Grade) -> QColor:
    return QColor(grade.colours[0])


def grade_foreground(grade: Grade) -> QColor:
    return QColor(grade.colours[1])


def grade_style(grade: Grade) -> str:
    background, foreground = grade.colours
    return (
        f"background-color: {background}; color: {foreground}; "
        "border-radius: 4px; padding: 2px 8px; font-weight: bold;"
    )
