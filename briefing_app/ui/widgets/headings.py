"""Headings whose size follows the application's text size, so they scale with it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

_SCALES = {1: 1.6, 2: 1.25, 3: 1.1}


class Heading(QLabel):
    """A bold heading, ``level`` 1 (page title) to 3, sized relative to the body text.

    It sets its own font, so it does not inherit the application font; instead it sizes
    itself again whenever the application font changes (View > Larger text, say).
    """

    def __init__(self, text: str = "", level: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.level = level
        self.setWordWrap(True)
        self.setAccessibleName(text or f"Heading level {level}")
        self.apply_font()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self.apply_font)

    def apply_font(self, base: QFont | None = None) -> None:
        font = QFont(base) if base is not None else QApplication.font()
        scale = _SCALES.get(self.level, 1.0)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        elif font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * scale))
        font.setBold(True)
        self.setFont(font)
