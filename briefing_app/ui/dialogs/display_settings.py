"""View > Text and colours: the text size and the high-contrast colours, with a preview."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.appearance import (
    MAX_TEXT_SIZE,
    MIN_TEXT_SIZE,
    NORMAL_TEXT_SIZE,
    Appearance,
    scaled_font,
    system_font,
)

PREVIEW_TEXT = "Sample: the text in the app will look like this."


class DisplaySettingsDialog(QDialog):
    """Choose the text size (100% to 200%) and whether to use high-contrast colours."""

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Text and colours")
        self.setAccessibleName("Text and colours")

        self.text_size = QSpinBox()
        self.text_size.setRange(MIN_TEXT_SIZE, MAX_TEXT_SIZE)
        self.text_size.setSingleStep(5)
        self.text_size.setSuffix("%")
        self.text_size.setValue(appearance.text_size)
        self.text_size.setAccessibleName("Text size")
        self.text_size.setAccessibleDescription(
            "From 100% (your computer's usual size) to 200% (twice as large)"
        )

        self.preview = QLabel(PREVIEW_TEXT)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("Sample of the chosen text size")

        self.high_contrast = QCheckBox("&High-contrast colours: white text on black")
        self.high_contrast.setChecked(appearance.high_contrast)
        self.high_contrast.setAccessibleName("High-contrast colours")
        self.high_contrast.setAccessibleDescription(
            "White text on a black background, with a yellow outline around the control "
            "you are using"
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        reset = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        reset.setText("&Normal size and colours")
        reset.setAccessibleDescription("Text at 100% and the usual colours")
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

        form = QFormLayout()
        size_label = QLabel("&Text size:")
        size_label.setBuddy(self.text_size)
        form.addRow(size_label, self.text_size)
        form.addRow(self.preview)
        form.addRow(self.high_contrast)

        note = QLabel(
            "You can also change the text size at any time with Ctrl and + (larger), "
            "Ctrl and - (smaller) and Ctrl and 0 (normal size)."
        )
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        self.text_size.valueChanged.connect(self._show_preview)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        reset.clicked.connect(self._reset)
        self._show_preview(self.text_size.value())

    def appearance(self) -> Appearance:
        """The choices shown in the dialog."""
        return Appearance(
            text_size=self.text_size.value(), high_contrast=self.high_contrast.isChecked()
        )

    def _show_preview(self, percent: int) -> None:
        self.preview.setFont(scaled_font(system_font(), percent))

    def _reset(self) -> None:
        self.text_size.setValue(NORMAL_TEXT_SIZE)
        self.high_contrast.setChecked(False)
