"""Importing indicator figures from a CSV file chosen by the officer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing_app.domain.errors import BriefingError, ImportProblemsError
from briefing_app.services.outcomes import ImportResult, OutcomesService
from briefing_app.ui.busy import busy
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.message_boxes import message_box

TITLE = "Import indicator figures"


def import_figures_from(
    parent: QWidget | None, outcomes: OutcomesService, path: Path
) -> ImportResult | None:
    """Import ``path``; say what happened. Returns None (with the database untouched) if
    the file has problems."""
    try:
        with busy():
            result = outcomes.import_figures(path)
    except ImportProblemsError as error:
        box = message_box(
            QMessageBox.Icon.Warning,
            TITLE,
            error.message,
            parent,
            informative=error.advice,
            details=error.details(),
        )
        box.setAccessibleName("The figures were not imported")
        box.exec()
        return None
    except BriefingError as error:
        show_user_error(parent, "The figures were not imported", error)
        return None
    box = message_box(QMessageBox.Icon.Information, TITLE, result.message, parent)
    box.setAccessibleName("The figures were imported")
    box.exec()
    return result


def choose_and_import(
    parent: QWidget | None, outcomes: OutcomesService, start_folder: Path
) -> ImportResult | None:
    """Ask for a CSV file, then import it."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, TITLE, str(start_folder), "CSV files (*.csv);;All files (*)"
    )
    if not chosen:
        return None
    return import_figures_from(parent, outcomes, Path(chosen))
