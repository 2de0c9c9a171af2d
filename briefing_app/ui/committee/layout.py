"""The committee mode window's widgets, and its large, scalable type.

``CommitteeLayout`` only builds and lays out; ``CommitteeWindow`` gives it behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.widgets.evidence import EvidenceView
from briefing_app.ui.widgets.tables import named_button

SCALE_KEY = "committee/text_scale"
DEFAULT_SCALE = 1.4
KEY_HELP = (
    "Keys: Alt+→ next question · Alt+← back · Ctrl+1 asked · Ctrl+2 answered · "
    "Ctrl+3 deferred · Ctrl+0 not asked · Ctrl+E type the answer · Ctrl+N add an action · "
    "Ctrl+G go to a question · Ctrl+= / Ctrl+− text size · Esc leave"
)
SAVED = "✓ Everything is saved"


class CommitteeLayout(QWidget):
    def __init__(
        self, heading: str, settings: QSettings | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._settings = settings
        self._build(heading)
        self._scale = self._load_scale()
        self.apply_text_size()

    # -- building --------------------------------------------------------------------

    def _build(self, heading: str) -> None:
        self.meeting_label = QLabel(heading)
        self.meeting_label.setAccessibleName("Meeting")
        self.meeting_label.setWordWrap(True)  # large type must not push the window wider
        self.position_label = QLabel()
        self.position_label.setAccessibleName("Which question")
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Where this question stands")
        self.save_label = QLabel(SAVED)
        self.save_label.setAccessibleName("Saving")
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setAccessibleName("The question")
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence = EvidenceView()

        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setAccessibleName("Answer given")
        self.answer_edit.setPlaceholderText("Type the answer as it is given (Ctrl+E)")
        answer_label = QLabel("&Answer given:")
        answer_label.setBuddy(self.answer_edit)
        self.private_box = QCheckBox("&Private note")
        self.private_box.setAccessibleName("Private note")
        private_meaning = "never shown in public packs or records"
        self.private_box.setAccessibleDescription(f"A private note is {private_meaning}")
        self.private_hint = QLabel(f"({private_meaning})")
        self.private_hint.setWordWrap(True)
        self.actions_list = QListWidget()
        self.actions_list.setAccessibleName("Actions agreed on this question")
        self.actions_list.setWordWrap(True)
        actions_label = QLabel("Actions agreed on this &question:")
        actions_label.setBuddy(self.actions_list)

        self.asked_button = named_button("◐ Asked (Ctrl+1)", "Mark asked")
        self.answered_button = named_button("● Answered (Ctrl+2)", "Mark answered")
        self.deferred_button = named_button("↷ Deferred (Ctrl+3)", "Mark deferred")
        self.not_asked_button = named_button("○ Not asked (Ctrl+0)", "Mark not asked yet")
        self.add_action_button = named_button("Add an action… (Ctrl+N)", "Add an action")
        self.back_button = named_button("← Back (Alt+←)", "Previous question")
        self.next_button = named_button("Next (Alt+→) →", "Next question")
        self.leave_button = named_button("Leave committee mode (Esc)", "Leave committee mode")
        self.key_help = QLabel(KEY_HELP)
        self.key_help.setWordWrap(True)
        self.key_help.setAccessibleName("Keys")

        top = QHBoxLayout()
        top.addWidget(self.meeting_label, 1)
        top.addWidget(self.position_label)
        top.addWidget(self.status_label)
        top.addWidget(self.save_label)

        # Two rows of marks, so large type does not squeeze the evidence beside them.
        marks = QGridLayout()
        for index, made in enumerate(
            (self.asked_button, self.answered_button, self.deferred_button, self.not_asked_button)
        ):
            marks.addWidget(made, index // 2, index % 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(marks)
        right_layout.addWidget(answer_label)
        right_layout.addWidget(self.answer_edit, 3)
        private_row = QHBoxLayout()
        private_row.addWidget(self.private_box)
        private_row.addWidget(self.private_hint, 1)
        right_layout.addLayout(private_row)
        right_layout.addWidget(actions_label)
        right_layout.addWidget(self.actions_list, 1)
        right_layout.addWidget(self.add_action_button)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.evidence)
        body.addWidget(right)
        # The evidence (the report's words and the figures) gets the larger share.
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([600, 400])
        body.setChildrenCollapsible(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        bottom.addStretch(1)
        bottom.addWidget(self.leave_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.question_label)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.key_help)

    # -- text size -------------------------------------------------------------------

    def _load_scale(self) -> float:
        if self._settings is None:
            return DEFAULT_SCALE
        try:
            return float(str(self._settings.value(SCALE_KEY, DEFAULT_SCALE)))
        except ValueError:
            return DEFAULT_SCALE

    @property
    def text_scale(self) -> float:
        return self._scale

    def change_text_size(self, step: float) -> None:
        self._scale = round(min(3.0, max(1.0, self._scale + step)), 2)
        if self._settings is not None:
            self._settings.setValue(SCALE_KEY, self._scale)
        self.apply_text_size()

    def apply_text_size(self) -> None:
        """Set every font relative to the system's text size, so large type still scales."""
        base = QApplication.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        body = QApplication.font()
        body.setPointSizeF(size * self._scale)
        self.setFont(body)
        question = QApplication.font()
        question.setPointSizeF(size * self._scale * 1.45)
        question.setBold(True)
        self.question_label.setFont(question)
        heading = QApplication.font()
        heading.setPointSizeF(size * self._scale * 1.1)
        heading.setBold(True)
        self.meeting_label.setFont(heading)
