"""Scrutiny questions: the bank by question or by finding, each with its evidence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.principles import PRINCIPLES
from briefing_app.domain.reports import InspectionReport
from briefing_app.domain.scrutiny import Question, QuestionFilter, StatusFilter
from briefing_app.domain.themes import THEMES
from briefing_app.services.glossary import GlossaryService
from briefing_app.services.meetings import MeetingService
from briefing_app.services.scrutiny import ScrutinyService
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.models.questions import QuestionTableModel
from briefing_app.ui.pages.questions_by_finding import QuestionsByFinding
from briefing_app.ui.widgets.evidence import (
    EvidenceView,
    evidence_html,
)
from briefing_app.ui.widgets.input_dialogs import choose_item
from briefing_app.ui.widgets.message_boxes import inform
from briefing_app.ui.widgets.tables import row_table, select_row


class QuestionsPage(QWidget):
    title = "Scrutiny questions"
    meetingChanged = Signal(int)

    def __init__(
        self,
        scrutiny: ScrutinyService,
        meetings: MeetingService,
        glossary: GlossaryService,
        open_paragraph: Callable[[int | None, int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``open_paragraph(report_id, paragraph)``, when given, shows a paragraph the
        evidence links to (on the Inspection findings page)."""
        super().__init__(parent)
        self._scrutiny = scrutiny
        self._meetings = meetings
        self._glossary = glossary
        self._open_paragraph = open_paragraph

        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName("Search the questions")
        self.search_edit.setPlaceholderText("Search the questions (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName("Show questions on the theme")
        self.theme_box.addItem("Every theme", None)
        for theme in THEMES:
            self.theme_box.addItem(theme.label, theme.key)
        self.principle_box = QComboBox()
        self.principle_box.setAccessibleName("Show questions testing the principle")
        self.principle_box.addItem("Every principle", None)
        for principle in PRINCIPLES:
            self.principle_box.addItem(principle.title, principle.key)
            self.principle_box.setItemData(
                self.principle_box.count() - 1, principle.wording, Qt.ItemDataRole.ToolTipRole
            )
        self.status_box = QComboBox()
        self.status_box.setAccessibleName("Show questions by status")
        for status in StatusFilter:
            self.status_box.addItem(status.label, status)
        for box in (self.theme_box, self.principle_box, self.status_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("How many questions are shown")

        self.model = QuestionTableModel()
        self.table = row_table(self.model, "Questions")
        header = self.table.horizontalHeader()
        for column in (
            QuestionTableModel.CODE,
            QuestionTableModel.RESTS_ON,
            QuestionTableModel.STATUS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QuestionTableModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column, characters in (
            (QuestionTableModel.THEME, 16),
            (QuestionTableModel.PRINCIPLE, 20),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * characters)
        self.evidence = EvidenceView()
        if open_paragraph is not None:
            self.evidence.paragraphRequested.connect(open_paragraph)

        self.new_button = QPushButton("Ne&w question…")
        self.new_button.setAccessibleName("New question")
        self.edit_button = QPushButton("Chan&ge…")
        self.edit_button.setAccessibleName("Edit the chosen question")
        self.retire_button = QPushButton("&Retire")
        self.retire_button.setAccessibleName("Retire or reinstate the chosen question")
        self.add_to_meeting_button = QPushButton("Add to &meeting…")
        self.add_to_meeting_button.setAccessibleName("Add the chosen question to a meeting")

        self.by_finding = QuestionsByFinding(scrutiny)
        self.finding_list = self.by_finding.finding_list
        self.finding_detail = self.by_finding.finding_detail
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName("What last changed")
        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setAccessibleName("How well the questions cover the report")

        # The search and the count above, the three choices below: two rows stay within
        # the window when the text is large.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 2)
        search_row.addWidget(self.count_label, 1)
        choices_row = QHBoxLayout()
        for label_text, box in (
            ("&Theme:", self.theme_box),
            ("Pri&nciple:", self.principle_box),
            ("&Status:", self.status_box),
        ):
            label = QLabel(label_text)
            label.setBuddy(box)
            # As narrow as a few words; the list that drops down shows each choice whole.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
            choices_row.addWidget(label)
            choices_row.addWidget(box, 1)
        filters = QVBoxLayout()
        filters.addLayout(search_row)
        filters.addLayout(choices_row)

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.retire_button,
            self.add_to_meeting_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message_label)
        by_question = QSplitter(Qt.Orientation.Horizontal)
        by_question.addWidget(left)
        by_question.addWidget(self.evidence)
        by_question.setStretchFactor(0, 3)
        by_question.setStretchFactor(1, 2)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Question views")
        self.tabs.tabBar().setAccessibleName("Question views")
        self.tabs.addTab(by_question, "By &question")
        self.tabs.addTab(self.by_finding, "By fin&ding")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.coverage_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.show_questions)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        for box in (self.theme_box, self.principle_box, self.status_box):
            box.currentIndexChanged.connect(lambda _index: self.show_questions())
        self.table.selectionModel().currentRowChanged.connect(self._on_question_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_question())
        self.new_button.clicked.connect(self.new_question)
        self.edit_button.clicked.connect(self.edit_question)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.add_to_meeting_button.clicked.connect(self.add_to_meeting)
        self.by_finding.questionChosen.connect(self.select_question)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_edit.setFocus)
        edit = QShortcut(QKeySequence(Qt.Key.Key_F2), self.table)
        edit.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit.activated.connect(self.edit_question)
        self.refresh()

    # -- filling ---------------------------------------------------------------------

    def current_filter(self) -> QuestionFilter:
        status = self.status_box.currentData()
        return QuestionFilter(
            theme=self.theme_box.currentData(),
            principle=self.principle_box.currentData(),
            status=status if isinstance(status, StatusFilter) else StatusFilter.IN_USE,
        )

    def wait_for_background_work(self) -> None:
        """Nothing on this page runs off the UI thread."""

    def refresh(self) -> None:
        """Reload everything: the questions, the paragraphs view and the coverage line."""
        self.show_questions()
        self._fill_findings()
        self._show_coverage()

    def show_questions(self) -> None:
        """Fill the table with the questions the search and filters choose."""
        keep = self.current_question()
        questions = self._scrutiny.questions(self.current_filter(), self.search_edit.text())
        self.model.set_questions(questions)
        total = len(self._scrutiny.all_questions())
        self.count_label.setText(f"{len(questions)} of {total} questions")
        self.table.resizeRowsToContents()
        row = self.model.row_of(keep.id) if keep else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self._select_row(row)
        else:
            self.evidence.show_evidence("<p>No question matches what you chose.</p>")
            self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_buttons()

    def _fill_findings(self) -> None:
        self.by_finding.fill(self._scrutiny_report())

    def _show_coverage(self) -> None:
        report = self._scrutiny_report()
        if report is None or report.id is None:
            self.coverage_label.setText("No inspection report is loaded.")
            return
        cover = self._scrutiny.coverage(report.id)
        rec_min = min(cover.by_recommendation.values(), default=0)
        areas = ", ".join(
            f"{area.label.lower()} {count}" for area, count in cover.by_weak_area.items()
        )
        gaps = cover.thin()
        text = (
            f"{cover.questions} questions in use for {report.short_title}. Each of its "
            f"{len(cover.by_recommendation)} recommendations has at least {rec_min}. "
            f"Questions on areas judged below good: {areas or 'none'}."
        )
        if gaps:
            text += " Fewer than two questions: " + "; ".join(gaps) + "."
        self.coverage_label.setText(text)

    def _scrutiny_report(self) -> InspectionReport | None:
        return self._scrutiny.current_report()

    # -- choosing --------------------------------------------------------------------

    def current_question(self) -> Question | None:
        index = self.table.currentIndex()
        return self.model.question(index.row()) if index.isValid() else None

    def select_question(self, question_id: int) -> bool:
        """Show the question with this id, widening the filters if they hide it."""
        row = self.model.row_of(question_id)
        if row is None:
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            for box in (self.theme_box, self.principle_box):
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self.status_box.blockSignals(True)
            self.status_box.setCurrentIndex(self.status_box.findData(StatusFilter.ALL))
            self.status_box.blockSignals(False)
            self.show_questions()
            row = self.model.row_of(question_id)
        if row is None:
            return False
        self.tabs.setCurrentIndex(0)
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if self.table.currentIndex() == index:
            self._show_question(row)
        else:
            select_row(self.table, row)

    def _on_question_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_question(current.row())
        self._update_buttons()

    def _show_question(self, row: int) -> None:
        question = self.model.question(row)
        evidence = self._scrutiny.evidence(question.id)
        self.evidence.show_evidence(
            evidence_html(
                evidence,
                history=self._scrutiny.history(question.id),
                glossary=self._glossary.glossary(),
                today=self._meetings.today(),
                link_paragraphs=self._open_paragraph is not None,
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        question = self.current_question()
        for button in (self.edit_button, self.retire_button):
            button.setEnabled(question is not None)
        self.add_to_meeting_button.setEnabled(question is not None and question.is_active)
        if question is not None and not question.is_active:
            self.retire_button.setText("Re&instate")
        else:
            self.retire_button.setText("&Retire")

    # -- changing the bank -----------------------------------------------------------

    def new_question(self) -> None:
        # The dialog, only when it is opened (about 4 ms).
        from briefing_app.ui.dialogs.question_editor import QuestionEditorDialog

        dialog = QuestionEditorDialog(self._scrutiny, self._scrutiny_report(), None, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            self.select_question(dialog.saved.id)

    def edit_question(self) -> None:
        # The dialog, only when it is opened (about 4 ms).
        from briefing_app.ui.dialogs.question_editor import QuestionEditorDialog

        question = self.current_question()
        if question is None:
            return
        report = self._scrutiny.report_for(question)
        dialog = QuestionEditorDialog(self._scrutiny, report, question, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            self.select_question(dialog.saved.id)

    def toggle_retired(self) -> None:
        question = self.current_question()
        if question is None:
            return
        if question.is_active:
            changed = self._scrutiny.retire(question.id)
            message = (
                f"Question {changed.code} is retired. It stays in past meetings' records. "
                "Choose Reinstate to use it again."
            )
        else:
            changed = self._scrutiny.reinstate(question.id)
            message = f"Question {changed.code} is back in use."
        self.refresh()
        self.select_question(changed.id)
        self.message_label.setText(message)

    def add_to_meeting(self) -> None:
        question = self.current_question()
        if question is None:
            return
        summaries = self._meetings.meetings()
        if not summaries:
            inform(
                self,
                "No meetings yet",
                "Create a meeting on the Meetings page first, then add questions to it.",
            )
            return
        upcoming = self._meetings.next_meeting()
        labels = [s.meeting.heading for s in summaries]
        start = next(
            (i for i, s in enumerate(summaries) if upcoming and s.meeting.id == upcoming.id), 0
        )
        label = choose_item(self, "Add to a meeting", f"Add {question.code} to:", labels, start)
        if label is None:
            return
        meeting = summaries[labels.index(label)].meeting
        try:
            self._meetings.add_question(meeting.id, question.id)
        except BriefingError as error:
            show_user_error(self, "The question could not be added", error)
            return
        self.meetingChanged.emit(meeting.id)
