"""Message boxes, questions and rows of dialog buttons whose buttons are named for screen
readers.

Qt creates these buttons itself; the helpers give each one an accessible name (its text
without the shortcut marker), as every control in the app has, and give each box its
title as its name.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

Box = TypeVar("Box", QMessageBox, QDialogButtonBox)


def name_buttons(box: Box) -> Box:
    """Name every button in ``box`` after its text (call it once the buttons are added)."""
    for button in box.buttons():
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))
    return box


def button_box(
    buttons: QDialogButtonBox.StandardButton, *, names: dict[str, str] | None = None
) -> QDialogButtonBox:
    """A row of standard dialog buttons, each named; ``names`` renames some by their text
    ("Save": "Save the figure")."""
    box = QDialogButtonBox(buttons)
    for button in box.buttons():
        text = button.text().replace("&", "")
        button.setAccessibleName((names or {}).get(text, text))
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


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something, with an OK button."""
    box = message_box(QMessageBox.Icon.Information, title, text, parent)
    box.exec()
    box.deleteLater()


def ask(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """A Yes/No question; True for Yes. No is the default unless ``default_yes``."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = message_box(QMessageBox.Icon.Question, title, text, parent, buttons=yes | no)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    answer = box.exec()
    box.deleteLater()
    return answer == yes


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before a change; ``action`` names the button that goes ahead ("Delete")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setAccessibleName(title)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    name_buttons(box)
    box.exec()
    chosen = box.clickedButton() is go
    box.deleteLater()
    return chosen
