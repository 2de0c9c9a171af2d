"""What to bring to a meeting: suggested questions, and actions still open from before."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidget, QTabWidget, QVBoxLayout, QWidget

from briefing_app.domain.meetings import Meeting
from briefing_app.services.meetings import MeetingService
from briefing_app.ui.models.questions import SuggestionTableModel
from briefing_app.ui.widgets.tables import named_button, row_table, select_row

SUGGESTIONS_TAB, OPEN_ACTIONS_TAB = range(2)


class FollowUpTabs(QTabWidget):
    """Two tabs under a meeting's questions. Adding is left to the page, through signals."""

    questionChosen = Signal(int)
    openActionQuestionsWanted = Signal()

    def __init__(self, meetings: MeetingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self.setAccessibleName("Suggestions and open actions")
        self.tabBar().setAccessibleName("Suggestions and open actions")
        self.suggestion_model = SuggestionTableModel()
        self.suggestion_table = row_table(
            self.suggestion_model, "Suggested questions", stretch_last=True
        )
        self.suggestion_table.horizontalHeader().setSectionResizeMode(
            SuggestionTableModel.QUESTION, QHeaderView.ResizeMode.Stretch
        )
        self.add_suggestion_button = named_button(
            "&Add the suggested question (Enter)", "Add the suggested question"
        )
        self.open_actions_list = QListWidget()
        self.open_actions_list.setAccessibleName("Actions from earlier meetings still open")
        self.open_actions_list.setWordWrap(True)
        self.add_action_questions_button = named_button(
            "Add their &questions", "Add the questions of open actions"
        )

        suggestions = QWidget()
        layout = QVBoxLayout(suggestions)
        explanation = QLabel(
            "Questions on the areas judged worst, on figures furthest behind England or "
            "similar councils, on actions still open and on questions deferred last time come "
            "first. To add any other question, use Add to meeting on the Scrutiny questions "
            "page."
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(self.suggestion_table, 1)
        layout.addWidget(self.add_suggestion_button)
        follow_up = QWidget()
        follow_layout = QVBoxLayout(follow_up)
        follow_layout.addWidget(self.open_actions_list, 1)
        follow_layout.addWidget(self.add_action_questions_button)
        self.addTab(suggestions, "&Suggested questions")
        self.addTab(follow_up, "&Open actions to follow up")

        self.add_suggestion_button.clicked.connect(self.choose_current_suggestion)
        self.suggestion_table.activated.connect(lambda _index: self.choose_current_suggestion())
        self.add_action_questions_button.clicked.connect(self.openActionQuestionsWanted)

    def show_meeting(self, meeting: Meeting | None) -> None:
        keep = self.suggestion_table.currentIndex().row()
        self.suggestion_model.set_suggestions(
            self._meetings.suggestions(meeting.id) if meeting else []
        )
        self.suggestion_table.resizeRowsToContents()
        if self.suggestion_model.rowCount():
            select_row(
                self.suggestion_table, min(max(keep, 0), self.suggestion_model.rowCount() - 1)
            )
        self.add_suggestion_button.setEnabled(self.suggestion_model.rowCount() > 0)
        self._show_open_actions(meeting)

    def _show_open_actions(self, meeting: Meeting | None) -> None:
        self.open_actions_list.clear()
        views = self._meetings.open_actions_before(meeting.id) if meeting else []
        today = self._meetings.today()
        for view in views:
            action = view.action
            question = f" (question {view.question_code})" if view.question_code else ""
            self.open_actions_list.addItem(
                f"{view.state(today).text}, {action.when(today)}: {action.owner} will "
                f"{action.description}{question}. Raised at {view.meeting.heading}."
            )
        if not views:
            self.open_actions_list.addItem("No actions from earlier meetings are still open.")
        self.setTabText(OPEN_ACTIONS_TAB, f"&Open actions to follow up ({len(views)})")
        self.add_action_questions_button.setEnabled(bool(views))

    def choose_current_suggestion(self) -> None:
        index = self.suggestion_table.currentIndex()
        if index.isValid():
            self.questionChosen.emit(self.suggestion_model.suggestion(index.row()).question.id)
