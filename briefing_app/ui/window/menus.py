"""The main window's menus and toolbar, and the menu commands that are only a step to a
page: Find in reports (Ctrl+F), Build a briefing pack (Ctrl+P), and Help > About."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from briefing_app import APP_NAME, __version__
from briefing_app.ui.data_safety import DataSafetyActions
from briefing_app.ui.window.base import WindowBase


class MenusMixin(WindowBase):
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
            ("Import &councillors…", "import_members"),
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

        search_action = QAction("&Search reports, questions, answers and actions…", self)
        search_action.setIconText("Search everything")
        search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        search_action.setToolTip(
            "Search the reports' findings, the questions, and the answers and actions "
            "recorded at meetings (Ctrl+Shift+F)"
        )
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

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from briefing_app.ui.widgets.message_boxes import message_box

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
