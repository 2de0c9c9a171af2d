"""Editing a theme summary, with its readability and traceability checked as you type."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.readability import TARGET_EASE, TARGET_SENTENCE_WORDS, measure
from briefing_app.domain.summaries import SourceCheck, Summary, strip_citations
from briefing_app.domain.topics import Audience
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.message_boxes import button_box
from briefing_app.ui.widgets.status import PROBLEM_COLOURS, ProblemLabel, badge_style

_OK = ("#d7f0dc", "#0b3d17")
_NOT_YET = PROBLEM_COLOURS
_HELP = (
    "Write short sentences in everyday words. End each sentence with what it rests on, in "
    "square brackets before the full stop: report paragraph numbers and figure keys, for "
    "example [63; cla-count] or [cla_rate_per_10000]. Choose a figure below to put its key in."
)


def readability_text(text: str) -> tuple[str, bool]:
    """The live readability line for ``text`` (citations left out), and whether it meets
    the plain English target."""
    result = measure(strip_citations(text))
    icon = "✓" if result.meets_target else "✗"
    line = (
        f"{icon} {result.band}. Reading ease {result.reading_ease:.0f} "
        f"(aim for {TARGET_EASE:.0f} or more). "
        f"{result.words_per_sentence:.1f} words a sentence on average "
        f"(aim for {TARGET_SENTENCE_WORDS:.0f} or fewer). {result.advice()}"
    )
    return line, result.meets_target


class SummaryEditing(Protocol):
    """What the dialog asks of the service that keeps summaries."""

    def source_check(self) -> SourceCheck: ...

    def citable(self, audience: Audience) -> list[tuple[str, str]]: ...

    def save_summary(self, summary: Summary, text: str) -> Summary | None: ...


class SummaryEditDialog(QDialog):
    def __init__(
        self, outcomes: SummaryEditing, summary: Summary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._outcomes = outcomes
        self.summary = summary
        self.replaced: Summary | None = None
        self._check = outcomes.source_check()
        self.setWindowTitle(f"Edit summary: {summary.topic_title}")
        self.setAccessibleName(f"Edit the summary of {summary.topic_title}")

        help_label = QLabel(_HELP)
        help_label.setWordWrap(True)
        self.editor = QPlainTextEdit(summary.text)
        self.editor.setAccessibleName("Summary text")
        self.editor.setAccessibleDescription(_HELP)
        self.editor.setTabChangesFocus(True)
        self.cite_box = QComboBox()
        self.cite_box.setAccessibleName("Cite a figure")
        self.cite_box.setToolTip("Put a figure's key into the text where the cursor is")
        self.cite_box.addItem("Choose a figure to cite…", "")
        for label, key in outcomes.citable(summary.audience):
            self.cite_box.addItem(label, key)
        self.cite_box.activated.connect(self._cite)
        self.readability = QLabel()
        self.readability.setWordWrap(True)
        self.readability.setAccessibleName("Readability")
        self.traceability = QLabel()
        self.traceability.setWordWrap(True)
        self.traceability.setAccessibleName("Sources")
        self.error = ProblemLabel("Why the summary was not saved")

        buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            names={"Save": "Save the summary"},
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(Heading(summary.topic_title, level=2))
        layout.addWidget(help_label)
        layout.addWidget(self.editor, 1)
        cite_row = QHBoxLayout()
        cite_label = QLabel("C&ite a figure:")
        cite_label.setBuddy(self.cite_box)
        cite_row.addWidget(cite_label)
        cite_row.addWidget(self.cite_box, 1)
        layout.addLayout(cite_row)
        layout.addWidget(self.readability)
        layout.addWidget(self.traceability)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 460)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_checks)
        self.editor.textChanged.connect(self._timer.start)
        self.update_checks()

    def _cite(self, index: int) -> None:
        key = self.cite_box.itemData(index)
        if key:
            self.editor.insertPlainText(f" [{key}]")
            self.cite_box.setCurrentIndex(0)
            self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()

    def update_checks(self) -> None:
        line, good = readability_text(self.text())
        self.readability.setText(line)
        self.readability.setStyleSheet(badge_style(_OK if good else _NOT_YET))
        problems = self._check.problems(self.text())
        if problems:
            shown = problems[:3]
            more = len(problems) - len(shown)
            text = "✗ " + " ".join(shown)
            if more:
                text += f" ({more} more.)"
            self.traceability.setText(text)
            self.traceability.setStyleSheet(badge_style(_NOT_YET))
        else:
            self.traceability.setText(
                "✓ Every sentence says what it rests on, and every number is found there."
            )
            self.traceability.setStyleSheet(badge_style(_OK))

    def _save(self) -> None:
        try:
            self.replaced = self._outcomes.save_summary(self.summary, self.text())
        except InvalidInputError as error:
            self.error.show_problem(
                f"✗ Not saved yet: {error.message} {error.advice} Your text is kept."
            )
            return
        self.accept()
