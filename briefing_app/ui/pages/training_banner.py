"""The banner that says, in words, that the members on the Training page are made up."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from briefing_app.domain.dates import long_date
from briefing_app.ui.widgets.tables import named_button

_BANNER_STYLE = (
    "QFrame#demoBanner { background-color: #fff4c2; border: 2px solid #8a6d00; "
    "border-radius: 4px; } QFrame#demoBanner QLabel { color: #3d3000; }"
)


class DemoBanner(QFrame):
    """Says plainly that the members shown are made up, with ways to remove or renew them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(_BANNER_STYLE)
        self.setAccessibleName("Demonstration data")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName("Demonstration data")
        self.remove = named_button("Remove demonstration mem&bers…", "Remove demonstration members")
        self.reload = named_button(
            "Reload them with toda&y's dates…", "Reload demonstration members"
        )
        buttons = QVBoxLayout()  # one above the other: narrow enough for large text
        buttons.addWidget(self.remove)
        buttons.addWidget(self.reload)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    def show_reference(self, reference: date | None) -> None:
        when = f" Their dates were set from {long_date(reference)}." if reference else ""
        self.text.setText(
            "⚠ Demonstration data. The members on this page are made up, to show how the "
            f"training tracker works.{when} Importing your council's own list of "
            "councillors (File > Import councillors) replaces them."
        )
