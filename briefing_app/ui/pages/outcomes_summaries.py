"""The Summary tab of the Children in care and Care leavers pages: a plain-English summary
for each topic, each sentence followed by links to what it rests on, and the way to edit
one. A summary the app wrote from the council's figures says so; an edited one says which
of the figures it cites have changed since it was saved."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.summaries import Summary
from briefing_app.domain.topics import Audience
from briefing_app.services.council_summaries import CouncilSummariesService, ShownSummary
from briefing_app.services.outcomes import OutcomesService
from briefing_app.ui.dialogs.summary_edit import SummaryEditDialog, SummaryEditing
from briefing_app.ui.widgets.summary_html import summaries_html

PushUndo = Callable[[str, Callable[[], None]], None]
WRITTEN_BY_APP = (
    "The app wrote this summary from the council's figures as the Department for "
    "Education (DfE) published them. Edit it to put it in the council's own words."
)


def summary_notes(shown: ShownSummary) -> list[str]:
    """What is said under a summary: who wrote it, and the figures that have changed."""
    notes = []
    if shown.written_by_app:
        notes.append(WRITTEN_BY_APP)
    if shown.changed:
        notes.append(
            "⚠ Figures this summary cites have changed since it was saved: "
            + " ".join(shown.changed)
        )
    return notes


class SummaryTab(QWidget):
    linkClicked = Signal(QUrl)

    def __init__(
        self,
        outcomes: OutcomesService,
        audience: Audience,
        summaries: CouncilSummariesService | None,
        push_undo: PushUndo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outcomes = outcomes
        self._summaries = summaries
        self._push_undo = push_undo
        self.audience = audience
        self.shown: list[ShownSummary] = []
        self.dialog: SummaryEditDialog | None = None
        self.view = QTextBrowser()
        self.view.setAccessibleName(f"Summaries: {audience.label}")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self.linkClicked)
        self.topic_box = QComboBox()
        self.topic_box.setAccessibleName("Summary to edit")
        self.edit_button = QPushButton("Edit &summary…")
        self.edit_button.setAccessibleName("Edit the chosen summary")
        self.edit_button.clicked.connect(self.edit_summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        edit_row = QHBoxLayout()
        topic_label = QLabel("Su&mmary to edit:")
        topic_label.setBuddy(self.topic_box)
        edit_row.addWidget(topic_label)
        edit_row.addWidget(self.topic_box, 1)
        edit_row.addWidget(self.edit_button)
        layout.addLayout(edit_row)

    @property
    def _editing(self) -> SummaryEditing:
        return self._summaries if self._summaries is not None else self._outcomes

    @property
    def summaries(self) -> list[Summary]:
        return [shown.summary for shown in self.shown]

    def refresh(self) -> None:
        keep = self.topic_box.currentData()
        if self._summaries is not None:
            self.shown = self._summaries.summaries(self.audience)
            labels = self._summaries.labels()
        else:
            self.shown = [ShownSummary(s) for s in self._outcomes.summaries(self.audience)]
            labels = {i.key: i.definition.label for i in self._outcomes.indicators()}
        notes = {shown.summary.topic: summary_notes(shown) for shown in self.shown}
        self.view.setHtml(summaries_html(self.summaries, labels, notes))
        self.topic_box.clear()
        for summary in self.summaries:
            self.topic_box.addItem(summary.topic_title, summary.topic)
        if keep is not None and self.topic_box.findData(keep) >= 0:
            self.topic_box.setCurrentIndex(self.topic_box.findData(keep))
        self.edit_button.setEnabled(bool(self.shown))

    def edit_summary(self) -> None:
        topic = self.topic_box.currentData()
        summary = next((s for s in self.summaries if s.topic == topic), None)
        if summary is None:
            return
        dialog = SummaryEditDialog(self._editing, summary, self)
        dialog.finished.connect(lambda result: self._edited(dialog, result))
        self.dialog = dialog
        dialog.open()

    def _edited(self, dialog: SummaryEditDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        summary = dialog.summary
        self._push_undo(
            f"the change to the summary of {summary.topic_title}",
            functools.partial(self._undo, summary, dialog.replaced),
        )
        self.refresh()

    def _undo(self, summary: Summary, previous: Summary | None) -> None:
        if self._summaries is not None:
            self._summaries.restore_summary(summary.audience, summary.topic, previous)
        elif previous is not None:
            self._outcomes.restore_summary(previous)
        self.refresh()
