"""Training: who is in date, who needs what before the next meeting, and the records behind it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import BriefingError
from briefing_app.domain.training.records import MAX_DUE_SOON_DAYS
from briefing_app.services.training.demo import reload_demo_roster
from briefing_app.services.training.self_checks import SelfCheckService
from briefing_app.services.training.service import TrainingService
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.models.training_matrix import NeedsTableModel, TrainingMatrixModel
from briefing_app.ui.pages.training_banner import DemoBanner
from briefing_app.ui.pages.training_matrix_view import MatrixView
from briefing_app.ui.pages.training_members import MembersTab
from briefing_app.ui.pages.training_modules import ModulesTab
from briefing_app.ui.pages.training_reminders import RemindersPanel
from briefing_app.ui.pages.training_roster import import_members_file
from briefing_app.ui.pages.training_self_checks import SelfChecksTab
from briefing_app.ui.pages.training_tools import (
    deleted,
    export_compliance_to,
    import_attendance_file,
    record_session,
)
from briefing_app.ui.pages.training_year import YearTableTab
from briefing_app.ui.undo import DoneCommand
from briefing_app.ui.widgets.dates import date_edit, from_qdate, to_qdate
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.message_boxes import confirm
from briefing_app.ui.widgets.tables import named_button, row_table


class TrainingPage(QWidget):
    title = "Training"

    def __init__(
        self,
        training: TrainingService,
        self_checks: SelfCheckService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.training = training
        self.self_checks = self_checks
        self.undo_stack = QUndoStack(self)
        self.board = training.board()
        catalogue = self.board.catalogue

        self.seat = QComboBox()
        self.seat.setAccessibleName("Committee or seat")
        self.seat.addItem("All members", None)
        for role in catalogue.seats:  # "All members" stands for the seat everyone holds
            self.seat.addItem(role.name, role.key)
        self.as_at = date_edit("Status on", training.today())
        self.as_at.setToolTip(
            "Set this to the date of the next meeting to see who needs what by then."
        )
        self.today_button = named_button("Today", "Show the status today")
        self.window_days = QSpinBox()
        self.window_days.setRange(0, MAX_DUE_SOON_DAYS)
        self.window_days.setSuffix(" days")
        self.window_days.setValue(training.due_soon_days())
        self.window_days.setAccessibleName("Due soon means within this many days")
        self.record_session = named_button("&Record a session…", "Record a training session")
        self.import_button = named_button(
            "&Import attendance…", "Import attendance from a CSV file"
        )
        self.export_button = named_button("E&xport compliance…", "Export compliance to a CSV file")
        templates = training.data_dir / "templates" if training.data_dir else None
        self.import_button.setToolTip(
            "Record attendance from a spreadsheet saved as CSV (comma-separated values: a plain "
            "table that every spreadsheet can open and save). Nothing is recorded if any line "
            "has a problem."
            + (f" The template and its notes are in {templates}." if templates else "")
        )
        self.export_button.setToolTip(
            "Save each member's status, as shown, in a CSV file (comma-separated values) for "
            "a spreadsheet."
        )
        self.undo_action = self.undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        undo_button, redo_button = QToolButton(), QToolButton()
        undo_button.setDefaultAction(self.undo_action)
        undo_button.setAccessibleName("Undo")
        redo_button.setDefaultAction(self.redo_action)
        redo_button.setAccessibleName("Redo")

        self.banner = DemoBanner()
        self.compliance = QLabel()
        self.compliance.setAccessibleName("How each committee stands")
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName("What just happened")

        self.matrix = TrainingMatrixModel()
        self.matrix_view = MatrixView(self.matrix, "Members by modules", TrainingMatrixModel.MEMBER)
        self.needs = NeedsTableModel()
        self.needs_view = row_table(self.needs, "Training overdue, never done or due soon")
        self.needs_view.horizontalHeader().setStretchLastSection(True)
        self.needs_summary = QLabel()
        self.needs_summary.setWordWrap(True)
        self.members_tab = MembersTab(self)
        self.modules_tab = ModulesTab(self)
        self.reminders = RemindersPanel(self)
        self.year_tab = YearTableTab(self)
        self.self_checks_tab = SelfChecksTab(self)
        self.needs_box = needs_box = QWidget()
        needs_layout = QVBoxLayout(needs_box)
        needs_layout.addWidget(self.needs_summary)
        needs_layout.addWidget(self.needs_view, 2)
        needs_layout.addWidget(self.reminders, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Training views")
        self.tabs.tabBar().setAccessibleName("Training views")
        self.tabs.tabBar().setUsesScrollButtons(True)  # large text: the tabs scroll
        self.tabs.addTab(self.matrix_view, "&Who needs what")
        self.tabs.addTab(needs_box, "D&ue and overdue")
        self.tabs.addTab(self.members_tab, "Members and recor&ds")
        self.tabs.addTab(self.modules_tab, "Modu&les")
        self.tabs.addTab(self.year_tab, "Yearly table")
        self.tabs.addTab(self.self_checks_tab, "Self-checks")
        # Tabs not in view are brought up to date when they are shown, not every time the
        # day or the records change: with a whole council's records, that keeps the page
        # quick to redraw.
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(lambda _index: self._show_tab())

        # Two short rows rather than one long one, so large text still fits the window.
        rows: tuple[tuple[tuple[str, QWidget], ...], ...] = (
            (("&Committee:", self.seat), ("&Status on:", self.as_at), ("", self.today_button)),
            (("Due soon mea&ns within:", self.window_days),),
        )
        controls = QVBoxLayout()
        for labelled in rows:
            row = QHBoxLayout()
            for label, widget in labelled:
                if label:
                    caption = QLabel(label)
                    caption.setBuddy(widget)
                    row.addWidget(caption)
                row.addWidget(widget)
            row.addStretch(1)
            controls.addLayout(row)
        actions = QHBoxLayout()
        for widget in (self.record_session, self.import_button, self.export_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(undo_button)
        actions.addWidget(redo_button)

        left = QVBoxLayout()
        left.addLayout(controls)
        left.addLayout(actions)
        left.addStretch(1)
        committees = QGroupBox("How each committee stands")
        committees_layout = QVBoxLayout(committees)
        committees_layout.addWidget(self.compliance)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(committees)

        layout = QVBoxLayout(self)
        layout.addWidget(Heading("Members' training", level=1))
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.feedback)
        layout.addWidget(self.tabs, 1)
        self.feedback.hide()

        self.seat.currentIndexChanged.connect(lambda _i: self.refresh())
        self.as_at.dateChanged.connect(lambda _d: self.refresh())
        self.today_button.clicked.connect(
            lambda: self.as_at.setDate(to_qdate(self.training.today()))
        )
        self.window_days.valueChanged.connect(self._on_window_changed)
        self.record_session.clicked.connect(self.record_attendance)
        self.import_button.clicked.connect(self.import_attendance)
        self.export_button.clicked.connect(self.export_compliance)
        self.banner.remove.clicked.connect(self.remove_demo)
        self.banner.reload.clicked.connect(self.reload_demo)
        self.matrix_view.activated.connect(self._open_member_from_matrix)
        self.needs_view.activated.connect(self._open_member_from_needs)
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def role_key(self) -> str | None:
        data = self.seat.currentData()
        return None if data is None else str(data)

    def as_at_date(self) -> date:
        return from_qdate(self.as_at.date())

    def wait_for_background_work(self) -> None:
        """Nothing on this page runs off the UI thread."""

    def refresh(self) -> None:
        """Work out everyone's status again and show it."""
        # Statuses need only each member's latest completion of each module; a member's
        # whole record is read when they are chosen on the Members and records tab.
        self.board = self.training.board(self.as_at_date(), self.window_days.value(), history=False)
        board, role = self.board, self.role_key()
        self.matrix.set_board(board, role)
        needs = board.needs(role)
        self.needs.set_needs(needs)
        soon = sum(1 for n in needs if not n.status.status.needs_action)
        self.needs_summary.setText(
            f"{len(needs) - soon} overdue or never done, and {soon} due within "
            f"{board.due_soon_days} days of {long_date(board.as_at)}. "
            "Press Enter on a line to open that member's record."
        )
        lines = []
        for line in board.compliance():
            mark = "✓" if line.all_in_date else ("–" if line.total == 0 else "✗")
            text = f"{mark} {line.line}"
            lines.append(f"<b>{text}</b>" if line.role.key == role else text)
        self.compliance.setText("<br>".join(lines))
        self.banner.setVisible(board.includes_demo)
        self.banner.show_reference(self.training.demo_reference_date())
        self._stale = {
            self.needs_box,
            self.members_tab,
            self.modules_tab,
            self.year_tab,
            self.self_checks_tab,
        }
        self._show_tab()

    def _show_tab(self) -> None:
        """Bring the tab in view up to date, if the records or the day changed since."""
        tab = self.tabs.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        board = self.board
        if tab is self.needs_box:
            self.needs_view.resizeColumnsToContents()
            self.reminders.show_board()
        elif tab is self.members_tab:
            self.members_tab.show_board(board)
        elif tab is self.modules_tab:
            self.modules_tab.show_board(board)
        elif tab is self.year_tab:
            self.year_tab.show_board()
        elif tab is self.self_checks_tab:
            self.self_checks_tab.show_figures()

    def widget(self) -> QWidget:
        return self

    def say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def show_member(self, member_id: int) -> None:
        self.tabs.setCurrentWidget(self.members_tab)
        self.members_tab.select_member(member_id)
        self.members_tab.module_table.setFocus()

    def _open_member_from_matrix(self, index: QModelIndex) -> None:
        self.show_member(self.matrix.record(index.row()).member.id or 0)

    def _open_member_from_needs(self, index: QModelIndex) -> None:
        self.show_member(self.needs.need(index.row()).member.id or 0)

    def _on_window_changed(self, days: int) -> None:
        self.training.set_due_soon_days(days)
        self.refresh()

    # -- officer tools -------------------------------------------------------------------

    def record_attendance(self) -> None:
        """Open the dialog to record one session for many members."""
        record_session(self)

    def import_attendance(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import training attendance", str(Path.home()), "CSV files (*.csv);;All files (*)"
        )
        if path:
            import_attendance_file(self, Path(path))

    def import_members(self) -> None:
        """Bring the list of councillors up to date from the council's CSV file."""
        path, _ = QFileDialog.getOpenFileName(
            self, "Import councillors", str(Path.home()), "CSV files (*.csv);;All files (*)"
        )
        if path:
            import_members_file(self, Path(path))

    def export_compliance(self) -> None:
        suggested = Path.home() / f"training-compliance-{self.board.as_at.isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, "Export training compliance", str(suggested), "CSV files (*.csv)"
        )
        if path:
            export_compliance_to(self, Path(path))

    def remove_demo(self) -> None:
        if not confirm(
            self,
            "Remove demonstration members",
            "Remove every demonstration member and their training records? "
            "Your own members are not touched. You can undo this with Ctrl+Z.",
            "Remove",
        ):
            return
        training = self.training
        removed = training.remove_demo_members()
        deleted(
            self,
            "remove the demonstration members",
            lambda: training.restore_members(removed),
            training.remove_demo_members,
            f"Removed {len(removed.members)} demonstration members.",
        )

    def reload_demo(self) -> None:
        if not confirm(
            self,
            "Reload demonstration members",
            "Replace the demonstration members with fresh ones, with dates counted from "
            "today? Changes you made to them are lost. You can undo this with Ctrl+Z.",
            "Reload",
        ):
            return
        training = self.training
        today = training.today()
        try:
            removed = reload_demo_roster(training, today)
        except BriefingError as error:
            show_user_error(self, "The demonstration members could not be reloaded", error)
            return

        def undo() -> None:
            training.remove_demo_members()
            training.restore_members(removed)

        self.undo_stack.push(
            DoneCommand(
                "reload the demonstration members",
                undo,
                lambda: reload_demo_roster(training, today),
                self.refresh,
                self,
            )
        )
        self.as_at.setDate(QDate(today.year, today.month, today.day))
        self.refresh()
        self.say("Reloaded the demonstration members with dates counted from today.")
