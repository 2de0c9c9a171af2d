"""Importing the DfE's open data files from the window: File > Import DfE statistics.

Reading the files (the slow part: a release is about 20 MB) runs on a worker thread with
a progress dialog, so the window stays responsive; it writes nothing. Saving (a backup,
then one transaction for every file) runs on the UI thread once every file has been read
and found sound: the files are imported all together or not at all, and the message says
which years were added and which replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.progress import ProgressCallback
from briefing_app.domain.statistics import StatisticsFile
from briefing_app.services.statistics import StatisticsImport, StatisticsService
from briefing_app.ui.background import BackgroundTask, report_bug
from briefing_app.ui.busy import busy
from briefing_app.ui.dialogs.import_progress import close_progress, import_progress, show_progress
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.message_boxes import message_box

TITLE = "Import DfE statistics"
FILE_FILTER = "DfE open data (*.csv *.csv.gz);;All files (*)"
_NOT_IMPORTED = "The DfE statistics were not imported"


class StatisticsImporter(QObject):
    """Drives one import of DfE files at a time for the main window."""

    imported = Signal(object)  # StatisticsImport
    finished = Signal()

    def __init__(self, service: StatisticsService, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._parent = parent
        self._task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.cancelled = False
        self.last_message = ""

    @property
    def busy(self) -> bool:
        return self._task is not None

    def choose_and_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self._parent, "Import the DfE's open data files", "", FILE_FILTER
        )
        if names:
            self.start([Path(name) for name in names])

    def start(self, paths: Sequence[Path]) -> bool:
        """Begin reading ``paths``; False if an import is already running."""
        if self.busy:
            return False
        self.cancelled = False
        self.progress = import_progress(
            "Reading the DfE's files…", TITLE, "Cancel the import", self._parent
        )
        self.progress.canceled.connect(self._on_cancel)
        service = self._service
        service.catalogue  # noqa: B018  (read here, on the UI thread, before the work starts)
        files = list(paths)

        def read(progress: ProgressCallback) -> list[StatisticsFile]:
            return service.read(files, progress)

        self._task = BackgroundTask(
            read,
            parent=self,
            on_progress=self._on_progress,
            on_success=self._on_read,
            on_failure=self._on_failed,
            on_finished=self.finished.emit,
        )
        self._task.start()
        return True

    def wait(self) -> None:
        """Let a running read finish (the window is closing)."""
        if self._task is not None:
            self._task.wait()

    def _on_progress(self, share: float, message: str) -> None:
        show_progress(self.progress, share, message)

    def _on_cancel(self) -> None:
        self.cancelled = True

    def _reading_done(self) -> None:
        self._task = None
        close_progress(self.progress)
        self.progress = None

    def _on_failed(self, error: Exception) -> None:
        self._reading_done()
        if isinstance(error, BriefingError):
            show_user_error(self._parent, _NOT_IMPORTED, error)
        else:
            report_bug(error)

    def _on_read(self, files: list[StatisticsFile]) -> None:
        self._reading_done()
        if self.cancelled:
            return
        try:
            with busy():
                result = self._service.save(files)
        except BriefingError as error:
            show_user_error(self._parent, _NOT_IMPORTED, error)
            return
        self.last_message = result.message
        box = message_box(QMessageBox.Icon.Information, TITLE, result.message, self._parent)
        box.setAccessibleName(
            "The DfE statistics were imported"
            if result.plan.changes_anything
            else "Nothing was changed"
        )
        self.imported.emit(result)
        box.exec()


def imported_message(result: StatisticsImport) -> str:
    """One line for the status bar."""
    return result.message.split(". ")[0] + "."
