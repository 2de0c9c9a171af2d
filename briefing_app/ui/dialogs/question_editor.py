"""Writing or changing a scrutiny question: its words, theme, principle and evidence links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.principles import PRINCIPLES
from briefing_app.domain.reports import InspectionReport
from briefing_app.domain.scrutiny import (
    Question,
    QuestionDraft,
    format_paragraph_list,
    parse_paragraph_list,
)
from briefing_app.domain.themes import THEMES
from briefing_app.services.scrutiny import ScrutinyService
from briefing_app.ui.widgets.message_boxes import button_box
from briefing_app.ui.widgets.status import ProblemLabel


class QuestionEditorDialog(QDialog):
    """Add a question (``question`` None) or edit one. Nothing is saved until it is valid."""

    def __init__(
        self,
        scrutiny: ScrutinyService,
        report: InspectionReport | None,
        question: Question | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scrutiny = scrutiny
        self._report = report
        self._question = question
        self.saved: Question | None = None
        title = f"Edit question {question.code}" if question else "New scrutiny question"
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName("Question")
        self.text_edit.setPlaceholderText("Write the question in plain English, ending with ?")
        self.why_edit = QPlainTextEdit()
        self.why_edit.setTabChangesFocus(True)
        self.why_edit.setAccessibleName("Why ask it")
        self.why_edit.setPlaceholderText("Why it matters, citing the paragraphs it rests on")
        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName("Theme")
        for theme in THEMES:
            self.theme_box.addItem(theme.label, theme.key)
            self.theme_box.setItemData(
                self.theme_box.count() - 1, theme.description, Qt.ItemDataRole.ToolTipRole
            )
        self.principle_box = QComboBox()
        self.principle_box.setAccessibleName("Corporate parenting principle")
        for principle in PRINCIPLES:
            self.principle_box.addItem(principle.title, principle.key)
            self.principle_box.setItemData(
                self.principle_box.count() - 1, principle.wording, Qt.ItemDataRole.ToolTipRole
            )
        self.findings_edit = QLineEdit()
        self.findings_edit.setAccessibleName("Paragraphs it rests on")
        self.findings_edit.setPlaceholderText("Paragraph numbers, e.g. 43 44 or 40-42")
        self.recommendation_list = QListWidget()
        self.recommendation_list.setAccessibleName("Recommendations it follows up")
        for rec in report.recommendations if report else ():
            item = QListWidgetItem(f"{rec.paragraph}. {rec.text}")
            item.setData(Qt.ItemDataRole.UserRole, rec.paragraph)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(rec.text)
            self.recommendation_list.addItem(item)
        self.indicators_edit = QLineEdit()
        self.indicators_edit.setAccessibleName("Indicator keys")
        self.indicators_edit.setPlaceholderText("Optional: e.g. care-leavers-neet cla-eet")
        self.problems_label = ProblemLabel("Problems to fix before saving")

        form = QFormLayout()
        form.addRow("&Question:", self.text_edit)
        form.addRow("&Why ask it:", self.why_edit)
        form.addRow("&Theme:", self.theme_box)
        form.addRow("&Principle:", self.principle_box)
        form.addRow("Rests on p&aragraphs:", self.findings_edit)
        form.addRow("&Follows up:", self.recommendation_list)
        form.addRow("&Indicators:", self.indicators_edit)

        self.buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            names={"Save": "Save the question"},
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        if question is not None:
            self._fill(question)

    def _fill(self, question: Question) -> None:
        self.text_edit.setPlainText(question.text)
        self.why_edit.setPlainText(question.why)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(question.theme)))
        self.principle_box.setCurrentIndex(
            max(0, self.principle_box.findData(question.principle.key))
        )
        self.findings_edit.setText(format_paragraph_list(question.findings).replace(",", ""))
        for row in range(self.recommendation_list.count()):
            item = self.recommendation_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in question.recommendations:
                item.setCheckState(Qt.CheckState.Checked)
        self.indicators_edit.setText(" ".join(question.indicators))

    def draft(self) -> QuestionDraft:
        """What is in the form now. Raises ValueError if the paragraph list is unclear."""
        recommendations = tuple(
            int(self.recommendation_list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.recommendation_list.count())
            if self.recommendation_list.item(r).checkState() == Qt.CheckState.Checked
        )
        return QuestionDraft(
            text=self.text_edit.toPlainText().strip(),
            why=self.why_edit.toPlainText().strip(),
            theme=str(self.theme_box.currentData()),
            principle=str(self.principle_box.currentData()),
            findings=parse_paragraph_list(self.findings_edit.text()),
            recommendations=recommendations,
            indicators=tuple(self.indicators_edit.text().split()),
        )

    def save(self) -> None:
        try:
            draft = self.draft()
        except ValueError as error:
            self._show_problems([f"Paragraphs: {error}"])
            return
        problems = draft.problems(self._report)
        if problems:
            self._show_problems(problems)
            return
        try:
            if self._question is None:
                report_id = self._report.id if self._report else None
                self.saved = self._scrutiny.add_question(draft, report_id)
            else:
                self.saved = self._scrutiny.update_question(self._question.id, draft)
        except InvalidInputError as error:
            self._show_problems(error.problems)
            return
        self.accept()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems_label.show_problems(problems)
