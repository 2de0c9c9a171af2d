"""The modules tab: the catalogue of training, how often each must be done, and by whom."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from briefing_app.domain.training.compliance import TrainingBoard
from briefing_app.domain.training.records import Module
from briefing_app.domain.wording import plural
from briefing_app.ui.dialogs.training_records import ModuleDialog
from briefing_app.ui.models.training_records import ModuleCatalogueModel
from briefing_app.ui.pages.training_host import Host
from briefing_app.ui.pages.training_members import table
from briefing_app.ui.pages.training_tools import deleted
from briefing_app.ui.widgets.message_boxes import confirm
from briefing_app.ui.widgets.tables import named_button


class ModulesTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.modules = ModuleCatalogueModel()
        self.module_table = table(self.modules, "Training modules")
        header = self.module_table.horizontalHeader()
        for column in (ModuleCatalogueModel.REQUIRED, ModuleCatalogueModel.DESCRIPTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Rows follow the wrapped text as the columns change width (a short list).
        self.module_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.add_module = named_button("Add &module…", "Add module")
        self.edit_module = named_button("Chan&ge module…", "Change module")
        self.delete_module = named_button("Dele&te module…", "Delete module")
        intro = QLabel(
            "The training each seat needs, and how often. A change here changes every "
            "member's status at once."
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.module_table, 1)
        row = QHBoxLayout()
        for widget in (self.add_module, self.edit_module, self.delete_module):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.module_table.doubleClicked.connect(lambda _i: self._edit())
        self.add_module.clicked.connect(self._add)
        self.edit_module.clicked.connect(self._edit)
        self.delete_module.clicked.connect(self._delete)

    def show_board(self, board: TrainingBoard) -> None:
        keep = self.current_module()
        self.modules.set_catalogue(board.catalogue)
        rows = [
            r
            for r in range(self.modules.rowCount())
            if keep and self.modules.module(r).id == keep.id
        ]
        if self.modules.rowCount():
            self.module_table.selectRow(rows[0] if rows else 0)
        has = self.modules.rowCount() > 0
        self.edit_module.setEnabled(has)
        self.delete_module.setEnabled(has)

    def current_module(self) -> Module | None:
        index = self.module_table.currentIndex()
        return self.modules.module(index.row()) if index.isValid() else None

    def _add(self) -> None:
        dialog = ModuleDialog(
            self.host.board.catalogue.roles, self.host.training.add_module, parent=self
        )
        if dialog.exec() and dialog.result_value is not None:
            self.host.refresh()
            self.host.say(f"Added the module {dialog.result_value.name}.")

    def _edit(self) -> None:
        module = self.current_module()
        if module is None:
            return
        dialog = ModuleDialog(
            self.host.board.catalogue.roles, self.host.training.update_module, module, parent=self
        )
        if dialog.exec():
            self.host.refresh()
            self.host.say(f"Saved the module {module.name}.")

    def _delete(self) -> None:
        module = self.current_module()
        if module is None or module.id is None:
            return
        training = self.host.training
        count = training.completions_of_module(module.id)
        records = f" This also deletes {plural(count, 'training record')} for it." if count else ""
        if not confirm(
            self,
            "Delete module",
            f"Delete the module {module.name}?{records} You can undo this with Ctrl+Z.",
            "Delete",
        ):
            return
        gone = training.delete_module(module.id)
        deleted(
            self.host,
            f"delete the module {module.name}",
            lambda: training.restore_module(gone),
            lambda: training.delete_module(gone.module.id or 0),
            f"Deleted the module {module.name}.",
        )
