"""A page in the main window, in a scroll area that is there for large text.

While the window has room for the page, the page fills it, laid out exactly as it would be
without the area. When large text (or a small screen) makes the page need more room than
the window has, the page keeps the room it needs and scrolls, to whatever has the keyboard
focus too, instead of making the window wider or taller than the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


class PageArea(QScrollArea):
    def __init__(self, page: QWidget) -> None:
        super().__init__()
        # The page is sized here (see _fit), from its least size, not from its preferred
        # height for a width: wrapped text would otherwise scroll a page that fits.
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)
        page.installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page's least size changes with the text size and with what it shows.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        least = page.minimumSizeHint().expandedTo(page.minimumSize())
        room = self.maximumViewportSize()
        height = room.height()
        if least.width() > room.width():
            height -= self.horizontalScrollBar().sizeHint().height()
        width = room.width()
        if least.height() > height:
            width -= self.verticalScrollBar().sizeHint().width()
        page.resize(max(width, least.width()), max(height, least.height()))
