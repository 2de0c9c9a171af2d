"""Text size and colours for the whole window (the View menu).

The choices themselves live in ``ui/appearance.py``; this applies them, remembers them
and keeps the page list and tables fitting their text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QSignalBlocker, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QTableView

from briefing_app.ui.appearance import Appearance, apply_appearance
from briefing_app.ui.window.action import window_action


class Display:
    """The reader's text size and colours, and the View menu's actions that change them."""

    def __init__(
        self,
        window: QMainWindow,
        appearance: Appearance,
        settings: QSettings,
        resources: Path,
        fit_navigation: Callable[[], None],
    ) -> None:
        self._window = window
        self.appearance = appearance
        self._settings = settings
        self._resources = resources
        self._fit_navigation = fit_navigation
        self.larger_text_action = window_action(
            window, "&Larger text", ["Ctrl++", "Ctrl+="], self.larger_text
        )
        self.smaller_text_action = window_action(
            window, "&Smaller text", ["Ctrl+-"], self.smaller_text
        )
        self.normal_text_action = window_action(
            window, "&Normal text size", ["Ctrl+0"], self.normal_text_size
        )
        self.high_contrast_action = QAction("&High-contrast colours", window)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(appearance.high_contrast)
        self.high_contrast_action.toggled.connect(self.set_high_contrast)
        self.settings_action = window_action(
            window, "&Text and colours...", [], self.open_display_settings
        )

    def set_appearance(self, appearance: Appearance) -> None:
        """Apply new display choices to every page, and remember them."""
        if appearance == self.appearance:
            return
        self.appearance = appearance
        apply_appearance(appearance, self._resources)
        appearance.save(self._settings)
        self._settings.sync()
        with QSignalBlocker(self.high_contrast_action):
            self.high_contrast_action.setChecked(appearance.high_contrast)
        self._fit_navigation()
        QTimer.singleShot(0, self._measure_table_rows)
        contrast = "high-contrast colours" if appearance.high_contrast else "usual colours"
        self._window.statusBar().showMessage(
            f"Text size {appearance.text_size}%, {contrast}.", 5000
        )

    def _measure_table_rows(self) -> None:
        """Tables of wrapped text need their rows measured again at a new text size."""
        for view in self._window.findChildren(QTableView):
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
        # The dialog, only when it is opened (about 8 ms).
        from briefing_app.ui.dialogs.display_settings import DisplaySettingsDialog

        dialog = DisplaySettingsDialog(self.appearance, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_appearance(dialog.appearance())
