"""The main window: a list of pages on the left, the chosen page on the right.

Pages are built the first time they are shown, so start-up pays only for the first one.
The View menu holds the text size and high-contrast colours (``ui/appearance.py``), which
apply to every page; Help > User guide (F1) opens the guide at the current page's topic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSignalBlocker, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QWidget,
)

from briefing_app import APP_NAME, __version__
from briefing_app.domain.errors import NotFoundError
from briefing_app.services.container import Services
from briefing_app.ui.appearance import Appearance, apply_appearance
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.message_boxes import message_box

if TYPE_CHECKING:
    from briefing_app.ui.dialogs.help_window import HelpWindow

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
        # The text size and colours first, so that every widget is made with them.
        appearance = Appearance.load(settings)
        apply_appearance(appearance, services.paths.resources)
        super().__init__()
        self.appearance = appearance
        self.services = services
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)

        self.specs = page_specs(services)
        self._built: dict[str, QWidget] = {}
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

        self._build_menus()
        self.statusBar().showMessage(f"Database: {services.database_path}")
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(spec.title, self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_page(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.larger_text_action = self._add_action(
            view_menu, "&Larger text", ["Ctrl++", "Ctrl+="], self.larger_text
        )
        self.smaller_text_action = self._add_action(
            view_menu, "&Smaller text", ["Ctrl+-"], self.smaller_text
        )
        self.normal_text_action = self._add_action(
            view_menu, "&Normal text size", ["Ctrl+0"], self.normal_text_size
        )
        view_menu.addSeparator()
        self.high_contrast_action = QAction("&High-contrast colours", self)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.appearance.high_contrast)
        self.high_contrast_action.toggled.connect(self.set_high_contrast)
        view_menu.addAction(self.high_contrast_action)
        self._add_action(view_menu, "&Text and colours...", [], self.open_display_settings)

        help_menu = self.menuBar().addMenu("&Help")
        guide = self._add_action(help_menu, "&User guide", [], self.show_help)
        guide.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
        help_menu.addSeparator()
        self._add_action(help_menu, "&About", [], self._about)

    def _add_action(
        self, menu: QMenu, text: str, shortcuts: list[str], slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- text size and colours -----------------------------------------------------------

    def set_appearance(self, appearance: Appearance) -> None:
        """Apply new display choices to every page, and remember them."""
        if appearance == self.appearance:
            return
        self.appearance = appearance
        apply_appearance(appearance, self.services.paths.resources)
        appearance.save(self.settings)
        self.settings.sync()
        with QSignalBlocker(self.high_contrast_action):
            self.high_contrast_action.setChecked(appearance.high_contrast)
        self._fit_navigation()
        QTimer.singleShot(0, self._measure_table_rows)
        contrast = "high-contrast colours" if appearance.high_contrast else "usual colours"
        self.statusBar().showMessage(f"Text size {appearance.text_size}%, {contrast}.", 5000)

    def _measure_table_rows(self) -> None:
        """Tables of wrapped text need their rows measured again at a new text size."""
        for view in self.findChildren(QTableView):
            if view.wordWrap():
                view.resizeRowsToContents()

    def larger_text(self) -> None:
        self.set_appearance(self.appearance.larger())

    def smaller_text(self) -> None:
        self.set_appearance(self.appearance.smaller())

    def normal_text_size(self) -> None:
        self.set_appearance(self.appearance.normal_size())

    def set_high_contrast(self, on: bool) -> None:
        self.set_appearance(replace(self.appearance, high_contrast=on))

    def open_display_settings(self) -> None:
        from briefing_app.ui.dialogs.display_settings import DisplaySettingsDialog

        dialog = DisplaySettingsDialog(self.appearance, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_appearance(dialog.appearance())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_navigation()

    def _fit_navigation(self) -> None:
        """Size the page list for its titles at the current text size (long ones wrap)."""
        metrics = self.navigation.fontMetrics()
        widest = max((metrics.horizontalAdvance(spec.title) for spec in self.specs), default=0)
        scroll_bar = self.navigation.verticalScrollBar().sizeHint().width()
        margin = scroll_bar + 2 * metrics.averageCharWidth()
        self.navigation.setMaximumWidth(min(widest, 24 * metrics.averageCharWidth()) + margin)
        self.navigation.setMinimumWidth(min(widest, 10 * metrics.averageCharWidth()) + margin)

    # -- help ------------------------------------------------------------------------

    def show_help(self) -> HelpWindow | None:
        """Open the user guide at the topic for the page on show."""
        from briefing_app.ui.dialogs.help_window import HelpWindow
        from briefing_app.ui.help_guide import load_guide

        help_window = self._help
        if help_window is None:
            try:
                guide = load_guide(self.services.paths.resources / "help")
            except NotFoundError as error:
                show_user_error(self, "The user guide could not be opened", error)
                return None
            help_window = self._help = HelpWindow(guide, self)
        topic = help_window.guide.topic_for_page(self.current_key())
        if topic is not None:
            help_window.show_topic(topic)
        help_window.show()
        help_window.raise_()
        help_window.activateWindow()
        return help_window

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

    def refresh_pages(self) -> None:
        """Reload the pages already built, after the database's contents have changed."""
        for page in self._built.values():
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def _about(self) -> None:
        box = message_box(
            QMessageBox.Icon.Information,
            f"About {APP_NAME}",
            f"<p><b>{APP_NAME}</b> {__version__}</p>"
            "<p>Plain-English briefings for councillors, who are the corporate parents of "
            "every child in their council's care and every young person leaving it.</p>"
            f"<p>Your data is kept on this computer in {self.services.database_path}.</p>",
            self,
        )
        icon = self.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.exec()

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
