"""Drop-down lists that do not force the window wide to fit their longest entry."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

MINIMUM_CHARACTERS = 8


def compact(box: QComboBox, characters: int = MINIMUM_CHARACTERS) -> QComboBox:
    """Let ``box`` shrink to ``characters`` wide; its list still shows entries in full."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box
