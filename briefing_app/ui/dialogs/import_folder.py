"""Importing a folder of reports, or several files, from the window.

The whole batch runs off the window's thread, on a connection of its own
(``ReportBatch.run_on_own_connection``), with a progress dialog that says which file is
being read; Cancel stops it after the file being read (each report is saved whole or not
at all). Then a summary says what was imported, skipped as already held, and refused,
with the reason for each.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.progress import ProgressCallback
from briefing_app.services.report_batch import BatchResult, ReportBatch, report_files
from briefing_app.ui.background import BackgroundTask, report_bug
from briefing_app.ui.dialogs.import_progress import close_progress, import_progress, show_progress
from briefing_app.ui.widgets.message_boxes import button_box, message_box


class BatchSummaryDialog(QDialog):
    """What a batch did to each file, to read and copy."""

    def __init__(self, result: BatchResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reports imported")
        self.setAccessibleName("Reports imported")
        self.headline = QLabel(result.headline)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName("What the import did")
        self.details = QPlainTextEdit("\n".join(result.lines()[1:]))
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Each file and what became of it")
        buttons = button_box(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)


class FolderImporter(QObject):
    """Drives one batch at a time for the main window."""

    imported = Signal(object)  # BatchResult
    finished = Signal()

    def __init__(self, batch: ReportBatch, parent: QWidget) -> None:
        super().__init__(parent)
        self._batch = batch
        self._parent = parent
        self._task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.cancelled = False
        self.result: BatchResult | None = None
        # Tests answer the summary themselves; the window shows it.
        self.show_summary = True

    @property
    def busy(self) -> bool:
        return self._task is not None

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._parent, "Import every report in a folder", ""
        )
        if folder:
            self.start([Path(folder)])

    def start(self, paths: list[Path]) -> bool:
        """Begin importing the reports in ``paths`` (folders and files); False if a batch
        is already running or there is nothing to import."""
        if self.busy:
            return False
        files = report_files(paths)
        if not files:
            message_box(
                QMessageBox.Icon.Information,
                "No reports to import",
                "There is no PDF or text file in "
                + ", ".join(str(p) for p in paths)
                + ". Choose a folder that holds Ofsted reports.",
                self._parent,
            ).exec()
            return False
        self.cancelled, self.result = False, None
        self.progress = import_progress(
            f"Reading 1 of {len(files)}: {files[0].name}",
            "Importing reports",
            "Stop after the report being read; those read are kept",
            self._parent,
        )
        self.progress.canceled.connect(self._on_cancel)
        batch = self._batch

        def run(progress: ProgressCallback) -> BatchResult:
            return batch.run_on_own_connection(
                files, progress=progress, stop=lambda: self.cancelled
            )

        self._task = BackgroundTask(
            run,
            parent=self,
            on_progress=self._on_progress,
            on_success=self._on_done,
            on_failure=self._on_failed,
            on_finished=self.finished.emit,
        )
        self._task.start()
        return True

    def wait(self) -> None:
        """Let a batch running end (the window is closing): stop after the file being read."""
        if self._task is not None:
            self.cancelled = True
            self._task.wait()

    def _on_progress(self, fraction: float, message: str) -> None:
        show_progress(self.progress, fraction, message)

    def _on_cancel(self) -> None:
        self.cancelled = True

    def _done(self) -> None:
        self._task = None
        close_progress(self.progress)
        self.progress = None

    def _on_failed(self, error: Exception) -> None:
        self._done()
        report_bug(error)

    def _on_done(self, result: BatchResult) -> None:
        self._done()
        self.result = result
        self.imported.emit(result)
        if self.show_summary:
            BatchSummaryDialog(result, self._parent).exec()
