"""Text size and colours for the whole window (View menu), and the user guide (F1).

The choices themselves live in ``ui/appearance.py``; this applies them, remembers them
and keeps the page list and tables fitting their text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, QTimer
from PySide6.QtWidgets import QDialog, QTableView

from briefing_app.domain.errors import NotFoundError
from briefing_app.ui.appearance import Appearance, apply_appearance
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.window.base import WindowBase

if TYPE_CHECKING:
    from briefing_app.ui.dialogs.help_window import HelpWindow


class DisplayMixin(WindowBase):
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
