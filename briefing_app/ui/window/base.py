"""What the parts of the main window know of each other, for the type checker.

``MainWindow`` (``ui/main_window.py``) is put together from one mixin per responsibility:
menus (``menus.py``), importing and dropped files (``importing.py``), text size, colours
and help (``display.py``), and meetings, committee mode and search (``meetings.py``).
Each mixin is written against ``WindowBase``, which names what the window and the other
mixins provide. At run time ``WindowBase`` is plain ``object``: the mixins add no Qt
class of their own, and ``MainWindow`` is an ordinary QMainWindow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from abc import abstractmethod

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QListWidget, QMainWindow, QStackedWidget, QWidget

    from briefing_app.services.opening.container import Services
    from briefing_app.ui.appearance import Appearance
    from briefing_app.ui.data_safety import DataSafetyActions
    from briefing_app.ui.dialogs.help_window import HelpWindow
    from briefing_app.ui.dialogs.import_report import ReportImporter
    from briefing_app.ui.pages.registry import PageSpec

    class WindowBase(QMainWindow):
        services: Services
        settings: QSettings
        appearance: Appearance
        specs: list[PageSpec]
        navigation: QListWidget
        stack: QStackedWidget
        committee_window: QWidget | None
        data_safety: DataSafetyActions
        import_action: QAction
        committee_action: QAction
        larger_text_action: QAction
        smaller_text_action: QAction
        normal_text_action: QAction
        high_contrast_action: QAction
        _built: dict[str, QWidget]
        _help: HelpWindow | None
        _importer: ReportImporter | None

        # The pages (main_window.py)
        @abstractmethod
        def show_page(self, row: int) -> None: ...
        @abstractmethod
        def show_page_by_key(self, key: str) -> QWidget: ...
        @abstractmethod
        def current_key(self) -> str: ...
        @abstractmethod
        def refresh_pages(self) -> None: ...
        @abstractmethod
        def replace_services(self, services: Services) -> None: ...

        # Importing (importing.py)
        @abstractmethod
        def importer(self) -> ReportImporter: ...
        @abstractmethod
        def import_figures(self) -> None: ...

        # Text size, colours and help (display.py)
        @abstractmethod
        def larger_text(self) -> None: ...
        @abstractmethod
        def smaller_text(self) -> None: ...
        @abstractmethod
        def normal_text_size(self) -> None: ...
        @abstractmethod
        def set_high_contrast(self, on: bool) -> None: ...
        @abstractmethod
        def open_display_settings(self) -> None: ...
        @abstractmethod
        def show_help(self) -> HelpWindow | None: ...
        @abstractmethod
        def _fit_navigation(self) -> None: ...

        # Meetings, committee mode and search (meetings.py)
        @abstractmethod
        def start_committee_mode(self, meeting_id: int | None = None) -> QWidget | None: ...
        @abstractmethod
        def open_search(self) -> QWidget: ...
        @abstractmethod
        def open_paragraph(self, report_id: int | None, paragraph: int) -> None: ...
        @abstractmethod
        def _on_meeting_changed(self, meeting_id: int) -> None: ...

else:
    WindowBase = object
