"""Importing a report from the window: read it off the UI thread, ask about duplicates, save.

Reading a PDF is the slow part; it runs on a worker thread with a progress dialog, so
the window stays responsive. Saving (a backup, then one transaction) is quick and runs
on the UI thread, after the user has said what to do about a report already held.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.progress import ProgressCallback
from briefing_app.domain.reports import InspectionReport
from briefing_app.domain.wording import plural
from briefing_app.services.report_import import (
    DuplicateChoice,
    ImportResult,
    ReportImportService,
    describe,
)
from briefing_app.ui.background import BackgroundTask, report_bug
from briefing_app.ui.dialogs.import_progress import close_progress, import_progress, show_progress
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.message_boxes import name_buttons

FILE_FILTER = "Inspection reports (*.pdf *.txt);;PDF files (*.pdf);;Text files (*.txt)"


def progress_dialog(path: Path, parent: QWidget) -> QProgressDialog:
    """The progress of reading ``path``, shown if it takes more than a moment."""
    return import_progress(
        f"Reading {path.name}…", "Importing a report", "Cancel the import", parent, maximum=0
    )


class ReportImporter(QObject):
    """Drives one import at a time for the main window."""

    imported = Signal(object)  # ImportResult
    finished = Signal()

    def __init__(self, service: ReportImportService, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._parent = parent
        self._task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.cancelled = False
        self.path: Path | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, "Import an inspection report", "", FILE_FILTER
        )
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> bool:
        """Begin importing ``path``; False if an import is already running."""
        if self.busy:
            return False
        self.path, self.cancelled = path, False
        self.progress = progress_dialog(path, self._parent)
        self.progress.canceled.connect(self._on_cancel)

        def read(progress: ProgressCallback) -> InspectionReport:
            return ReportImportService.read(path, progress)

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

    def _on_progress(self, fraction: float, message: str) -> None:
        show_progress(self.progress, fraction, message)

    def _on_cancel(self) -> None:
        self.cancelled = True

    def _reading_done(self) -> None:
        """The file has been read (or not): another import may start from here on."""
        self._task = None
        close_progress(self.progress)
        self.progress = None

    def _on_failed(self, error: Exception) -> None:
        self._reading_done()
        if isinstance(error, BriefingError):
            show_user_error(self._parent, "The report could not be imported", error)
        else:
            report_bug(error)

    def _on_read(self, report: InspectionReport) -> None:
        self._reading_done()
        if not self.cancelled:
            self._save(report)

    def _save(self, report: InspectionReport) -> None:
        if report.warnings and not self.confirm_warnings(report):
            return
        choice = DuplicateChoice.ASK
        if self._service.duplicates(report):
            choice = self.ask_about_duplicate(report)
            if choice is DuplicateChoice.ASK:
                return
        try:
            result = self._service.save(report, choice)
        except BriefingError as error:
            show_user_error(self._parent, "The report could not be imported", error)
            return
        self.imported.emit(result)

    def confirm_warnings(self, report: InspectionReport) -> bool:
        """Say what looked wrong when the report was read; True to import it all the same."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Check this report before importing it")
        box.setAccessibleName("Check this report before importing it")
        box.setText(
            f"{report.short_title} was read, but some things looked wrong. Check them "
            "against the report itself:"
        )
        box.setInformativeText("\n\n".join(f"• {warning}" for warning in report.warnings))
        box.setAccessibleDescription(" ".join(report.warnings))
        go_on = box.addButton("&Import it anyway", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        name_buttons(box)
        box.exec()
        return box.clickedButton() is go_on

    def ask_about_duplicate(self, report: InspectionReport) -> DuplicateChoice:
        """Replace, keep both, or (ASK) cancel."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("This report is already held")
        box.setAccessibleName("This report is already held")
        box.setText(
            f"{report.authority}'s inspection of {report.inspection_dates} is already held."
        )
        box.setInformativeText(
            "Replace the report held with this one, or keep both? Links already made from "
            "its recommendations to their evidence are kept. A backup is taken first."
        )
        replace = box.addButton("&Replace it", QMessageBox.ButtonRole.DestructiveRole)
        both = box.addButton("&Keep both", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        name_buttons(box)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return DuplicateChoice.REPLACE
        if clicked is both:
            return DuplicateChoice.KEEP_BOTH
        return DuplicateChoice.ASK


def result_message(result: ImportResult) -> str:
    replaced = " It replaces the report held before." if result.replaced else ""
    warned = (
        f" {plural(len(result.report.warnings), 'thing')} looked wrong when it was read."
        if result.report.warnings
        else ""
    )
    compared = f" {result.comparison_note}" if result.comparison_note else ""
    return f"Imported {describe(result.report)}.{replaced}{compared}{warned}"
