"""The Training page, driven through its buttons, keys and dialogs."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.training.records import Status
from briefing_app.services.opening.container import Services
from briefing_app.ui.dialogs.attendance import AttendanceDialog
from briefing_app.ui.dialogs.training_records import MemberDialog, ModuleDialog
from briefing_app.ui.models.training_matrix import TrainingMatrixModel
from briefing_app.ui.pages.training import TrainingPage
from briefing_app.ui.widgets.dates import to_qdate
from tests.ui.interaction import answer, click_button, type_text, when_modal


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> TrainingPage:
    shown = TrainingPage(services.training, services.self_checks)
    qtbot.addWidget(shown)
    shown.show()
    with qtbot.waitActive(shown):
        shown.activateWindow()
    reference = services.training.demo_reference_date()
    assert reference is not None
    shown.as_at.setDate(to_qdate(reference))
    return shown


def press_undo(qtbot: QtBot, page: TrainingPage, widget: QWidget) -> None:
    """Ctrl+Z with the focus on ``widget``, once the page's window is active again."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _names(page: TrainingPage) -> list[str]:
    return [page.matrix.record(r).member.name for r in range(page.matrix.rowCount())]


def _cell(page: TrainingPage, name: str, module_key: str) -> str:
    model = page.matrix
    row = _names(page).index(name)
    column = next(
        c for c in range(model.columnCount()) if (m := model.module(c)) and m.key == module_key
    )
    return str(model.index(row, column).data())


def test_the_page_says_the_members_are_made_up(page: TrainingPage) -> None:
    assert page.banner.isVisible()
    assert "Demonstration data" in page.banner.text.text()
    assert "made up" in page.banner.text.text()
    assert "6 of 9 board members fully in date" in page.compliance.text()
    assert "7 of 15 councillors fully in date" in page.compliance.text()
    assert len(_names(page)) == 15
    assert "Łukasz Wójcik" in _names(page)


def test_choosing_a_committee_with_the_keyboard(qtbot: QtBot, page: TrainingPage) -> None:
    page.seat.setFocus()
    assert page.seat.currentText() == "All members"
    assert len(_names(page)) == 15
    qtbot.keyClick(page.seat, Qt.Key.Key_Down)
    assert page.seat.currentText() == "Corporate Parenting Board"
    assert len(_names(page)) == 9
    assert "<b>✗ 6 of 9 board members fully in date</b>" in page.compliance.text()
    qtbot.keyClick(page.seat, Qt.Key.Key_Down)
    assert _names(page) == ["Łukasz Wójcik"]
    needs = [page.needs.need(r) for r in range(page.needs.rowCount())]
    assert all(n.member.name == "Łukasz Wójcik" for n in needs)


def test_the_day_and_the_window_change_what_is_due(qtbot: QtBot, page: TrainingPage) -> None:
    assert "8 due within 60 days" in page.needs_summary.text()
    page.window_days.setFocus()
    page.window_days.selectAll()
    qtbot.keyClicks(page.window_days, "10")
    assert page.window_days.value() == 10
    assert "0 due within 10 days" in page.needs_summary.text()
    assert page.training.due_soon_days() == 10
    later = page.as_at_date() + timedelta(days=400)
    page.as_at.setDate(to_qdate(later))
    assert _cell(page, "Tomás Ferreira", "refresher").startswith("Overdue")
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.as_at_date() == page.training.today()


def test_removing_the_demo_members_asks_first_and_can_be_undone(
    qtbot: QtBot, page: TrainingPage
) -> None:
    seen: list[str] = []
    answer("Cancel", seen)
    qtbot.mouseClick(page.banner.remove, Qt.MouseButton.LeftButton)
    assert "Remove every demonstration member" in seen[0]
    assert len(_names(page)) == 15

    answer("Remove")
    qtbot.mouseClick(page.banner.remove, Qt.MouseButton.LeftButton)
    assert _names(page) == []
    assert not page.banner.isVisible()
    assert "Press Ctrl+Z to undo" in page.feedback.text()
    assert "nobody holds this seat" in page.compliance.text()

    press_undo(qtbot, page, page.matrix_view)
    assert len(_names(page)) == 15
    assert page.banner.isVisible()
    assert "6 of 9 board members fully in date" in page.compliance.text()


def test_recording_a_session_for_several_members(qtbot: QtBot, page: TrainingPage) -> None:
    page.as_at.setDate(to_qdate(page.training.today()))
    before = len(page.training.completions())

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AttendanceDialog)
        dialog.module.setCurrentIndex(dialog.module.findText("Child exploitation awareness"))
        dialog.search.setFocus()
        type_text(dialog.search, "Kwame")
        dialog.members.setFocus()
        shown = [i for i in range(dialog.members.count()) if not dialog.members.item(i).isHidden()]
        assert [dialog.members.item(i).text() for i in shown] == ["Kwame Asante"]
        dialog.members.setCurrentRow(shown[0])
        qtbot.keyClick(dialog.members, Qt.Key.Key_Space)
        dialog.search.clear()
        type_text(dialog.search, "wojcik")
        qtbot.mouseClick(dialog.tick_shown, Qt.MouseButton.LeftButton)
        assert dialog.count.text() == "2 members ticked"
        type_text(dialog.provider, "Łódź Training Co-op")
        click_button(dialog, "Save")

    when_modal(fill)
    qtbot.mouseClick(page.record_session, Qt.MouseButton.LeftButton)
    assert "Recorded for 2 members" in page.feedback.text()
    assert _cell(page, "Kwame Asante", "exploitation").startswith("In date")
    assert len(page.training.completions()) == before + 2
    providers = [c.provider for c in page.training.completions()]
    assert providers.count("Łódź Training Co-op") == 2

    assert page.undo_stack.count() == 1, page.undo_stack.count()
    press_undo(qtbot, page, page.matrix_view)
    assert page.undo_stack.index() == 0
    assert len(page.training.completions()) == before
    # New at a by-election: still within his six months to do it.
    assert _cell(page, "Kwame Asante", "exploitation").startswith("To do")


def test_a_session_cannot_be_saved_with_nobody_ticked(qtbot: QtBot, page: TrainingPage) -> None:
    problems: list[str] = []

    def save_empty(dialog: QWidget) -> None:
        assert isinstance(dialog, AttendanceDialog)
        assert dialog.day.maximumDate() == to_qdate(page.training.today())
        click_button(dialog, "Save")
        assert dialog.isVisible()
        problems.append(dialog.error.text())
        click_button(dialog, "Cancel")

    when_modal(save_empty)
    qtbot.mouseClick(page.record_session, Qt.MouseButton.LeftButton)
    assert "No members are chosen" in problems[0]


def test_importing_attendance_from_a_file(
    qtbot: QtBot, page: TrainingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = page.training.today()
    path = tmp_path / "session.csv"
    path.write_text(
        f"member,module,date\nZoë Hartley,refresher,{today.isoformat()}\n"
        f"Łukasz Wójcik,refresher,{today:%d/%m/%Y}\n",
        encoding="utf-8-sig",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: list[str] = []
    answer("Record", seen)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "2 new completions for 2 members" in seen[0]
    assert "Imported session.csv" in page.feedback.text()
    page.as_at.setDate(to_qdate(today))
    assert _cell(page, "Zoë Hartley", "refresher").startswith("In date")


def test_a_file_with_problems_lists_every_line_and_records_nothing(
    qtbot: QtBot, page: TrainingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "member,module,date\nZoë Hartley,refresher,2025-01-01\nNobody,refresher,2025-01-01\n"
        "Zoë Hartley,refresher,someday\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = page.training.completions()
    seen: list[str] = []
    answer("OK", seen)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "2 lines have problems. Nothing was recorded." in seen[0]
    assert "Line 3: No member called 'Nobody'" in seen[0]
    assert "Line 4: 'someday' is not a date" in seen[0]
    assert page.training.completions() == before


def test_exporting_compliance(
    qtbot: QtBot, page: TrainingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.seat.setCurrentIndex(page.seat.findData("adoption"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["Member"] for r in rows} == {"Renée Dubois-Marsh", "Hannah Møller-Jones"}
    assert {r["Status on"] for r in rows} == {page.as_at_date().isoformat()}
    assert f"Wrote {len(rows)} rows" in page.feedback.text()


def test_adding_a_member_keeps_what_was_typed_when_it_is_refused(
    qtbot: QtBot, page: TrainingPage
) -> None:
    page.tabs.setCurrentWidget(page.members_tab)
    kept: list[str] = []

    def duplicate_then_new(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(dialog.name, "Zoë Hartley")
        type_text(dialog.ward, "Harbour")
        click_button(dialog, "Save")
        assert dialog.isVisible()
        assert "already on the list" in dialog.error.text()
        kept.append(dialog.name.text())
        dialog.name.clear()
        type_text(dialog.name, "Bartłomiej Wróbel")
        dialog.seats.setFocus()
        dialog.seats.setCurrentRow(0)
        qtbot.keyClick(dialog.seats, Qt.Key.Key_Space)
        click_button(dialog, "Save")

    when_modal(duplicate_then_new)
    qtbot.mouseClick(page.members_tab.add_member, Qt.MouseButton.LeftButton)
    assert kept == ["Zoë Hartley"]
    assert "Bartłomiej Wróbel" in _names(page)
    assert page.members_tab.current_member() is not None
    assert page.members_tab.name.text() == "Bartłomiej Wróbel"
    # Their term begins today: every module is still to do, within its period of grace.
    assert page.members_tab.next_due.text().startswith("New this term, still to do: ")
    assert "Corporate parenting induction by " in page.members_tab.next_due.text()
    assert _cell(page, "Bartłomiej Wróbel", "cp-conference").startswith("To do\nby ")


def test_finding_and_deleting_a_member_then_undoing(qtbot: QtBot, page: TrainingPage) -> None:
    tab = page.members_tab
    page.tabs.setCurrentWidget(tab)
    type_text(tab.search, "moller")
    assert tab.members.rowCount() == 1
    assert tab.name.text() == "Hannah Møller-Jones"
    assert tab.next_due.text().startswith("Needs now: ")
    assert "Corporate parenting refresher (overdue since" in tab.next_due.text()
    seen: list[str] = []
    answer("Delete", seen)
    qtbot.mouseClick(tab.delete_member, Qt.MouseButton.LeftButton)
    assert "Delete Hannah Møller-Jones and 7 training records?" in seen[0]
    assert "Hannah Møller-Jones" not in _names(page)
    press_undo(qtbot, page, tab.member_table)
    assert "Hannah Møller-Jones" in _names(page)
    hannah = next(m for m in page.training.members() if m.name == "Hannah Møller-Jones")
    assert len(page.training.completions(hannah.id)) == 7
    assert tab.history.rowCount() == 7


def test_deleting_one_training_record(qtbot: QtBot, page: TrainingPage) -> None:
    tab = page.members_tab
    page.tabs.setCurrentWidget(tab)
    member_id = next(r.member.id for r in page.board.records if r.member.name == "Kwame Asante")
    page.show_member(member_id or 0)
    assert tab.history.rowCount() == 1
    tab.history_table.selectionModel().setCurrentIndex(
        tab.history.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    answer("Delete")
    qtbot.mouseClick(tab.delete_record, Qt.MouseButton.LeftButton)
    assert tab.history.rowCount() == 0
    assert _cell(page, "Kwame Asante", "induction").startswith("To do")
    page.undo_action.trigger()
    assert _cell(page, "Kwame Asante", "induction").startswith("In date")


def test_enter_on_the_matrix_opens_the_member_s_record(qtbot: QtBot, page: TrainingPage) -> None:
    row = _names(page).index("Renée Dubois-Marsh")
    page.matrix_view.setFocus()
    page.matrix_view.setCurrentIndex(page.matrix.index(row, TrainingMatrixModel.FIRST_MODULE))
    qtbot.keyClick(page.matrix_view, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.members_tab
    assert page.members_tab.name.text() == "Renée Dubois-Marsh"
    statuses = [
        page.members_tab.modules.index(r, 2).data()
        for r in range(page.members_tab.modules.rowCount())
    ]
    assert statuses.count(Status.NEVER_DONE.label) == 1
    assert statuses.count(Status.OVERDUE.label) == 0


def test_modules_are_added_and_deleted_with_undo(qtbot: QtBot, page: TrainingPage) -> None:
    tab = page.modules_tab
    page.tabs.setCurrentWidget(tab)

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, ModuleDialog)
        type_text(dialog.name, "Care leavers' local offer")
        dialog.months.setValue(36)
        dialog.seats.setCurrentRow(1)  # the board (the first row is all councillors)
        dialog.seats.setFocus()
        qtbot.keyClick(dialog.seats, Qt.Key.Key_Space)
        click_button(dialog, "Save")

    when_modal(add)
    qtbot.mouseClick(tab.add_module, Qt.MouseButton.LeftButton)
    assert page.matrix.columnCount() == 2 + 11
    assert _cell(page, "Zoë Hartley", "care-leavers-local-offer") == "Never done"
    assert _cell(page, "Kwame Asante", "care-leavers-local-offer") == "Not required"

    refresher = next(
        r for r in range(tab.modules.rowCount()) if tab.modules.module(r).key == "refresher"
    )
    tab.module_table.selectRow(refresher)
    seen: list[str] = []
    answer("Delete", seen)
    qtbot.mouseClick(tab.delete_module, Qt.MouseButton.LeftButton)
    assert "This also deletes" in seen[0]
    assert page.matrix.columnCount() == 2 + 10
    page.undo_action.trigger()
    assert page.matrix.columnCount() == 2 + 11
    assert _cell(page, "Zoë Hartley", "refresher").startswith("Due soon")


def test_reloading_the_demo_members_dates_them_from_today(qtbot: QtBot, page: TrainingPage) -> None:
    answer("Reload")
    qtbot.mouseClick(page.banner.reload, Qt.MouseButton.LeftButton)
    assert page.training.demo_reference_date() == page.training.today()
    assert page.as_at_date() == page.training.today()
    assert "6 of 9 board members fully in date" in page.compliance.text()
    assert len(_names(page)) == 15


def test_every_control_has_an_accessible_name(page: TrainingPage) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
    )

    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)
    # A table's header is part of the table, which carries the name.
    unnamed = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w, QHeaderView)
        and not w.accessibleName()
        and w.parent() is not None
        and not type(w.parent()).__name__.startswith(
            ("QCalendar", "QTabBar", "QAbstractScrollArea")
        )
        and w.objectName() not in ("qt_spinbox_lineedit", "qt_calendar_yearedit")
        and w.isVisibleTo(page)
    ]
    assert [type(w).__name__ for w in unnamed] == []


def test_the_main_window_has_the_training_page(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from briefing_app.ui.application import make_settings
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    row = [spec.key for spec in window.pages.specs].index("training")
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1.value + row), Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_key() == "training"
    assert isinstance(window.pages.current(), TrainingPage)
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Export training compliance…" in actions
    assert QApplication.activeModalWidget() is None
    _ = date
