"""The banner above every page of the demonstration: it says, in words, that what is shown
is the demonstration's and not the council's own, with the way to set up for your council."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from briefing_app.ui.widgets.tables import named_button

_BANNER_STYLE = (
    "QFrame#workspaceBanner { background-color: #fff4c2; border: 2px solid #8a6d00; "
    "border-radius: 4px; } QFrame#workspaceBanner QLabel { color: #3d3000; }"
)


class WorkspaceBanner(QFrame):
    """Shown while the demonstration is open; hidden for a council's own workspace."""

    setUpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceBanner")
        self.setStyleSheet(_BANNER_STYLE)
        self.setAccessibleName("Demonstration")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName("Demonstration")
        self.set_up = named_button("Set up for your &council…", "Set up for your council")
        self.set_up.clicked.connect(self.setUpRequested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.set_up)
        self.hide()

    def show_notice(self, notice: str) -> None:
        """Show ``notice`` (the demonstration's), or hide the banner when it is empty."""
        self.text.setText(f"⚠ {notice}" if notice else "")
        self.text.setAccessibleDescription(notice)
        self.setVisible(bool(notice))
