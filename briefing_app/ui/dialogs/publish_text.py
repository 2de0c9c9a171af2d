"""Publishing free text for public packs: each answer and action a public pack might
print, with what the app flagged in it (what looks like a name, small numbers), and a
tick to publish it.

A public pack prints a text only as it was published here; an edit since leaves it out
until it is published again. Everything is reachable from the keyboard: the list moves
with the arrow keys, Space ticks, and the flags of the chosen text are read out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.publication import FreeText
from briefing_app.services.publication import PublicationService
from briefing_app.ui.errors import show_user_error

TITLE = "Publish text for public packs"
_TEXT = Qt.ItemDataRole.UserRole


def flag_words(text: FreeText) -> str:
    if not text.flags:
        return "Nothing flagged."
    return "Flagged: " + "; ".join(flag.text for flag in text.flags) + "."


class PublishTextDialog(QDialog):
    def __init__(self, publication: PublicationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._publication = publication
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "A public pack prints an answer or an action only once you publish it here. "
            "Read each one and what the app flagged in it (what looks like a person's name, "
            "and small numbers that could point to a child), then tick the ones that are fit "
            "for the public. If a text is changed later, it is left out until you publish "
            "it again. Te&xts:"
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.texts = QListWidget()
        self.texts.setAccessibleName("Texts a public pack might print; tick to publish")
        self.texts.setWordWrap(True)
        intro.setBuddy(self.texts)
        layout.addWidget(self.texts, 1)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.PlainText)
        self.flags.setAccessibleName("What the app flagged in the chosen text")
        layout.addWidget(self.flags)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            "Save what is published"
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self.texts.currentItemChanged.connect(self._show_flags)
        self._fill()
        self.resize(760, 520)

    def _fill(self) -> None:
        self._shown: list[FreeText] = self._publication.texts()
        for index, text in enumerate(self._shown):
            item = QListWidgetItem(
                f"{text.kind.label}, {text.where}\n{text.text}\n{flag_words(text)}"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if text.published else Qt.CheckState.Unchecked)
            item.setData(_TEXT, index)
            self.texts.addItem(item)
        if not self._shown:
            self.flags.setText("There are no answers or actions yet.")
        else:
            self.texts.setCurrentRow(0)

    def _show_flags(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.flags.setText(flag_words(self._shown[int(item.data(_TEXT))]))

    def ticked(self) -> list[FreeText]:
        return [
            self._shown[row]
            for row in range(self.texts.count())
            if self.texts.item(row).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        ticked = {(t.kind, t.item_id) for t in self.ticked()}
        try:
            for text in self._shown:
                wanted = (text.kind, text.item_id) in ticked
                if wanted and not text.published:
                    self._publication.publish(text.kind, text.item_id, text.text)
                elif text.published and not wanted:
                    self._publication.withdraw(text.kind, text.item_id)
        except BriefingError as error:
            show_user_error(self, TITLE, error)
            return
        self.accept()
