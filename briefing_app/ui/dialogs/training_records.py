"""Dialogs for one record: a member, a module, or one completion."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from briefing_app.domain.training.records import (
    MAX_GRACE_MONTHS,
    Completion,
    Member,
    Module,
    RefreshKind,
    RefreshRule,
    Role,
)
from briefing_app.ui.dialogs.record_dialog import RecordDialog
from briefing_app.ui.widgets.dates import date_edit, from_qdate


def seat_list(roles: Sequence[Role], chosen: frozenset[str], name: str) -> QListWidget:
    """Tick boxes for the seats; Space ticks the current one."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    for role in roles:
        item = QListWidgetItem(role.name, widget)
        item.setData(Qt.ItemDataRole.UserRole, role.key)
        item.setToolTip(role.description)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if role.key in chosen else Qt.CheckState.Unchecked)
    widget.setMaximumHeight(widget.sizeHintForRow(0) * (len(roles) + 1) + 8)
    return widget


def ticked(widget: QListWidget) -> frozenset[str]:
    return frozenset(
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class MemberDialog(RecordDialog[Member, Member]):
    def __init__(
        self,
        roles: Sequence[Role],
        today: date,
        save: Callable[[Member], Member],
        member: Member | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit member" if member else "Add a member", save, parent)
        self._member = member
        self.name = QLineEdit(member.name if member else "")
        self.party = QLineEdit(member.party if member else "")
        self.ward = QLineEdit(member.ward if member else "")
        self.email = QLineEdit(member.email if member else "")
        self.email.setPlaceholderText("For reminders; the app never sends e-mail itself")
        self.term_start = date_edit("Term of office began", member.term_start if member else today)
        self.has_end = QCheckBox("The term has an end &date")
        self.has_end.setAccessibleName("The term has an end date")
        end = member.term_end if member and member.term_end else None
        self.has_end.setChecked(end is not None)
        self.term_end = date_edit(
            "Term of office ends", end or date(today.year + 4, today.month, min(today.day, 28))
        )
        self.term_end.setEnabled(end is not None)
        self.has_end.toggled.connect(self.term_end.setEnabled)
        # Every councillor holds the seat every councillor holds: it is not ticked.
        seats = [r for r in roles if not r.for_everyone]
        self.seats = seat_list(seats, member.roles if member else frozenset(), "Seats")
        self.add_row("&Name:", self.name)
        self.add_row("&Party:", self.party)
        self.add_row("&Ward:", self.ward)
        self.add_row("E-&mail:", self.email)
        self.add_row("Term &began:", self.term_start)
        self.form.addRow("", self.has_end)
        self.add_row("Term &ends:", self.term_end)
        self.add_row("Se&ats:", self.seats)
        self.name.setFocus()

    def value(self) -> Member:
        return Member(
            name=self.name.text(),
            party=self.party.text(),
            ward=self.ward.text(),
            term_start=from_qdate(self.term_start.date()),
            term_end=from_qdate(self.term_end.date()) if self.has_end.isChecked() else None,
            roles=ticked(self.seats),
            demo=self._member.demo if self._member else False,
            id=self._member.id if self._member else None,
            email=self.email.text(),
            archived_on=self._member.archived_on if self._member else None,
        )


class ModuleDialog(RecordDialog[Module, Module]):
    def __init__(
        self,
        roles: Sequence[Role],
        save: Callable[[Module], Module],
        module: Module | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit module" if module else "Add a module", save, parent)
        self._module = module
        self.name = QLineEdit(module.name if module else "")
        self.kind = QComboBox()
        self.kind.addItem("Every so many months", RefreshKind.EVERY_MONTHS.value)
        self.kind.addItem("Once per term of office", RefreshKind.ONCE_PER_TERM.value)
        self.kind.addItem("Once only", RefreshKind.ONCE.value)
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setSuffix(" months")
        self.months.setValue(12)
        if module is not None:
            self.kind.setCurrentIndex(self.kind.findData(module.refresh.kind.value))
            if module.refresh.kind is RefreshKind.EVERY_MONTHS:
                self.months.setValue(module.refresh.months)
        self.months.setEnabled(self._kind() is RefreshKind.EVERY_MONTHS)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.months.setEnabled(self._kind() is RefreshKind.EVERY_MONTHS)
        )
        self.grace = QSpinBox()
        self.grace.setRange(0, MAX_GRACE_MONTHS)
        self.grace.setSuffix(" months")
        self.grace.setSpecialValueText("No time: needed at once")
        self.grace.setValue(module.grace_months if module else 0)
        self.grace.setToolTip(
            "How long a member has, from the day their term of office began, to do it for the "
            "first time in that term."
        )
        self.description = QPlainTextEdit(module.description if module else "")
        self.description.setTabChangesFocus(True)
        self.seats = seat_list(
            roles, module.required_for if module else frozenset(), "Required of these seats"
        )
        self.add_row("&Name:", self.name)
        self.add_row("&How often:", self.kind)
        self.add_row("&Every:", self.months)
        self.add_row("&Required of:", self.seats)
        self.add_row("New members ha&ve:", self.grace)
        self.add_row("What it &covers:", self.description)
        self.name.setFocus()

    def _kind(self) -> RefreshKind:
        return RefreshKind(self.kind.currentData())

    def value(self) -> Module:
        kind = self._kind()
        rule = RefreshRule(kind, self.months.value() if kind is RefreshKind.EVERY_MONTHS else 0)
        module = self._module or Module(key="", name="New module", refresh=rule)
        return replace(
            module,
            name=self.name.text(),
            refresh=rule,
            required_for=ticked(self.seats),
            description=self.description.toPlainText(),
            grace_months=self.grace.value(),
        )


class CompletionDialog(RecordDialog[Completion, Completion]):
    """One completion for one member: which module, when, who ran it, and a note."""

    def __init__(
        self,
        member: Member,
        modules: Sequence[Module],
        today: date,
        save: Callable[[Completion], Completion],
        completion: Completion | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = "Edit training record" if completion else f"Record training for {member.name}"
        super().__init__(title, save, parent)
        self._member = member
        self._completion = completion
        self.module = QComboBox()
        for module in modules:
            self.module.addItem(module.name, module.id)
        if completion is not None:
            self.module.setCurrentIndex(self.module.findData(completion.module_id))
        self.day = date_edit(
            "Date of the training", completion.completed_on if completion else today, today
        )
        self.provider = QLineEdit(completion.provider if completion else "")
        self.note = QPlainTextEdit(completion.note if completion else "")
        self.note.setTabChangesFocus(True)
        self.add_row("&Module:", self.module)
        self.add_row("&Date:", self.day)
        self.add_row("&Provider:", self.provider)
        self.add_row("N&ote:", self.note)

    def value(self) -> Completion:
        return Completion(
            member_id=self._member.id or 0,
            module_id=int(self.module.currentData()),
            completed_on=from_qdate(self.day.date()),
            provider=self.provider.text(),
            note=self.note.toPlainText(),
            id=self._completion.id if self._completion else None,
        )
