"""Table models over the question bank and over suggestions for a meeting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefing_app.domain.scrutiny import Question, format_paragraph_list
from briefing_app.domain.suggestions import Suggestion
from briefing_app.ui.models.table import Index as _Index
from briefing_app.ui.models.table import ListTableModel


class QuestionTableModel(ListTableModel[Question]):
    CODE, QUESTION, THEME, PRINCIPLE, RESTS_ON, STATUS = range(6)
    HEADERS = ("Code", "Question", "Theme", "Principle", "Rests on paragraphs", "Status")

    def set_questions(self, questions: list[Question]) -> None:
        self._set_rows(questions)

    def question(self, row: int) -> Question:
        return self._rows[row]

    def row_of(self, question_id: int) -> int | None:
        return self._row_where(lambda question: question.id == question_id)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(question, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PRINCIPLE:
                return f"{question.principle.citation}: {question.principle.wording}"
            if column == self.QUESTION:
                return question.why or question.text
        return None

    def _text(self, question: Question, column: int) -> str:
        if column == self.CODE:
            return question.code
        if column == self.QUESTION:
            return question.text
        if column == self.THEME:
            return question.theme_label
        if column == self.PRINCIPLE:
            return question.principle.title
        if column == self.RESTS_ON:
            return format_paragraph_list(question.paragraphs)
        return question.status.label


class SuggestionTableModel(ListTableModel[Suggestion]):
    CODE, QUESTION, WHY = range(3)
    HEADERS = ("Code", "Question", "Why it is suggested")

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        self._set_rows(suggestions)

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        suggestion = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.CODE:
                return suggestion.question.code
            if column == self.QUESTION:
                return suggestion.question.text
            return suggestion.why
        if role == Qt.ItemDataRole.ToolTipRole:
            return suggestion.why
        return None
