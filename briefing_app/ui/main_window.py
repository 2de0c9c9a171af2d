"""The main window: a list of pages on the left, the chosen page on the right.

The window is put together from small parts, one per responsibility, in ``ui/window/``:
the pages (``pages.py``), text size and colours (``display.py``), the user guide
(``guide.py``), importing (``importing.py``), meetings with committee mode and search
(``meetings.py``), and the menus that hold their actions (``menus.py``). Backups, restore
and diagnostics are ``ui/data_safety.py``. The window itself only lays them out,
remembers its place, and hands on what happens to it as a whole (a dropped file, a change
of font, closing).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from briefing_app import APP_NAME
from briefing_app.services.opening.container import Services
from briefing_app.ui.appearance import Appearance, apply_appearance
from briefing_app.ui.data_safety import DataSafetyActions
from briefing_app.ui.pages.registry import PageLinks, page_specs
from briefing_app.ui.plain_text import show_labels_as_plain_text
from briefing_app.ui.widgets.workspace_banner import WorkspaceBanner
from briefing_app.ui.window.briefing import BriefingFiles, dropped_briefing
from briefing_app.ui.window.briefing_watch import BriefingWatch
from briefing_app.ui.window.display import Display
from briefing_app.ui.window.guide import UserGuide
from briefing_app.ui.window.importing import Importing, dropped_report, dropped_reports
from briefing_app.ui.window.meetings import Meetings
from briefing_app.ui.window.menus import add_menus
from briefing_app.ui.window.pages import PageStack
from briefing_app.ui.window.workspaces import Workspaces

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"


class MainWindow(QMainWindow):
    def __init__(
        self, services: Services, settings: QSettings, *, notes: Path | None = None
    ) -> None:
        # The text size and colours first, so that every widget is made with them.
        appearance = Appearance.load(settings)
        apply_appearance(appearance, services.paths.resources)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            show_labels_as_plain_text(app)
        super().__init__()
        self._services = services
        self.settings = settings
        self.setAccessibleName(APP_NAME)

        # What pages ask of the window goes to the meetings part, made just below.
        self._links = PageLinks(
            open_paragraph=lambda report, paragraph: self.meetings.open_paragraph(
                report, paragraph
            ),
            start_committee_mode=lambda meeting: self.meetings.start_committee_mode(meeting),
            meeting_changed=lambda meeting: self.meetings.on_meeting_changed(meeting),
        )
        self.pages = PageStack(page_specs(services, self._links))
        self.pages.officer_tools = services.officer_tools
        self.meetings = Meetings(self, lambda: self.services, settings, self.pages)
        resources = services.paths.resources
        self.display = Display(self, appearance, settings, resources, self.pages.fit_navigation)
        self.guide = UserGuide(self, resources / "help", self.pages.current_key)
        self.importing = Importing(self, lambda: self.services, self.pages)
        self.data_safety = DataSafetyActions(self, lambda: self.services, self.replace_services)
        self.workspaces = Workspaces(
            self, lambda: self.services, self.switch_workspace, lambda: self.importing.busy
        )
        self.briefing = BriefingFiles(self, lambda: self.services, self.switch_workspace, notes)
        self.watch = BriefingWatch(self, settings, lambda: self.services, self.briefing.open_file)
        # Above every page: says when the demonstration is open, with the way out of it.
        self.banner = WorkspaceBanner()
        self.banner.setUpRequested.connect(self.workspaces.choose_council)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages.navigation)
        layout.addWidget(self.pages.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        # The banner is above the page list: Tab reaches it just before the list.
        QWidget.setTabOrder(self.banner.set_up, self.pages.navigation)
        self._officer_tools = add_menus(
            self,
            pages=self.pages,
            display=self.display,
            guide=self.guide,
            importing=self.importing,
            workspaces=self.workspaces,
            meetings=self.meetings,
            data_safety=self.data_safety,
            briefing=self.briefing,
            watch=self.watch.action,
            database_path=lambda: self.services.database_path,
        )
        self.setAcceptDrops(True)
        self._show_workspace()
        self._restore()

    @property
    def services(self) -> Services:
        return self._services

    def replace_services(self, services: Services) -> None:
        """Use new services (e.g. after a restore): every page is built again from them."""
        self._services = services
        self.pages.officer_tools = services.officer_tools
        self.pages.replace(page_specs(services, self._links))
        self._show_workspace()

    def switch_workspace(self, services: Services) -> None:
        """Put the window on another workspace's services; the one left is closed,
        unchanged (its pages' work finished first)."""
        self.meetings.close_committee_mode()
        self.pages.wait_for_background_work()
        left = self._services
        self.importing.reset()
        self.replace_services(services)
        left.close()

    def _show_workspace(self) -> None:
        """Say whose data is shown: in the title, and (for the demonstration) in the banner
        above every page."""
        council = self._services.council
        briefing = self._services.briefing
        read_only = " (briefing, read-only)" if briefing is not None else ""
        self.setWindowTitle(f"{council.short_label()}{read_only} — {APP_NAME}")
        self.banner.show_notice(council.demonstration_notice())
        self.workspaces.demonstration_action.setEnabled(not council.is_demonstration())
        # Officers' tools only where the data can be changed: never on a briefing file.
        for action in self._officer_tools:
            action.setVisible(self._services.officer_tools)
            action.setEnabled(self._services.officer_tools)
        self.briefing.show_state()
        if briefing is not None:
            where = f"Briefing: {self._services.database_path} ({briefing.describe()})"
        else:
            where = f"Database: {self._services.database_path}"
        self.statusBar().showMessage(where)

    # -- what happens to the window as a whole ----------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.pages.fit_navigation()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if dropped_briefing(urls) is not None or (
            self._services.officer_tools
            and (dropped_report(urls) is not None or bool(dropped_reports(urls)))
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        briefing = dropped_briefing(urls)
        if briefing is not None:
            event.acceptProposedAction()
            self.briefing.open_file(briefing)
            return
        if not self._services.officer_tools:
            event.ignore()
            return
        path, batch = dropped_report(urls), dropped_reports(urls)
        if path is None and not batch:
            event.ignore()
            return
        event.acceptProposedAction()
        if path is not None:
            self.importing.import_report(path)
        else:
            self.importing.import_reports(batch)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.meetings.close_committee_mode()
        self.importing.wait_for_background_work()
        self.pages.wait_for_background_work()
        self.importing.wait_for_background_work()
        self._remember(GEOMETRY_KEY, self.saveGeometry())
        self._remember(STATE_KEY, self.saveState())
        self._remember(PAGE_KEY, self.pages.current_row())
        self.settings.sync()
        super().closeEvent(event)

    # -- where the window was ---------------------------------------------------------

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
        self.pages.show_row(row if 0 <= row < len(self.pages.specs) else 0)

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
