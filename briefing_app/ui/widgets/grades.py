"""How a grade looks: always its words, with colour only as a second signal."""

from __future__ import annotations

from PySide6.QtGui import QColor

from briefing_app.domain.reports import Grade

# Background and text colours with a contrast ratio of at least 4.5:1 (WCAG AA).
_COLOURS: dict[Grade, tuple[str, str]] = {
    Grade.OUTSTANDING: ("#0b5d1e", "#ffffff"),
    Grade.GOOD: ("#d7f0dc", "#0b3d17"),
    Grade.REQUIRES_IMPROVEMENT: ("#ffe8a3", "#4d3800"),
    Grade.ADEQUATE: ("#ffe8a3", "#4d3800"),
    Grade.INADEQUATE: ("#b00020", "#ffffff"),
}

# A symbol as well as a colour, so the grade reads without colour vision.
_SYMBOLS: dict[Grade, str] = {
    Grade.OUTSTANDING: "★",
    Grade.GOOD: "✓",
    Grade.REQUIRES_IMPROVEMENT: "!",
    Grade.ADEQUATE: "!",
    Grade.INADEQUATE: "✗",
}


def grade_background(grade: Grade) -> QColor:
    return QColor(_COLOURS[grade][0])


def grade_foreground(grade: Grade) -> QColor:
    return QColor(_COLOURS[grade][1])


def grade_text(grade: Grade) -> str:
    return f"{_SYMBOLS[grade]} {grade.label}"


def grade_style(grade: Grade) -> str:
    background, foreground = _COLOURS[grade]
    return (
        f"background-color: {background}; color: {foreground}; "
        "border-radius: 4px; padding: 2px 8px; font-weight: bold;"
    )
