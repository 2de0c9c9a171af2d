"""Record one training session for many members at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.person_names import loosely_contains
from briefing_app.domain.training.compliance import Catalogue
from briefing_app.domain.training.records import Member
from briefing_app.domain.wording import plural
from briefing_app.services.training.service import AttendanceResult
from briefing_app.ui.dialogs.record_dialog import RecordDialog
from briefing_app.ui.widgets.dates import date_edit, from_qdate


@dataclass(frozen=True)
class Session:
    module_id: int
    completed_on: date
    member_ids: tuple[int, ...]
    provider: str
    note: str


class AttendanceDialog(RecordDialog[Session, AttendanceResult]):
    def __init__(
        self,
        catalogue: Catalogue,
        members: Sequence[Member],
        today: date,
        save: Callable[[Session], AttendanceResult],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Record a training session", save, parent)
        self._catalogue = catalogue
        self.module = QComboBox()
        for module in catalogue.modules:
            self.module.addItem(module.name, module.id)
        self.day = date_edit("Date of the session", today, today)
        self.provider = QLineEdit()
        self.note = QLineEdit()
        self.seat = QComboBox()
        self.seat.setAccessibleName("Show members of")
        self.seat.addItem("All members", None)
        for role in catalogue.seats:
            self.seat.addItem(role.name, role.key)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Type part of a name")
        self.search.setClearButtonEnabled(True)
        self.members = QListWidget()
        self.members.setAccessibleName("Members who attended")
        self.members.setAccessibleDescription("Tick each member who attended. Space ticks.")
        for member in members:
            item = QListWidgetItem(member.name, self.members)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, member)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if member.detail:
                item.setToolTip(member.detail)
        self.tick_shown = QPushButton("&Tick all shown")
        self.tick_shown.setAccessibleName("Tick all shown")
        self.clear_ticks = QPushButton("C&lear ticks")
        self.clear_ticks.setAccessibleName("Clear ticks")
        self.count = QLabel()
        self.count.setAccessibleName("How many are ticked")

        self.add_row("&Module:", self.module)
        self.add_row("&Date:", self.day)
        self.add_row("&Provider:", self.provider)
        self.add_row("N&ote:", self.note)
        self.add_row("S&how members of:", self.seat)
        self.add_row("&Find:", self.search)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.members)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tick_shown)
        buttons.addWidget(self.clear_ticks)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        column.addLayout(buttons)
        self.add_row("&Attended:", box)
        self.members.setAccessibleName("Members who attended")

        self.seat.currentIndexChanged.connect(lambda _i: self._filter())
        self.search.textChanged.connect(lambda _t: self._filter())
        self.members.itemChanged.connect(lambda _item: self._update_count())
        self.tick_shown.clicked.connect(lambda: self._tick(shown_only=True))
        self.clear_ticks.clicked.connect(self._clear)
        self._update_count()
        self.resize(520, 620)

    def _items(self) -> list[QListWidgetItem]:
        return [self.members.item(i) for i in range(self.members.count())]

    def _filter(self) -> None:
        seat = self.seat.currentData()
        query = self.search.text()
        for item in self._items():
            member: Member = item.data(Qt.ItemDataRole.UserRole + 1)
            visible = (seat is None or member.holds(seat)) and loosely_contains(member.name, query)
            item.setHidden(not visible)

    def _tick(self, *, shown_only: bool) -> None:
        for item in self._items():
            if not (shown_only and item.isHidden()):
                item.setCheckState(Qt.CheckState.Checked)

    def _clear(self) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Unchecked)

    def ticked_ids(self) -> tuple[int, ...]:
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def _update_count(self) -> None:
        n = len(self.ticked_ids())
        self.count.setText(f"{plural(n, 'member')} ticked")

    def value(self) -> Session:
        if self.module.currentData() is None:
            raise InvalidInputError("There are no modules.", "Add a module first.")
        return Session(
            module_id=int(self.module.currentData()),
            completed_on=from_qdate(self.day.date()),
            member_ids=self.ticked_ids(),
            provider=self.provider.text(),
            note=self.note.text(),
        )
