"""Importing into the open window: a report from File > Import report (Ctrl+I) or dropped
on the window; many at once (a folder from File > Import a folder of reports, several
files chosen or dropped together); the DfE's open data from File > Import DfE statistics;
and indicator figures from File > Import indicator figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.services.opening.container import Services
from briefing_app.ui.window.action import window_action
from briefing_app.ui.window.pages import PageStack

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMainWindow

    from briefing_app.services.report_batch import BatchResult
    from briefing_app.services.report_import import ImportResult
    from briefing_app.services.statistics import StatisticsImport
    from briefing_app.ui.dialogs.import_folder import FolderImporter
    from briefing_app.ui.dialogs.import_report import ReportImporter
    from briefing_app.ui.dialogs.import_statistics import StatisticsImporter

# What a dropped file must end with to be taken for a report (the import reads either).
REPORT_SUFFIXES = (".pdf", ".txt")


class Importing:
    """The import actions, and the import of a report running now (if any)."""

    def __init__(
        self, window: QMainWindow, services: Callable[[], Services], pages: PageStack
    ) -> None:
        self._window = window
        self._services = services
        self._pages = pages
        self._importer: ReportImporter | None = None
        self._folder_importer: FolderImporter | None = None
        self._statistics: StatisticsImporter | None = None
        self.import_action = window_action(window, "&Import report…", ["Ctrl+I"], self.choose)
        self.import_action.setStatusTip(
            "Import an Ofsted inspection report of children's services, from its PDF or "
            "text; choose several to import them all"
        )
        self.folder_action = window_action(
            window, "Import a fol&der of reports…", ["Ctrl+Alt+I"], self.choose_folder
        )
        self.folder_action.setStatusTip(
            "Import every Ofsted report in a folder (PDF or text), with a summary of what "
            "was imported, skipped and refused"
        )
        self.statistics_action = window_action(
            window, "Import &DfE statistics…", [], self.import_statistics
        )
        self.statistics_action.setStatusTip(
            "Add a new release of the DfE's figures for every council, from its open data files"
        )
        self.figures_action = window_action(
            window, "&Import indicator figures…", ["Ctrl+Shift+I"], self.import_figures
        )
        self.figures_action.setStatusTip("Add or correct figures from a CSV file")

    def importer(self) -> ReportImporter:
        """The import controller, made on first use (it is not needed to start up)."""
        if self._importer is None:
            # Only once an import starts, not at start-up (about 12 ms).
            from briefing_app.ui.dialogs.import_report import ReportImporter

            self._importer = ReportImporter(self._services().imports, self._window)
            self._importer.imported.connect(self._on_imported)
            self._importer.finished.connect(lambda: self.import_action.setEnabled(True))
        return self._importer

    def folder_importer(self) -> FolderImporter:
        """The controller of many reports at once, made on first use."""
        if self._folder_importer is None:
            # Only once a batch starts, not at start-up.
            from briefing_app.ui.dialogs.import_folder import FolderImporter

            self._folder_importer = FolderImporter(self._services().report_batch, self._window)
            self._folder_importer.imported.connect(self._on_batch_imported)
            self._folder_importer.finished.connect(self._batch_finished)
        return self._folder_importer

    @property
    def busy(self) -> bool:
        """Whether reports or DfE files are being read now."""
        return any(
            i is not None and i.busy
            for i in (self._importer, self._folder_importer, self._statistics)
        )

    def reset(self) -> None:
        """Forget the import controllers: the window is on another workspace's services."""
        for importer in (self._importer, self._folder_importer, self._statistics):
            if importer is not None:
                importer.deleteLater()
        self._importer = self._folder_importer = self._statistics = None
        for action in (self.import_action, self.folder_action, self.statistics_action):
            action.setEnabled(True)

    def statistics_importer(self) -> StatisticsImporter:
        """The DfE statistics' import controller, made on first use."""
        if self._statistics is None:
            # Only once an import starts, not at start-up (about 40 ms).
            from briefing_app.ui.dialogs.import_statistics import StatisticsImporter

            self._statistics = StatisticsImporter(self._services().statistics, self._window)
            self._statistics.imported.connect(self._on_statistics_imported)
            self._statistics.finished.connect(lambda: self.statistics_action.setEnabled(True))
        return self._statistics

    def import_statistics(self) -> None:
        self.statistics_importer().choose_and_import()

    def import_statistics_files(self, paths: list[Path]) -> bool:
        """Import the DfE files at ``paths`` (off the window's thread, with progress)."""
        started = self.statistics_importer().start(paths)
        if started:
            self.statistics_action.setEnabled(False)
        return started

    def _on_statistics_imported(self, result: StatisticsImport) -> None:
        # Only once an import has been made (about 1 ms).
        from briefing_app.ui.dialogs.import_statistics import imported_message

        self._pages.refresh()
        self._window.statusBar().showMessage(imported_message(result))

    def choose(self) -> None:
        """File > Import report: one file is imported with its questions asked (warnings,
        duplicates); several are imported as a batch."""
        # Qt's file dialog, only when it is opened.
        from PySide6.QtWidgets import QFileDialog

        from briefing_app.ui.dialogs.import_report import FILE_FILTER

        chosen, _ = QFileDialog.getOpenFileNames(
            self._window, "Import inspection reports", "", FILE_FILTER
        )
        if len(chosen) == 1:
            self.import_report(Path(chosen[0]))
        elif chosen:
            self.import_reports([Path(p) for p in chosen])

    def choose_folder(self) -> None:
        self.folder_importer().choose_folder()
        self._batch_started()

    def import_reports(self, paths: list[Path]) -> bool:
        """Import every report in ``paths`` (files and folders) as one batch."""
        started = self.folder_importer().start(paths)
        self._batch_started()
        return started

    def _batch_started(self) -> None:
        if self._folder_importer is not None and self._folder_importer.busy:
            for action in (self.import_action, self.folder_action):
                action.setEnabled(False)
            self._window.statusBar().showMessage("Importing reports…")

    def _batch_finished(self) -> None:
        for action in (self.import_action, self.folder_action):
            action.setEnabled(True)

    def _on_batch_imported(self, result: BatchResult) -> None:
        # Only once a batch has run, not at start-up.
        from briefing_app.services.report_batch import Outcome
        from briefing_app.ui.pages.findings import FindingsPage

        self._pages.refresh()
        imported = result.of(Outcome.IMPORTED)
        if imported and imported[-1].report_id is not None:
            findings = self._pages.show_as("findings", FindingsPage)
            if findings is not None:
                findings.read_report(imported[-1].report_id)
        self._window.statusBar().showMessage(result.headline)

    def wait_for_background_work(self) -> None:
        """Let a batch running stop after the report being read, and a read of DfE files
        finish (the window is closing)."""
        if self._folder_importer is not None:
            self._folder_importer.wait()
        if self._statistics is not None:
            self._statistics.wait()

    def import_report(self, path: Path) -> bool:
        """Import the report at ``path`` (from the menu or a dropped file)."""
        started = self.importer().start(Path(path))
        if started:
            self.import_action.setEnabled(False)
            self._window.statusBar().showMessage(f"Reading {Path(path).name}…")
        return started

    def _on_imported(self, result: ImportResult) -> None:
        # Only once an import starts, not at start-up (about 12 ms).
        from briefing_app.ui.dialogs.import_report import result_message
        from briefing_app.ui.pages.findings import FindingsPage

        self._pages.refresh()
        findings = self._pages.show_as("findings", FindingsPage)
        if findings is not None:
            findings.open_paragraph(result.report_id, result.report.paragraph_range[0])
        self._window.statusBar().showMessage(result_message(result))

    def import_figures(self) -> None:
        # The dialog, only when it is opened (about 130 ms).
        from briefing_app.ui.dialogs.import_figures import choose_and_import

        if choose_and_import(self._window, self._services().outcomes, Path.home()) is not None:
            self._pages.refresh()


def dropped_report(urls: list[QUrl]) -> Path | None:
    """The one local file dropped, if it could be a report (PDF or text)."""
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if len(files) != 1 or files[0].suffix.casefold() not in REPORT_SUFFIXES:
        return None
    return files[0]


def dropped_reports(urls: list[QUrl]) -> list[Path]:
    """The folders and report files (PDF or text) dropped, when they are more than one
    file: a batch to import. Empty for one file, or for nothing that could be a report."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    chosen = [p for p in paths if p.is_dir() or p.suffix.casefold() in REPORT_SUFFIXES]
    if len(chosen) == 1 and not chosen[0].is_dir():
        return []
    return chosen
