"""The main window: a list of pages on the left, the chosen page on the right.

Pages are built the first time they are shown, so start-up pays only for the first one.
The View menu holds the text size and high-contrast colours (``ui/appearance.py``), which
apply to every page; Help > User guide (F1) opens the guide at the current page's topic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSignalBlocker, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
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
from briefing_app.ui.data_safety import DataSafetyActions
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.message_boxes import inform, message_box

if TYPE_CHECKING:
    from briefing_app.services.report_import import ImportResult
    from briefing_app.ui.dialogs.help_window import HelpWindow
    from briefing_app.ui.dialogs.import_report import ReportImporter
    from briefing_app.ui.pages.meetings import MeetingsPage

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    build: Callable[[], QWidget]


OpenParagraph = Callable[[int | None, int], None]


def page_specs(services: Services, open_paragraph: OpenParagraph | None = None) -> list[PageSpec]:
    """The pages in navigation order. Each page imports its module only when first shown.

    ``open_paragraph(report_id, paragraph)`` shows a paragraph on the Inspection findings
    page; pages that link to findings are given it.
    """

    def overview() -> QWidget:
        from briefing_app.ui.pages.overview import OverviewPage

        return OverviewPage(services.reports)

    def findings() -> QWidget:
        from briefing_app.ui.pages.findings import FindingsPage

        return FindingsPage(services.reports, services.glossary.glossary())

    def children_in_care() -> QWidget:
        from briefing_app.domain.outcomes import Audience
        from briefing_app.ui.pages.outcomes import OutcomesPage

        return OutcomesPage(
            services.outcomes,
            Audience.CHILDREN_IN_CARE,
            open_paragraph,
            services.glossary.glossary(),
        )

    def care_leavers() -> QWidget:
        from briefing_app.domain.outcomes import Audience
        from briefing_app.ui.pages.outcomes import OutcomesPage

        return OutcomesPage(
            services.outcomes, Audience.CARE_LEAVERS, open_paragraph, services.glossary.glossary()
        )

    def questions() -> QWidget:
        from briefing_app.ui.pages.questions import QuestionsPage

        return QuestionsPage(services.scrutiny, services.meetings, services.glossary)

    def meetings() -> QWidget:
        from briefing_app.ui.pages.meetings import MeetingsPage

        return MeetingsPage(services.meetings, services.records)

    def actions() -> QWidget:
        from briefing_app.ui.pages.actions import ActionsPage

        return ActionsPage(services.actions)

    def training() -> QWidget:
        from briefing_app.ui.pages.training import TrainingPage

        return TrainingPage(services.training)

    def packs() -> QWidget:
        from briefing_app.ui.pages.packs import PackBuilderPage

        settings = QSettings(str(services.paths.settings_file), QSettings.Format.IniFormat)
        return PackBuilderPage(services.packs, settings)

    return [
        PageSpec("overview", "Overview", overview),
        PageSpec("findings", "Inspection findings", findings),
        PageSpec("children-in-care", "Children in care", children_in_care),
        PageSpec("care-leavers", "Care leavers", care_leavers),
        PageSpec("questions", "Scrutiny questions", questions),
        PageSpec("meetings", "Meetings", meetings),
        PageSpec("actions", "Actions", actions),
        PageSpec("training", "Training", training),
        PageSpec("packs", "Briefing packs", packs),
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

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = QAction("&Import report…", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            "Import an Ofsted inspection report of children's services, from its PDF or text"
        )
        self.import_action.triggered.connect(lambda: self.importer().choose_and_import())
        file_menu.addAction(self.import_action)
        import_figures = QAction("&Import indicator figures…", self)
        import_figures.setShortcut(QKeySequence("Ctrl+Shift+I"))
        import_figures.setStatusTip("Add or correct figures from a CSV file")
        import_figures.triggered.connect(self.import_figures)
        file_menu.addAction(import_figures)
        for text, method in (
            ("Record a training &session…", "record_attendance"),
            ("&Import training attendance…", "import_attendance"),
            ("&Export training compliance…", "export_compliance"),
        ):
            action = QAction(text, self)
            action.triggered.connect(
                lambda _checked=False, name=method: getattr(
                    self.show_page_by_key("training"), name
                )()
            )
            file_menu.addAction(action)
        file_menu.addSeparator()
        pack_action = QAction("&Build a briefing pack…", self)
        pack_action.setShortcut(QKeySequence.StandardKey.Print)
        pack_action.triggered.connect(self.show_pack_builder)
        file_menu.addAction(pack_action)
        file_menu.addSeparator()
        self.data_safety = DataSafetyActions(self, lambda: self.services, self.replace_services)
        self.data_safety.add_to_file_menu(file_menu)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        find = QAction("&Find in reports…", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_in_reports)
        edit_menu.addAction(find)

        search_action = QAction("&Search questions, answers and actions…", self)
        search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        search_action.triggered.connect(self.open_search)
        edit_menu.addAction(search_action)

        self.committee_action = QAction("&Committee mode", self)
        self.committee_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.committee_action.setToolTip("Run a meeting full screen, one question at a time (F11)")
        self.committee_action.triggered.connect(lambda: self.start_committee_mode())
        toolbar = self.addToolBar("Meeting")
        toolbar.setObjectName("meeting_toolbar")
        toolbar.setAccessibleName("Meeting toolbar")
        toolbar.addAction(self.committee_action)
        toolbar.addAction(search_action)

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.committee_action)
        view_menu.addSeparator()
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
        self.data_safety.add_to_help_menu(help_menu)
        help_menu.addSeparator()
        self._add_action(help_menu, "&About", [], self._about)

    # -- importing reports -------------------------------------------------------------

    def importer(self) -> ReportImporter:
        """The import controller, made on first use (it is not needed to start up)."""
        if self._importer is None:
            from briefing_app.ui.dialogs.import_report import ReportImporter

            self._importer = ReportImporter(self.services.imports, self)
            self._importer.imported.connect(self._on_imported)
            self._importer.finished.connect(lambda: self.import_action.setEnabled(True))
        return self._importer

    def import_report(self, path: Path) -> bool:
        """Import the report at ``path`` (from the menu or a dropped file)."""
        started = self.importer().start(Path(path))
        if started:
            self.import_action.setEnabled(False)
            self.statusBar().showMessage(f"Reading {Path(path).name}…")
        return started

    def _on_imported(self, result: ImportResult) -> None:
        from briefing_app.ui.dialogs.import_report import result_message

        self.refresh_pages()
        findings = self.show_page_by_key("findings")
        open_paragraph = getattr(findings, "open_paragraph", None)
        if callable(open_paragraph):
            open_paragraph(result.report_id, result.report.paragraph_range[0])
        self.statusBar().showMessage(result_message(result))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_report(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_report(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_report(path)

    def find_in_reports(self) -> None:
        page = self.show_page_by_key("findings")
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()

    def show_pack_builder(self) -> None:
        """Ctrl+P: the Briefing packs page, ready to build."""
        page = self.show_page_by_key("packs")
        button = getattr(page, "build_button", None)
        if isinstance(button, QWidget):
            button.setFocus()

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
            self._connect_page(key, page)
            self.stack.insertWidget(row, page)
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

    def _meetings_page(self) -> MeetingsPage | None:
        """The Meetings page if it has been built (it is built when first shown)."""
        from briefing_app.ui.pages.meetings import MeetingsPage

        page = self._built.get("meetings")
        return page if isinstance(page, MeetingsPage) else None

    def _on_meeting_changed(self, meeting_id: int) -> None:
        self.statusBar().showMessage("The question was added to the meeting.", 8000)
        page = self._meetings_page()
        if page is not None:
            page.select_meeting(meeting_id)

    # -- committee mode and search ---------------------------------------------------

    def start_committee_mode(self, meeting_id: int | None = None) -> QWidget | None:
        """Open committee mode for a meeting: the one chosen, or else the next one."""
        from briefing_app.ui.committee.window import CommitteeWindow

        if self.committee_window is not None:
            self.committee_window.raise_()
            self.committee_window.activateWindow()
            return self.committee_window
        if meeting_id is None:
            page = self._meetings_page()
            chosen = page.meeting if page is not None else None
            meeting = chosen or self.services.meetings.next_meeting()
            meeting_id = meeting.id if meeting is not None else None
        if meeting_id is None or not self.services.meetings.items(meeting_id):
            inform(
                self,
                "Prepare a meeting first",
                "Committee mode runs a meeting one question at a time. Create a meeting and "
                "choose its questions on the Meetings page first.",
            )
            self.show_page_by_key("meetings")
            return None
        window = CommitteeWindow(
            self.services.meetings,
            self.services.scrutiny,
            self.services.glossary,
            meeting_id,
            settings=self.settings,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._on_committee_closed)
        self.committee_window = window
        # The geometry first: without a window manager, full screen alone does not resize.
        window.setGeometry(self.screen().geometry())
        window.showFullScreen()
        window.activateWindow()
        return window

    def _on_committee_closed(self, meeting_id: int) -> None:
        self.committee_window = None
        self.refresh_pages()
        page = self._meetings_page()
        if page is not None:
            page.select_meeting(meeting_id)

    def open_search(self) -> QWidget:
        from briefing_app.ui.dialogs.search_dialog import SearchDialog

        dialog = SearchDialog(self.services.search, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.hitActivated.connect(self.go_to_hit)
        dialog.open()
        return dialog

    def go_to_hit(self, hit: object) -> None:
        """Show what a search found: a question, the meeting an answer was given at, an action."""
        from briefing_app.domain.search import SearchHit
        from briefing_app.ui.pages.actions import ActionsPage
        from briefing_app.ui.pages.meetings import MeetingsPage
        from briefing_app.ui.pages.questions import QuestionsPage

        if not isinstance(hit, SearchHit):
            return
        if hit.kind == "answer" and hit.meeting_id is not None:
            meetings = self.show_page_by_key("meetings")
            if isinstance(meetings, MeetingsPage):
                meetings.select_meeting(hit.meeting_id, hit.question_id)
        elif hit.kind == "action":
            actions = self.show_page_by_key("actions")
            if isinstance(actions, ActionsPage):
                actions.select_action(hit.ref)
        elif hit.question_id is not None:
            questions = self.show_page_by_key("questions")
            if isinstance(questions, QuestionsPage):
                questions.select_question(hit.question_id)

    def current_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def current_page(self) -> QWidget:
        return self.page(self.current_key())

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.page(self.specs[row].key)
            self.stack.setCurrentIndex(row)

    def open_paragraph(self, report_id: int | None, paragraph: int) -> None:
        """Show ``paragraph`` of the report ``report_id`` (the latest if None) on the
        Inspection findings page."""
        from briefing_app.ui.pages.findings import FindingsPage

        page = self.show_page_by_key("findings")
        if isinstance(page, FindingsPage):
            page.show_paragraph(report_id, paragraph)

    def import_figures(self) -> None:
        from pathlib import Path

        from briefing_app.ui.dialogs.import_figures import choose_and_import

        if choose_and_import(self, self.services.outcomes, Path.home()) is not None:
            self.refresh_pages()

    def replace_services(self, services: Services) -> None:
        """Use new services (e.g. after a restore): every page is built again from them."""
        self.services = services
        self.specs = page_specs(services, self.open_paragraph)
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
        if self.committee_window is not None:
            self.committee_window.close()
        for page in self._built.values():
            wait = getattr(page, "wait_for_background_work", None)
            if callable(wait):
                wait()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.setValue(PAGE_KEY, self.navigation.currentRow())
        self.settings.sync()
        super().closeEvent(event)


def _dropped_report(urls: list[QUrl]) -> Path | None:
    """The one local file dropped, if it could be a report (PDF or text)."""
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if len(files) != 1 or files[0].suffix.casefold() not in (".pdf", ".txt"):
        return None
    return files[0]
