"""Message boxes whose buttons are named for screen readers.

Qt creates a message box's buttons itself; these helpers give each one an accessible
name (its text without the shortcut marker), as every control in the app has.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def name_buttons(box: QMessageBox) -> QMessageBox:
    for button in box.buttons():
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))
    return box


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    parent: QWidget | None = None,
    *,
    informative: str = "",
    details: str = "",
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box with its title as its accessible name and its buttons named."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(title)
    return name_buttons(box)
