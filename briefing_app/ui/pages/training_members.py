"""The members tab: the list of members, and each member's own record and what is next due."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.dates import long_date
from briefing_app.domain.person_names import loosely_contains
from briefing_app.domain.training.compliance import MemberRecord, TrainingBoard
from briefing_app.domain.training.records import Completion, Member, Module
from briefing_app.domain.training.reminders import next_steps
from briefing_app.domain.wording import plural
from briefing_app.ui.dialogs.training_records import CompletionDialog, MemberDialog
from briefing_app.ui.models.training_records import (
    CompletionHistoryModel,
    MemberListModel,
    MemberModulesModel,
)
from briefing_app.ui.pages.training_host import Host
from briefing_app.ui.pages.training_self_checks import show_answers, take_self_check
from briefing_app.ui.pages.training_tools import deleted
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.message_boxes import confirm
from briefing_app.ui.widgets.tables import named_button, row_table, select_row


def table(model: QAbstractItemModel, name: str) -> QTableView:
    """A table of records: each column as wide as its contents, the last taking the rest."""
    view = row_table(model, name, stretch_last=True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class MembersTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.search = QLineEdit()
        self.search.setPlaceholderText("Type part of a name, party or ward")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Find a member")
        self.members = MemberListModel()
        self.member_table = table(self.members, "Members")
        # Seats and term are shown beside the list, for the chosen member.
        self.member_table.setColumnHidden(MemberListModel.SEATS, True)
        self.member_table.setColumnHidden(MemberListModel.TERM, True)
        self.add_member = named_button("&Add member…", "Add member")
        self.edit_member = named_button("Edi&t member…", "Edit member")
        self.delete_member = named_button("Delete &member…", "Delete member")
        self.import_members = named_button(
            "Import councillors…", "Import the council's list of councillors"
        )
        self.import_members.setToolTip(
            "Bring the list of councillors up to date from the council's own list, saved as "
            "a CSV file. You see every change before it is made."
        )

        self.name = Heading(level=2)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("About this member")
        self.next_due = QLabel()
        self.next_due.setWordWrap(True)
        self.next_due.setAccessibleName("What is next due")
        self.modules = MemberModulesModel()
        self.module_table = table(self.modules, "This member's modules")
        self.history = CompletionHistoryModel()
        self.history_table = table(self.history, "This member's training record")
        self.record_training = named_button("Record trainin&g…", "Record training")
        self.edit_record = named_button("Change record…", "Change training record")
        self.delete_record = named_button("Delete rec&ord…", "Delete training record")
        self.take_check = named_button("Take a self-chec&k…", "Take a self-check")
        self.take_check.setToolTip(
            "A few questions on the module chosen above, for this councillor to answer after "
            "attending it. The result is kept with their attendance."
        )
        self.see_answers = named_button("Self-check answers…", "See this self-check's answers")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        find_label = QLabel("Name, &party or ward:")
        find_label.setBuddy(self.search)
        left_layout.addWidget(find_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.member_table, 1)
        row = QHBoxLayout()
        for widget in (self.add_member, self.edit_member, self.delete_member):
            row.addWidget(widget)
        left_layout.addLayout(row)
        left_layout.addWidget(self.import_members)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.name)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.next_due)
        right_layout.addWidget(self.module_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.take_check)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addWidget(Heading("Training record", level=3))
        right_layout.addWidget(self.history_table, 1)
        row = QHBoxLayout()
        for widget in (self.record_training, self.edit_record, self.delete_record):
            row.addWidget(widget)
        row.addStretch(1)
        right_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.see_answers)
        row.addStretch(1)
        right_layout.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.search.textChanged.connect(lambda _t: self.show_board(self.host.board))
        self.member_table.selectionModel().currentRowChanged.connect(self._on_member_changed)
        self.member_table.doubleClicked.connect(lambda _i: self._edit_member())
        self.history_table.doubleClicked.connect(lambda _i: self._edit_record())
        self.add_member.clicked.connect(self._add_member)
        self.edit_member.clicked.connect(self._edit_member)
        self.delete_member.clicked.connect(self._delete_member)
        self.record_training.clicked.connect(self._record_training)
        self.edit_record.clicked.connect(self._edit_record)
        self.delete_record.clicked.connect(self._delete_record)
        self.import_members.clicked.connect(self.host.import_members)
        self.take_check.clicked.connect(self._take_check)
        self.see_answers.clicked.connect(self._see_answers)
        self.module_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_check_buttons()
        )
        self.history_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_check_buttons()
        )
        self._show_record(None)

    # -- showing -------------------------------------------------------------------------

    def show_board(self, board: TrainingBoard) -> None:
        keep = self.current_member()
        query = self.search.text()
        shown = [
            r.member
            for r in board.records
            if loosely_contains(f"{r.member.name} {r.member.party} {r.member.ward}", query)
        ]
        self.members.set_members(shown, board.catalogue)
        if not shown:
            self._show_record(None)
            return
        row = self.members.row_of(keep.id) if keep and keep.id is not None else None
        self._select_row(row if row is not None else 0)

    def current_member(self) -> Member | None:
        index = self.member_table.currentIndex()
        return self.members.member(index.row()) if index.isValid() else None

    def select_member(self, member_id: int) -> bool:
        self.search.clear()
        row = self.members.row_of(member_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        select_row(self.member_table, row)
        self._on_member_changed(self.members.index(row, 0), QModelIndex())

    def _on_member_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        member = self.members.member(current.row()) if current.isValid() else None
        record = self.host.board.record(member.id) if member and member.id else None
        self._show_record(record)

    def _show_record(self, record: MemberRecord | None) -> None:
        self.modules.set_record(record)
        # The whole training record, and the self-check results, are read only for the
        # councillor on screen (the page's statuses need only the latest of each module).
        member_id = record.member.id if record is not None else None
        results = self.host.self_checks.results_for_member(member_id) if member_id else {}
        completions = self.host.training.completions(member_id) if member_id else []
        catalogue = self.host.board.catalogue
        self.history.set_history(
            [
                (c, catalogue.module(c.module_id))
                for c in sorted(completions, key=lambda c: c.completed_on, reverse=True)
            ],
            results,
        )
        if self.modules.rowCount():
            self.module_table.selectRow(0)
        if self.history.rowCount():
            # Change record and Delete record act on the record chosen: choose the latest.
            self.history_table.selectRow(0)
        has = record is not None
        for widget in (self.edit_member, self.delete_member, self.record_training):
            widget.setEnabled(has)
        for widget in (self.edit_record, self.delete_record):
            widget.setEnabled(has and bool(completions))
        self._update_check_buttons()
        if record is None:
            self.name.setText("No member chosen")
            self.detail.setText("Choose a member on the left, or add one.")
            self.next_due.setText("")
            return
        member = record.member
        self.name.setText(member.name)
        self.name.setAccessibleName(member.name)
        seats = ", ".join(self.host.board.catalogue.role_names(member)) or "no seats"
        lines = [p for p in (member.detail, f"Seats: {seats}", f"{member.term_text}.") if p]
        if member.demo:
            lines.append("Demonstration record: this member is made up.")
        if member.archived_on is not None:
            lines.append(
                f"Left the council's list on {long_date(member.archived_on)}: kept, with their "
                "training records, as a record."
            )
        self.detail.setText("\n".join(lines))
        self.next_due.setText(next_steps(record))
        self.module_table.resizeRowsToContents()

    def _update_check_buttons(self) -> None:
        """Take a self-check: for the module chosen, if it has one; answers: for the
        record chosen, if it has a result."""
        module = self.current_module()
        self.take_check.setEnabled(
            self.current_member() is not None
            and module is not None
            and module.id in self.host.self_checks.checks()
        )
        completion = self._current_completion()
        self.see_answers.setEnabled(
            completion is not None and self.history.result_for(completion) is not None
        )

    def current_module(self) -> Module | None:
        index = self.module_table.currentIndex()
        return self.modules.module(index.row()) if index.isValid() else None

    def _take_check(self) -> None:
        member, module = self.current_member(), self.current_module()
        if member is not None and module is not None:
            take_self_check(self.host, self, member, module)

    def _see_answers(self) -> None:
        member, completion = self.current_member(), self._current_completion()
        if member is None or completion is None:
            return
        result = self.history.result_for(completion)
        module = self.host.board.catalogue.module(completion.module_id)
        if result is not None and module is not None:
            show_answers(self, member, module, result)

    # -- members -------------------------------------------------------------------------

    def _add_member(self) -> None:
        dialog = MemberDialog(
            self.host.board.catalogue.roles,
            self.host.training.today(),
            self.host.training.add_member,
            parent=self,
        )
        if dialog.exec() and dialog.result_value is not None:
            self.host.refresh()
            self.select_member(dialog.result_value.id or 0)
            self.host.say(f"Added {dialog.result_value.name}.")

    def _edit_member(self) -> None:
        member = self.current_member()
        if member is None:
            return
        dialog = MemberDialog(
            self.host.board.catalogue.roles,
            self.host.training.today(),
            self.host.training.update_member,
            member,
            parent=self,
        )
        if dialog.exec():
            self.host.refresh()
            self.host.say(f"Saved {member.name}.")

    def _delete_member(self) -> None:
        member = self.current_member()
        if member is None or member.id is None:
            return
        count = len(self.host.training.completions(member.id))
        records = f" and {plural(count, 'training record')}" if count else ""
        if not confirm(
            self,
            "Delete member",
            f"Delete {member.name}{records}? You can undo this with Ctrl+Z.",
            "Delete",
        ):
            return
        training = self.host.training
        gone = training.delete_members([member.id])
        deleted(
            self.host,
            f"delete {member.name}",
            lambda: training.restore_members(gone),
            lambda: training.delete_members([m.id or 0 for m in gone.members]),
            f"Deleted {member.name}.",
        )

    # -- completions ---------------------------------------------------------------------

    def _record_training(self) -> None:
        member = self.current_member()
        if member is not None and self._completion_dialog(member, None):
            self.host.say(f"Recorded training for {member.name}.")

    def _current_completion(self) -> Completion | None:
        index = self.history_table.currentIndex()
        return self.history.completion(index.row()) if index.isValid() else None

    def _edit_record(self) -> None:
        member, completion = self.current_member(), self._current_completion()
        if (
            member is not None
            and completion is not None
            and self._completion_dialog(member, completion)
        ):
            self.host.say("Saved the training record.")

    def _completion_dialog(self, member: Member, completion: Completion | None) -> bool:
        """Record training for the member (or change ``completion``); True if saved."""
        training = self.host.training
        save = training.record_completion if completion is None else training.update_completion
        dialog = CompletionDialog(
            member,
            self.host.board.catalogue.modules,
            training.today(),
            save,
            completion,
            parent=self,
        )
        if not dialog.exec():
            return False
        self.host.refresh()
        return True

    def _delete_record(self) -> None:
        completion = self._current_completion()
        if completion is None or completion.id is None:
            return
        module = self.host.board.catalogue.module(completion.module_id)
        what = f"{module.name if module else 'training'} on {long_date(completion.completed_on)}"
        if not confirm(
            self,
            "Delete training record",
            f"Delete the record of {what}? You can undo this with Ctrl+Z.",
            "Delete",
        ):
            return
        training = self.host.training
        gone = training.delete_completions([completion.id])
        deleted(
            self.host,
            f"delete the record of {what}",
            lambda: training.restore_completions(gone),
            lambda: training.delete_completions([c.id or 0 for c in gone]),
            f"Deleted the record of {what}.",
        )
