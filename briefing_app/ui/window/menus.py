"""The main window's menus and toolbar, put together from the actions of its parts, and the
menu commands that are only a step to a page: Find in reports (Ctrl+F), Build a briefing
pack (Ctrl+P), the training commands, and Help > About."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from briefing_app import APP_NAME, __version__
from briefing_app.ui.data_safety import DataSafetyActions
from briefing_app.ui.window.action import window_action
from briefing_app.ui.window.briefing import BriefingFiles
from briefing_app.ui.window.display import Display
from briefing_app.ui.window.guide import UserGuide
from briefing_app.ui.window.importing import Importing
from briefing_app.ui.window.meetings import Meetings
from briefing_app.ui.window.pages import PageStack
from briefing_app.ui.window.workspaces import Workspaces

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from briefing_app.ui.pages.training import TrainingPage

TrainingCommand = Callable[["TrainingPage"], None]
# The Training page's commands that the File menu offers too.
TRAINING_COMMANDS: tuple[tuple[str, TrainingCommand], ...] = (
    ("Record a training &session…", lambda page: page.record_attendance()),
    ("&Import training attendance…", lambda page: page.import_attendance()),
    ("Import &councillors…", lambda page: page.import_members()),
    ("&Export training compliance…", lambda page: page.export_compliance()),
)


def add_menus(
    window: QMainWindow,
    *,
    pages: PageStack,
    display: Display,
    guide: UserGuide,
    importing: Importing,
    workspaces: Workspaces,
    meetings: Meetings,
    data_safety: DataSafetyActions,
    briefing: BriefingFiles,
    watch: QAction,
    database_path: Callable[[], Path],
) -> list[QAction]:
    """The File, Edit, View and Help menus and the meeting toolbar, holding the actions of
    the window's parts. Returns the officers' tools among them (importing, publishing,
    training records, backups), which a read-only briefing does not offer."""
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction(workspaces.council_action)
    file_menu.addAction(workspaces.demonstration_action)
    file_menu.addAction(briefing.open_action)
    file_menu.addAction(briefing.notes_action)
    file_menu.addAction(watch)
    file_menu.addSeparator()
    officer_tools = [
        importing.import_action,
        importing.folder_action,
        importing.statistics_action,
        importing.figures_action,
        *(
            window_action(window, text, [], partial(on_training_page, pages, command))
            for text, command in TRAINING_COMMANDS
        ),
    ]
    file_menu.addActions(officer_tools)
    file_menu.addSeparator()
    pack_action = window_action(
        window, "&Build a briefing pack…", [], lambda: show_pack_builder(pages)
    )
    pack_action.setShortcut(QKeySequence.StandardKey.Print)
    file_menu.addAction(pack_action)
    file_menu.addAction(briefing.publish_action)
    file_menu.addSeparator()
    data_safety.add_to_file_menu(file_menu)
    officer_tools += [data_safety.back_up_now, data_safety.restore, briefing.publish_action]
    quit_action = window_action(window, "&Quit", ["Ctrl+Q"], window.close)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_action)

    edit_menu = window.menuBar().addMenu("&Edit")
    find = window_action(window, "&Find in reports…", [], partial(find_in_reports, pages))
    find.setShortcut(QKeySequence.StandardKey.Find)
    edit_menu.addAction(find)
    edit_menu.addAction(meetings.search_action)

    toolbar = window.addToolBar("Meeting")
    toolbar.setObjectName("meeting_toolbar")
    toolbar.setAccessibleName("Meeting toolbar")
    toolbar.addAction(meetings.committee_action)
    toolbar.addAction(meetings.search_action)

    view_menu = window.menuBar().addMenu("&View")
    view_menu.addAction(meetings.committee_action)
    view_menu.addSeparator()
    for row, spec in enumerate(pages.specs):
        shortcuts = [f"Ctrl+{row + 1}"] if row < 9 else []
        view_menu.addAction(
            window_action(window, spec.title, shortcuts, partial(pages.show_row, row))
        )
    view_menu.addSeparator()
    view_menu.addAction(display.larger_text_action)
    view_menu.addAction(display.smaller_text_action)
    view_menu.addAction(display.normal_text_action)
    view_menu.addSeparator()
    view_menu.addAction(display.high_contrast_action)
    view_menu.addAction(display.settings_action)

    help_menu = window.menuBar().addMenu("&Help")
    help_menu.addAction(guide.action)
    data_safety.add_to_help_menu(help_menu)
    help_menu.addSeparator()
    help_menu.addAction(
        window_action(window, "&About", [], lambda: show_about(window, database_path()))
    )
    return officer_tools


def find_in_reports(pages: PageStack) -> None:
    """Ctrl+F: the Inspection findings page, ready to search."""
    # Its page's class, loaded with the page, not with the window (about 70 ms).
    from briefing_app.ui.pages.findings import FindingsPage

    page = pages.show_as("findings", FindingsPage)
    if page is not None:
        page.focus_search()


def show_pack_builder(pages: PageStack) -> None:
    """Ctrl+P: the Briefing packs page, ready to build."""
    # Its page's class, loaded with the page, not with the window (about 230 ms).
    from briefing_app.ui.pages.packs import PackBuilderPage

    page = pages.show_as("packs", PackBuilderPage)
    if page is not None:
        page.build_button.setFocus()


def on_training_page(pages: PageStack, command: TrainingCommand) -> None:
    """Show the Training page and carry out one of its commands there."""
    # Its page's class, loaded with the page, not with the window (about 90 ms).
    from briefing_app.ui.pages.training import TrainingPage

    page = pages.show_as("training", TrainingPage)
    if page is not None:
        command(page)


def show_about(window: QMainWindow, database_path: Path) -> None:
    # Only when the box is shown: the boxes' module and Qt's QMessageBox class.
    from PySide6.QtWidgets import QMessageBox

    from briefing_app.ui.widgets.message_boxes import message_box

    box = message_box(
        QMessageBox.Icon.Information,
        f"About {APP_NAME}",
        f"<p><b>{APP_NAME}</b> {__version__}</p>"
        "<p>Plain-English briefings for councillors, who are the corporate parents of "
        "every child in their council's care and every young person leaving it.</p>"
        f"<p>Your data is kept on this computer in {html.escape(str(database_path))}.</p>",
        window,
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    icon = window.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.exec()
