"""The main window's pages: the page list on the left, the chosen page on the right.

Pages (``ui/pages/registry.py``) are built the first time they are shown, so start-up pays
only for the first one. Other parts of the window reach a page through ``show`` or
``built``, by its key and, when they need its own methods, its class.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from briefing_app.ui.pages.registry import Page, PageSpec
from briefing_app.ui.widgets.page_area import PageArea
from briefing_app.ui.window.officer_controls import hide_officer_controls

PageT = TypeVar("PageT", bound=QWidget)


class PageStack:
    """The page list and the pages, each built when first shown."""

    def __init__(self, specs: list[PageSpec]) -> None:
        self.specs = specs
        # False over a briefing file: the pages' officers' tools are hidden as they are built.
        self.officer_tools = True
        # Each page once built: what the window asks of it, and the widget it is.
        self._built: dict[str, tuple[Page, QWidget]] = {}
        self.navigation = QListWidget()
        self.navigation.setAccessibleName("Pages")
        self.navigation.setAccessibleDescription("Choose a page to show")
        self.navigation.setWordWrap(True)
        self.stack = QStackedWidget()
        for spec in specs:
            QListWidgetItem(spec.title, self.navigation)
            self.stack.addWidget(QWidget())  # replaced by the page when first shown
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self.fit_navigation()

    # -- showing ---------------------------------------------------------------------

    def show_row(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def show(self, key: str) -> QWidget:
        """Show the page called ``key`` (building it if need be) and return it."""
        self.show_row(self._row(key))
        return self.get(key)

    def show_as(self, key: str, kind: type[PageT]) -> PageT | None:
        """Show the page called ``key``; it, if it is a ``kind``."""
        page = self.show(key)
        return page if isinstance(page, kind) else None

    def get(self, key: str) -> QWidget:
        """The page called ``key``, built now if it has not been shown yet."""
        built = self._built.get(key)
        if built is None:
            built = self._build(self._row(key))
        return built[1]

    def built(self, key: str, kind: type[PageT]) -> PageT | None:
        """The page called ``key`` if it has been built and is a ``kind``; else None."""
        built = self._built.get(key)
        return built[1] if built is not None and isinstance(built[1], kind) else None

    def current_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def current(self) -> QWidget:
        return self.get(self.current_key())

    def current_row(self) -> int:
        return self.navigation.currentRow()

    # -- every page ------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the pages already built, after the database's contents have changed."""
        for key, (page, widget) in self._built.items():
            page.refresh()
            if not self.officer_tools:
                hide_officer_controls(key, widget)

    def wait_for_background_work(self) -> None:
        for page, _widget in self._built.values():
            page.wait_for_background_work()

    def replace(self, specs: list[PageSpec]) -> None:
        """Use new pages (over new services, after a restore): each is built again when
        shown, starting with the one on show now."""
        self.specs = specs
        current = self.stack.currentIndex()
        for key in list(self._built):
            row = self._row(key)
            del self._built[key]
            old = self.stack.widget(row)  # the page in its scroll area
            self.stack.insertWidget(row, QWidget())
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.stack.setCurrentIndex(current)
        self._on_row_changed(current)

    def fit_navigation(self) -> None:
        """Size the page list for its titles at the current text size (long ones wrap)."""
        metrics = self.navigation.fontMetrics()
        widest = max((metrics.horizontalAdvance(spec.title) for spec in self.specs), default=0)
        scroll_bar = self.navigation.verticalScrollBar().sizeHint().width()
        margin = scroll_bar + 2 * metrics.averageCharWidth()
        self.navigation.setMaximumWidth(min(widest, 24 * metrics.averageCharWidth()) + margin)
        self.navigation.setMinimumWidth(min(widest, 10 * metrics.averageCharWidth()) + margin)

    # -- building --------------------------------------------------------------------

    def _row(self, key: str) -> int:
        return next(i for i, spec in enumerate(self.specs) if spec.key == key)

    def _build(self, row: int) -> tuple[Page, QWidget]:
        spec = self.specs[row]
        page = spec.build()
        if not isinstance(page, QWidget):
            raise TypeError(f"The page {spec.key!r} is a {type(page).__name__}, not a widget.")
        page.setAccessibleName(spec.title)
        placeholder = self.stack.widget(row)
        showing = self.stack.currentIndex() == row
        self.stack.insertWidget(row, PageArea(page))
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(row)
        built = self._built[spec.key] = (page, page)
        if not self.officer_tools:
            hide_officer_controls(spec.key, page)
        return built

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.get(self.specs[row].key)
            self.stack.setCurrentIndex(row)
