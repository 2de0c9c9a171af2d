"""The main window: a list of pages on the left, the chosen page on the right.

Pages are built the first time they are shown, so start-up pays only for the first one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from briefing_app import APP_NAME, __version__
from briefing_app.services.container import Services
from briefing_app.ui.data_safety import DataSafetyActions

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    build: Callable[[], QWidget]


def page_specs(services: Services) -> list[PageSpec]:
    """The pages in navigation order. Each page imports its module only when first shown."""

    def overview() -> QWidget:
        from briefing_app.ui.pages.overview import OverviewPage

        return OverviewPage(services.reports)

    def findings() -> QWidget:
        from briefing_app.ui.pages.findings import FindingsPage

        return FindingsPage(services.reports)

    return [
        PageSpec("overview", "Overview", overview),
        PageSpec("findings", "Inspection findings", findings),
    ]


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: QSettings) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)

        self.specs = page_specs(services)
        self._built: dict[str, QWidget] = {}

        self.navigation = QListWidget()
        self.navigation.setAccessibleName("Pages")
        self.navigation.setAccessibleDescription("Choose a page to show")
        self.stack = QStackedWidget()
        for spec in self.specs:
            QListWidgetItem(spec.title, self.navigation)
            self.stack.addWidget(QWidget())  # replaced by the page when first shown
        self.navigation.setMaximumWidth(220)
        self.navigation.currentRowChanged.connect(self._on_row_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_menus()
        self.statusBar().showMessage(f"Database: {services.database_path}")
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.data_safety = DataSafetyActions(self, lambda: self.services, self.replace_services)
        self.data_safety.add_to_file_menu(file_menu)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(spec.title, self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_page(row))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.data_safety.add_to_help_menu(help_menu)

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
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            if showing:
                self.stack.setCurrentIndex(row)
            self._built[key] = page
        return self._built[key]

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
        self.specs = page_specs(services)
        current = self.stack.currentIndex()
        for key in list(self._built):
            row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
            old = self._built.pop(key)
            self.stack.insertWidget(row, QWidget())
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

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<p><b>{APP_NAME}</b> {__version__}</p>"
            "<p>Plain-English briefings for councillors, who are the corporate parents of "
            "every child in their council's care and every young person leaving it.</p>"
            f"<p>Your data is kept on this computer in {self.services.database_path}.</p>",
        )

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
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.setValue(PAGE_KEY, self.navigation.currentRow())
        self.settings.sync()
        super().closeEvent(event)
