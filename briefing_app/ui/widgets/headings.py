"""Headings whose size follows the application's text size, so they scale with it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget

_SCALES = {1: 1.6, 2: 1.25, 3: 1.1}


class Heading(QLabel):
    """A bold heading, ``level`` 1 (page title) to 3, sized relative to the body text."""

    def __init__(self, text: str = "", level: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.level = level
        self.setWordWrap(True)
        self.setAccessibleName(text or f"Heading level {level}")
        self.apply_font()

    def apply_font(self) -> None:
        font = QApplication.font()
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * _SCALES.get(self.level, 1.0))
        font.setBold(True)
        self.setFont(font)
