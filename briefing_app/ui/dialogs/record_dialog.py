"""A form dialog that saves through a callback and keeps the form open when saving fails.

Problems the user can fix (a date in the future, a name already used) are shown inside
the dialog, above its buttons, and everything typed stays where it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import BriefingError
from briefing_app.ui.widgets.message_boxes import button_box
from briefing_app.ui.widgets.status import ProblemLabel

T = TypeVar("T")
R = TypeVar("R")


class RecordDialog(QDialog, Generic[T, R]):
    """Subclasses fill ``self.form`` and implement ``value()``; OK calls ``save(value())``."""

    def __init__(self, title: str, save: Callable[[T], R], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        # Each dialog is used once; Qt frees it when it closes (its Python fields stay readable).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save = save
        self.result_value: R | None = None
        self.form = QFormLayout()
        self.error = ProblemLabel("Problem")
        self.buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget) -> None:
        """A labelled row; ``label`` carries an & for its keyboard shortcut."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))

    def value(self) -> T:
        raise NotImplementedError

    def try_save(self) -> None:
        try:
            self.result_value = self._save(self.value())
        except BriefingError as error:
            self.show_problem(error)
            return
        self.accept()

    def show_problem(self, error: BriefingError) -> None:
        self.error.show_problem(f"⚠ {error}")
