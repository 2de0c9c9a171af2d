"""The user guide (Help > User guide, F1), opened at the topic of the page on show."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from briefing_app.domain.errors import NotFoundError
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.window.action import window_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from briefing_app.ui.dialogs.help_window import HelpWindow


class UserGuide:
    """The guide's window, made when first asked for and kept for the next time."""

    def __init__(self, window: QMainWindow, help_folder: Path, page_key: Callable[[], str]):
        self._window = window
        self._folder = help_folder
        self._page_key = page_key
        self._help: HelpWindow | None = None
        self.action = window_action(window, "&User guide", [], self.show)
        self.action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))

    def show(self) -> HelpWindow | None:
        """Open the user guide at the topic for the page on show."""
        # The guide and its window, only when asked for (about 95 ms).
        from briefing_app.ui.dialogs.help_window import HelpWindow
        from briefing_app.ui.help_guide import load_guide

        help_window = self._help
        if help_window is None:
            try:
                guide = load_guide(self._folder)
            except NotFoundError as error:
                show_user_error(self._window, "The user guide could not be opened", error)
                return None
            help_window = self._help = HelpWindow(guide, self._window)
        topic = help_window.guide.topic_for_page(self._page_key())
        if topic is not None:
            help_window.show_topic(topic)
        help_window.show()
        help_window.raise_()
        help_window.activateWindow()
        return help_window
