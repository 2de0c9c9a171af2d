"""Taking a self-check, one question at a time, and reading one's own answers afterwards.

Everything works from the keyboard: the arrow keys choose an answer, Alt+N and Alt+B
move between questions, and Alt+F finishes. Nothing is saved until the last question is
answered and Finish is pressed; then each answer is shown with the right one and why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import BriefingError
from briefing_app.domain.training.self_checks import SelfCheck, SelfCheckResult
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.message_boxes import button_box
from briefing_app.ui.widgets.status import ProblemLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

Save = Callable[[Sequence[int | None]], SelfCheckResult]


def result_html(result: SelfCheckResult) -> str:
    """Each answer given, whether it was right, the right answer and why."""
    parts = [f"<p><b>{escape(result.score_text)}</b>, taken on {long_date(result.taken_on)}.</p>"]
    for number, answer in enumerate(result.answers, start=1):
        mark = "✓ Right" if answer.correct else "✗ Not right"
        parts.append(
            f"<h3>{number}. {escape(answer.question)}</h3>"
            f"<p><b>{mark}.</b> The answer given: {escape(answer.chosen)}</p>"
            + ("" if answer.correct else f"<p>The right answer: {escape(answer.right_answer)}</p>")
            + f"<p>{escape(answer.explanation)}</p>"
        )
    return "".join(parts)


def answers_view(name: str) -> QTextBrowser:
    view = QTextBrowser()
    view.setAccessibleName(name)
    view.setOpenLinks(False)
    return view


class _QuestionPage(QWidget):
    def __init__(self, number: int, total: int, text: str, choices: Sequence[str]) -> None:
        super().__init__()
        self.heading = Heading(f"Question {number} of {total}", level=2)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        for index, choice in enumerate(choices):
            button = QRadioButton(choice)
            button.setAccessibleName(choice)
            button.setAccessibleDescription(f"Answer {index + 1} of {len(choices)}")
            self.group.addButton(button, index)
            layout.addWidget(button)
        layout.addStretch(1)

    def chosen(self) -> int | None:
        index = self.group.checkedId()
        return None if index < 0 else index


class SelfCheckDialog(QDialog):
    """A councillor's self-check on one module; ``save`` marks and keeps the answers.

    Once saved, ``result_value`` holds the result (however the dialog is then closed)."""

    def __init__(
        self,
        member: str,
        module: str,
        check: SelfCheck,
        save: Save,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = f"Self-check: {module}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save = save
        self.result_value: SelfCheckResult | None = None
        intro = QLabel(
            f"For {member}: {len(check.questions)} questions on what {module} covered. "
            "Choose one answer to each (the arrow keys move between answers). Nothing is "
            "kept until you press Finish; then you see each right answer and why."
        )
        intro.setWordWrap(True)
        self.pages = QStackedWidget()
        self.questions = [
            _QuestionPage(n, len(check.questions), q.text, q.choices)
            for n, q in enumerate(check.questions, start=1)
        ]
        for page in self.questions:
            self.pages.addWidget(page)
        self.answers = answers_view("Your answers, with the right ones")
        self.pages.addWidget(self.answers)
        self.error = ProblemLabel("Problem")
        self.back = QPushButton("&Back")
        self.back.setAccessibleName("Back to the question before")
        self.next = QPushButton("&Next")
        self.next.setAccessibleName("Next question")
        self.finish = QPushButton("&Finish")
        self.finish.setAccessibleName("Finish and see the answers")
        self.buttons = button_box(QDialogButtonBox.StandardButton.Cancel)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addWidget(self.next)
        row.addWidget(self.finish)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        # Enter goes on to the next question (or finishes), never back.
        self.back.setAutoDefault(False)
        self.back.clicked.connect(lambda: self._go(-1))
        self.next.clicked.connect(lambda: self._go(1))
        self.finish.clicked.connect(self._finish)
        self.buttons.rejected.connect(self.reject)
        self._show(0)
        self.resize(620, 520)

    def current(self) -> int:
        return self.pages.currentIndex()

    def choose(self, question: int, answer: int) -> None:
        """Choose an answer (counted from 0) to a question (counted from 0)."""
        button = self.questions[question].group.button(answer)
        button.setChecked(True)

    def _go(self, step: int) -> None:
        self._show(min(max(self.current() + step, 0), len(self.questions) - 1))

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        last = index == len(self.questions) - 1
        self.back.setEnabled(index > 0)
        self.next.setVisible(not last)
        self.finish.setVisible(last)
        (self.finish if last else self.next).setDefault(True)
        self._focus_answer()

    def _focus_answer(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, _QuestionPage):
            (page.group.checkedButton() or page.group.buttons()[0]).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_answer()  # the answers, not the first button, when the dialog opens

    def _finish(self) -> None:
        chosen = [page.chosen() for page in self.questions]
        try:
            self.result_value = self._save(chosen)
        except BriefingError as error:
            self.error.show_problem(f"⚠ {error}")
            missing = next((i for i, c in enumerate(chosen) if c is None), None)
            if missing is not None:
                self._show(missing)
            return
        self.error.hide()
        self.answers.setHtml(result_html(self.result_value))
        self.pages.setCurrentWidget(self.answers)
        for button in (self.back, self.next, self.finish):
            button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        for closing in self.buttons.buttons():
            closing.setAccessibleName("Close")
        self.answers.setFocus()


class AnswersDialog(QDialog):
    """One councillor's own answers to a self-check they took, read again."""

    def __init__(
        self, member: str, module: str, result: SelfCheckResult, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = f"{member}'s self-check: {module}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.answers = answers_view("Answers given, with the right ones")
        self.answers.setHtml(result_html(result))
        buttons = button_box(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.answers, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)
