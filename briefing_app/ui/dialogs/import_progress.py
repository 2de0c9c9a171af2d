"""The window that shows an import's progress, one for every import (a report, a folder of
reports, the DfE's files): made, moved on and closed the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog, QWidget

from briefing_app.ui.widgets.tables import named_button


def import_progress(
    label: str, title: str, cancel_tip: str, parent: QWidget, *, maximum: int = 100
) -> QProgressDialog:
    """A progress window shown if the import takes more than a moment; ``maximum`` 0 shows
    it as busy until the first share done is known."""
    dialog = QProgressDialog(label, "Cancel", 0, maximum, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName("Import progress")
    dialog.setCancelButton(named_button("Cancel", cancel_tip))
    dialog.setMinimumDuration(300)
    return dialog


def show_progress(dialog: QProgressDialog | None, share: float, message: str) -> None:
    """Move ``dialog`` on to ``share`` done (0 to 1), saying what is being done."""
    if dialog is None:
        return
    dialog.setMaximum(100)
    dialog.setValue(round(share * 100))
    dialog.setLabelText(message)


def close_progress(dialog: QProgressDialog | None) -> None:
    """Close ``dialog`` (the import has ended) and let Qt free it."""
    if dialog is None:
        return
    dialog.reset()
    dialog.deleteLater()
