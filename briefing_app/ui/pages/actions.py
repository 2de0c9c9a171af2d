"""Actions across meetings: what is open, due soon or overdue; closing one with a note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.meetings import ActionFilter, ActionState, ActionView
from briefing_app.services.actions import ActionService
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.models.meetings import ActionTableModel
from briefing_app.ui.widgets.message_boxes import ask
from briefing_app.ui.widgets.tables import row_table, select_row

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


class ActionsPage(QWidget):
    title = "Actions"

    def __init__(self, actions: ActionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions

        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName("Show actions")
        for choice in ActionFilter:
            self.filter_box.addItem(choice.label, choice)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setAccessibleName("How many actions are in each state")
        self.model = ActionTableModel(actions.today)
        self.table = row_table(self.model, "Actions")
        header = self.table.horizontalHeader()
        for column in (ActionTableModel.STATE, ActionTableModel.DUE, ActionTableModel.QUESTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        character = self.fontMetrics().averageCharWidth()
        for column, characters in (
            (ActionTableModel.WHO, 22),
            (ActionTableModel.RAISED_AT, 26),
            (ActionTableModel.NOTE, 24),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, character * characters)

        self.close_button = QPushButton("&Close with a note…")
        self.close_button.setAccessibleName("Close the chosen action with a note")
        self.reopen_button = QPushButton("&Reopen")
        self.reopen_button.setAccessibleName("Reopen the chosen action")
        self.change_button = QPushButton("Chan&ge…")
        self.change_button.setAccessibleName("Change who, what or when")
        self.delete_button = QPushButton("&Delete…")
        self.delete_button.setAccessibleName("Delete the chosen action")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName("What last changed")

        top = QHBoxLayout()
        label = QLabel("&Show:")
        label.setBuddy(self.filter_box)
        top.addWidget(label)
        top.addWidget(self.filter_box)
        top.addWidget(self.counts_label, 1)
        buttons = QHBoxLayout()
        for button in (
            self.close_button,
            self.reopen_button,
            self.change_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

        self.filter_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.table.activated.connect(lambda _index: self.close_current())
        self.close_button.clicked.connect(self.close_current)
        self.reopen_button.clicked.connect(self.reopen_current)
        self.change_button.clicked.connect(self.change_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def current_filter(self) -> ActionFilter:
        choice = self.filter_box.currentData()
        return choice if isinstance(choice, ActionFilter) else ActionFilter.OPEN

    def set_filter(self, choice: ActionFilter) -> None:
        self.filter_box.setCurrentIndex(self.filter_box.findData(choice))

    def wait_for_background_work(self) -> None:
        """Nothing on this page runs off the UI thread."""

    def refresh(self) -> None:
        keep = self.current_view()
        self.model.set_actions(self._actions.actions(self.current_filter()))
        self.table.resizeRowsToContents()
        counts = self._actions.counts()
        still_open = sum(n for state, n in counts.items() if state.is_open)
        self.counts_label.setText(
            f"{still_open} open: {counts[ActionState.OVERDUE]} overdue, "
            f"{counts[ActionState.DUE_SOON]} due within two weeks. "
            f"{counts[ActionState.CLOSED]} closed."
        )
        if keep is not None and self.select_action(keep.action.id, widen=False):
            return
        if self.model.rowCount():
            self._select_row(0)
        self._update_buttons()

    def current_view(self) -> ActionView | None:
        index = self.table.currentIndex()
        return self.model.view(index.row()) if index.isValid() else None

    def select_action(self, action_id: int, *, widen: bool = True) -> bool:
        row = self.model.row_of(action_id)
        if row is None and widen:
            self.set_filter(ActionFilter.ALL)
            row = self.model.row_of(action_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        select_row(self.table, row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        view = self.current_view()
        closed = view is not None and view.action.is_closed
        self.close_button.setEnabled(view is not None and not closed)
        self.reopen_button.setEnabled(closed)
        self.change_button.setEnabled(view is not None)
        self.delete_button.setEnabled(view is not None)

    def close_current(self) -> None:
        # The dialog, only when it is opened (about 14 ms).
        from briefing_app.ui.dialogs.action_dialog import CloseActionDialog

        view = self.current_view()
        if view is None or view.action.is_closed:
            return
        dialog = CloseActionDialog(view.action, self)
        if not dialog.exec():
            return
        try:
            self._actions.close(view.action.id, dialog.note())
        except BriefingError as error:
            show_user_error(self, "The action could not be closed", error)
            return
        self.message_label.setText(
            f"Closed: {view.action.owner} will {view.action.description}. Reopen undoes this."
        )
        self.refresh()

    def reopen_current(self) -> None:
        view = self.current_view()
        if view is None or not view.action.is_closed:
            return
        self._actions.reopen(view.action.id)
        self.message_label.setText("The action is open again; its closing note is kept.")
        self.refresh()

    def change_current(self) -> None:
        # The dialog, only when it is opened (about 14 ms).
        from briefing_app.ui.dialogs.action_dialog import ActionDialog

        view = self.current_view()
        if view is None:
            return
        dialog = ActionDialog(view.action.due, view.action, parent=self)
        if not dialog.exec():
            return
        try:
            self._actions.update(view.action.id, dialog.details())
        except BriefingError as error:
            show_user_error(self, "The action could not be changed", error)
            return
        self.refresh()

    def delete_current(self) -> None:
        view = self.current_view()
        if view is None:
            return
        if ask(
            self,
            "Delete the action?",
            f"Delete this action for good? {view.action.owner} will {view.action.description}. "
            "To record that it is done, close it with a note instead.",
        ):
            self._actions.delete(view.action.id)
            self.message_label.setText("The action was deleted.")
            self.refresh()
