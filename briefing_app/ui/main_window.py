"""The main window: a list of pages on the left, the chosen page on the right.

Pages (``ui/pages/registry.py``) are built the first time they are shown, so start-up
pays only for the first one. The rest of the window is one mixin per responsibility, in
``ui/window/``: the menus, importing, text size, colours and the user guide, and
meetings with committee mode and search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from briefing_app import APP_NAME
from briefing_app.services.opening.container import Services
from briefing_app.ui.appearance import Appearance, apply_appearance
from briefing_app.ui.pages.registry import page_specs
from briefing_app.ui.widgets.page_area import PageArea
from briefing_app.ui.window.display import DisplayMixin
from briefing_app.ui.window.importing import ImportingMixin
from briefing_app.ui.window.meetings import MeetingsMixin
from briefing_app.ui.window.menus import MenusMixin

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from briefing_app.ui.dialogs.help_window import HelpWindow
    from briefing_app.ui.dialogs.import_report import ReportImporter

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"


class MainWindow(DisplayMixin, MenusMixin, ImportingMixin, MeetingsMixin, QMainWindow):
    def __init__(self, services: Services, settings: QSettings) -> None:
        # The text size and colours first, so that every widget is made with them.
        appearance = Appearance.load(settings)
        apply_appearance(appearance, services.paths.resources)
        super().__init__()
        self.appearance = appearance
        self.services = services
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)

        self.specs = page_specs(services, self.open_paragraph)
        self._built: dict[str, QWidget] = {}
        self.committee_window: QWidget | None = None
        self._help: HelpWindow | None = None

        self.navigation = QListWidget()
        self.navigation.setAccessibleName("Pages")
        self.navigation.setAccessibleDescription("Choose a page to show")
        self.navigation.setWordWrap(True)
        self.stack = QStackedWidget()
        for spec in self.specs:
            QListWidgetItem(spec.title, self.navigation)
            self.stack.addWidget(QWidget())  # replaced by the page when first shown
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self._fit_navigation()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._importer: ReportImporter | None = None
        self.setAcceptDrops(True)
        self._build_menus()
        self.statusBar().showMessage(f"Database: {services.database_path}")
        self._restore()

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def show_page_by_key(self, key: str) -> QWidget:
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        self.show_page(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page called ``key``, built now if it has not been shown yet."""
        if key not in self._built:
            row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
            spec = self.specs[row]
            page = spec.build()
            page.setAccessibleName(spec.title)
            placeholder = self.stack.widget(row)
            showing = self.stack.currentIndex() == row
            self._connect_page(key, page)
            self.stack.insertWidget(row, PageArea(page))
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            if showing:
                self.stack.setCurrentIndex(row)
            self._built[key] = page
        return self._built[key]

    def _connect_page(self, key: str, page: QWidget) -> None:
        committee = getattr(page, "committeeModeRequested", None)
        if committee is not None:
            committee.connect(self.start_committee_mode)
        changed = getattr(page, "meetingChanged", None)
        if changed is not None:
            changed.connect(self._on_meeting_changed)

    def current_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def current_page(self) -> QWidget:
        return self.page(self.current_key())

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.page(self.specs[row].key)
            self.stack.setCurrentIndex(row)

    def replace_services(self, services: Services) -> None:
        """Use new services (e.g. after a restore): every page is built again from them."""
        self.services = services
        self.specs = page_specs(services, self.open_paragraph)
        current = self.stack.currentIndex()
        for key in list(self._built):
            row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
            del self._built[key]
            old = self.stack.widget(row)  # the page in its scroll area
            self.stack.insertWidget(row, QWidget())
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.stack.setCurrentIndex(current)
        self._on_row_changed(current)

    def refresh_pages(self) -> None:
        """Reload the pages already built, after the database's contents have changed."""
        for page in self._built.values():
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def _restore(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = self.settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        page = self.settings.value(PAGE_KEY, 0)
        try:
            row = int(str(page))
        except ValueError:
            row = 0
        self.show_page(row if 0 <= row < len(self.specs) else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.committee_window is not None:
            self.committee_window.close()
        for page in self._built.values():
            wait = getattr(page, "wait_for_background_work", None)
            if callable(wait):
                wait()
        self._remember(GEOMETRY_KEY, self.saveGeometry())
        self._remember(STATE_KEY, self.saveState())
        self._remember(PAGE_KEY, self.navigation.currentRow())
        self.settings.sync()
        super().closeEvent(event)

    def _remember(self, key: str, value: QByteArray | int) -> None:
        """Keep ``value`` in the settings file, unless it holds it already.

        Writing the file (safely: a lock, a new copy, a rename) takes a moment; a window
        closed where it was opened has nothing new to write.
        """
        held = self.settings.value(key)
        if isinstance(value, int):
            unchanged = str(held) == str(value)
        else:
            unchanged = isinstance(held, QByteArray) and held == value
        if not unchanged:
            self.settings.setValue(key, value)
