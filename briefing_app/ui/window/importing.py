"""Importing into the open window: a report from File > Import report (Ctrl+I) or dropped
on the window, and indicator figures from File > Import indicator figures."""

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

    from briefing_app.services.report_import import ImportResult
    from briefing_app.ui.dialogs.import_report import ReportImporter

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
        self.import_action = window_action(window, "&Import report…", ["Ctrl+I"], self.choose)
        self.import_action.setStatusTip(
            "Import an Ofsted inspection report of children's services, from its PDF or text"
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

    def choose(self) -> None:
        self.importer().choose_and_import()

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
