"""Watching a folder for briefing files: File > Watch a folder for briefings….

Councils already move files to members' laptops (a SharePoint or OneDrive library synced
to a folder, for instance). The app watches the folder chosen (a setting; no network code
of its own) and, when a newer briefing file for the council arrives, offers to open it.
A file still being copied fails its checksum and is offered once it is whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QTimer

from briefing_app.services.opening.container import Services
from briefing_app.ui.window.action import window_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

WATCH_KEY = "briefing/watch_folder"
# How long after the folder changes it is looked at: a synced file arrives in pieces.
SETTLE_MS = 1500


class BriefingWatch(QObject):
    """Watches the folder in the settings; ``open_file`` opens a briefing offered."""

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        services: Callable[[], Services],
        open_file: Callable[[Path], bool],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._services = services
        self._open_file = open_file
        self._offered: set[Path] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.look)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _folder: self._timer.start())
        self.action = window_action(window, "&Watch a folder for briefings…", [], self.choose)
        self.action.setStatusTip(
            "Choose a folder (a synced SharePoint or OneDrive library, for instance) where "
            "new briefing files arrive; the app offers each newer one"
        )
        self.watch(self.folder())

    def folder(self) -> Path | None:
        value = self._settings.value(WATCH_KEY, "")
        return Path(str(value)) if value else None

    def watch(self, folder: Path | None) -> None:
        """Watch ``folder`` (None: none) from now on, and keep it in the settings."""
        for held in self._watcher.directories():
            self._watcher.removePath(held)
        if folder is None:
            self._settings.remove(WATCH_KEY)
            return
        self._settings.setValue(WATCH_KEY, str(folder))
        if folder.is_dir():
            self._watcher.addPath(str(folder))

    def choose(self) -> None:
        # Only when a folder is chosen: Qt's file dialog class.
        from PySide6.QtWidgets import QFileDialog

        start = self.folder() or Path.home()
        chosen = QFileDialog.getExistingDirectory(
            self._window, "Watch a folder for briefings", str(start)
        )
        if chosen:
            self.watch(Path(chosen))
            self._window.statusBar().showMessage(
                f"Watching {chosen}: a newer briefing for your council is offered when it arrives."
            )
            self.look()

    def newest(self) -> Path | None:
        """The newest briefing file in the folder for the council open, newer than the
        briefing open (if one is), not offered before."""
        # Only when the folder changes: reading briefing files (about 5 ms).
        from briefing_app.services.opening.briefing import newest_briefing

        folder = self.folder()
        if folder is None:
            return None
        services = self._services()
        council = services.council.workspace().council.old_code
        newer_than = services.briefing.published_at if services.briefing else None
        found = newest_briefing(folder, council, newer_than)
        if found is None or found[0] in self._offered:
            return None
        return found[0]

    def look(self) -> None:
        """Offer the newest briefing file for the council, if a new one has arrived."""
        # Only when one is offered (about 3 ms).
        from briefing_app.ui.widgets.message_boxes import ask

        path = self.newest()
        if path is None:
            return
        self._offered.add(path)
        if ask(
            self._window,
            "A new briefing has arrived",
            f"{path.name} arrived in {path.parent}. Open it now? Your notes find their "
            "place in it.",
            default_yes=True,
        ):
            self._open_file(path)
