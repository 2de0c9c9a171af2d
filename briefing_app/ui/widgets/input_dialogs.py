"""Asking for one choice or one number, in a small dialog whose parts are named.

Qt's own ``QInputDialog.getItem``/``getInt`` build their list, spin box and buttons with
no names for screen readers; these build the same dialog and name each part.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


class NamedInputDialog(QInputDialog):
    """A QInputDialog whose input is named after its label, and whose buttons are named."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setLabelText(label)

    def showEvent(self, event: QShowEvent) -> None:
        # The parts are made when the dialog is first laid out, so they are named here.
        name = self.labelText().replace("&", "").rstrip(":")
        for part in self.findChildren(QComboBox) + self.findChildren(QSpinBox):
            part.setAccessibleName(name)
        for edit in self.findChildren(QLineEdit):
            if not edit.accessibleName():
                edit.setAccessibleName(name)
        for button in self.findChildren(QAbstractButton):
            button.setAccessibleName(button.text().replace("&", ""))
        super().showEvent(event)


def choose_item(
    parent: QWidget | None, title: str, label: str, items: Sequence[str], current: int = 0
) -> str | None:
    """One of ``items``, or None if the dialog was cancelled."""
    dialog = NamedInputDialog(title, label, parent)
    dialog.setComboBoxItems(list(items))
    dialog.setComboBoxEditable(False)
    if items:
        dialog.setTextValue(items[max(0, min(current, len(items) - 1))])
    chosen = dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()
    return chosen


def choose_number(
    parent: QWidget | None, title: str, label: str, value: int, lowest: int, highest: int
) -> int | None:
    """A whole number from ``lowest`` to ``highest``, or None if cancelled."""
    dialog = NamedInputDialog(title, label, parent)
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(lowest, highest)
    dialog.setIntValue(value)
    chosen = dialog.intValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()
    return chosen
