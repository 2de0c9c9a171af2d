"""Importing into the open window: a report from File > Import report (Ctrl+I) or dropped
on the window, and indicator figures from File > Import indicator figures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.ui.window.base import WindowBase

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from briefing_app.services.report_import import ImportResult
    from briefing_app.ui.dialogs.import_report import ReportImporter

# What a dropped file must end with to be taken for a report (the import reads either).
REPORT_SUFFIXES = (".pdf", ".txt")


class ImportingMixin(WindowBase):
    def importer(self) -> ReportImporter:
        """The import controller, made on first use (it is not needed to start up)."""
        if self._importer is None:
            from briefing_app.ui.dialogs.import_report import ReportImporter

            self._importer = ReportImporter(self.services.imports, self)
            self._importer.imported.connect(self._on_imported)
            self._importer.finished.connect(lambda: self.import_action.setEnabled(True))
        return self._importer

    def import_report(self, path: Path) -> bool:
        """Import the report at ``path`` (from the menu or a dropped file)."""
        started = self.importer().start(Path(path))
        if started:
            self.import_action.setEnabled(False)
            self.statusBar().showMessage(f"Reading {Path(path).name}…")
        return started

    def _on_imported(self, result: ImportResult) -> None:
        from briefing_app.ui.dialogs.import_report import result_message

        self.refresh_pages()
        findings = self.show_page_by_key("findings")
        open_paragraph = getattr(findings, "open_paragraph", None)
        if callable(open_paragraph):
            open_paragraph(result.report_id, result.report.paragraph_range[0])
        self.statusBar().showMessage(result_message(result))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_report(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_report(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_report(path)

    def import_figures(self) -> None:
        from briefing_app.ui.dialogs.import_figures import choose_and_import

        if choose_and_import(self, self.services.outcomes, Path.home()) is not None:
            self.refresh_pages()


def _dropped_report(urls: list[QUrl]) -> Path | None:
    """The one local file dropped, if it could be a report (PDF or text)."""
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if len(files) != 1 or files[0].suffix.casefold() not in REPORT_SUFFIXES:
        return None
    return files[0]
