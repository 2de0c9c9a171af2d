"""The council's list, self-checks, reminders and the yearly table on the Training page,
driven through the menus, buttons and keys."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.training.records import Completion
from briefing_app.services.opening.container import Services
from briefing_app.ui.dialogs.self_check import AnswersDialog, SelfCheckDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.training import TrainingPage
from briefing_app.ui.pages.training_self_checks import SelfCheckFiguresModel
from briefing_app.ui.widgets.dates import to_qdate
from tests.support.files import file_digest
from tests.ui.interaction import answer, click_button, when_modal

LIST = (
    "name,party,ward,email,roles,term_start\n"
    "Zoë Hartley,Liberal Democrat,Harbour,zoe@council.example,corporate parenting panel,"
    "2022-05-05\n"
    "Rhiannon Price,Labour,Harbour,,,2022-05-05\n"
)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> TrainingPage:
    shown = TrainingPage(services.training, services.self_checks)
    qtbot.addWidget(shown)
    shown.show()
    with qtbot.waitActive(shown):
        shown.activateWindow()
    return shown


def _menu_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)


def test_file_import_councillors_shows_the_changes_and_replaces_the_demonstration(
    qtbot: QtBot,
    main_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "councillors.csv"
    path.write_text(LIST, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: list[str] = []
    answer("Update the list", seen)
    _menu_action(main_window, "Import councillors…").trigger()
    page = main_window.pages.show_as("training", TrainingPage)
    assert page is not None
    assert "2 new and 0 unchanged. The 15 demonstration members will be taken away." in seen[0]
    assert "New: Zoë Hartley (Liberal Democrat, Harbour ward)" in seen[0]
    assert "The list of councillors is updated." in page.feedback.text()
    assert not page.banner.isVisible()
    names = [page.matrix.record(r).member.name for r in range(page.matrix.rowCount())]
    assert names == ["Rhiannon Price", "Zoë Hartley"]
    assert "0 of 2 councillors fully in date" in page.compliance.text()


def test_a_list_with_problems_lists_each_line_and_changes_nothing(
    qtbot: QtBot,
    page: TrainingPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "councillors.csv"
    path.write_text(LIST + "Gareth Pryce,,,,planning committee,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = page.training.members()
    seen: list[str] = []
    answer("OK", seen)
    page.tabs.setCurrentWidget(page.members_tab)
    qtbot.mouseClick(page.members_tab.import_members, Qt.MouseButton.LeftButton)
    assert "councillors.csv: 1 line has a problem. Nothing was changed." in seen[0]
    assert "Line 4: 'planning committee' is not a seat the app knows" in seen[0]
    assert page.training.members() == before


def _choose(page: TrainingPage, name: str, module_key: str) -> None:
    tab = page.members_tab
    page.tabs.setCurrentWidget(tab)
    member_id = next(r.member.id for r in page.board.records if r.member.name == name)
    tab.select_member(member_id or 0)
    row = next(r for r in range(tab.modules.rowCount()) if tab.modules.module(r).key == module_key)
    tab.module_table.selectRow(row)


def test_a_councillor_takes_a_self_check_from_the_keyboard(
    qtbot: QtBot, page: TrainingPage
) -> None:
    training = page.training
    rhiannon = next(m for m in training.members() if m.name == "Rhiannon Price")
    page.as_at.setDate(to_qdate(training.today()))
    _choose(page, "Rhiannon Price", "care-leavers")
    assert page.members_tab.take_check.isEnabled()
    check = next(c for c in page.self_checks.checks().values() if c.module_key == "care-leavers")
    scores: list[str] = []

    def take(dialog: QWidget) -> None:
        assert isinstance(dialog, SelfCheckDialog)
        try:
            answer_all(dialog)
        finally:
            click_button(dialog, "Close" if dialog.result_value else "Cancel")

    def answer_all(dialog: SelfCheckDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        for number, question in enumerate(check.questions):
            # Each question opens on its first answer.
            assert dialog.focusWidget() is dialog.questions[number].group.buttons()[0]
            # The arrow keys move down to the right answer; Space chooses it.
            for _ in range(question.answer):
                qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
            last = number == len(check.questions) - 1
            key = Qt.Key.Key_F if last else Qt.Key.Key_N
            qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
            # Alt+letter presses the button as a click would, a moment later.
            if last:
                qtbot.waitUntil(lambda: dialog.result_value is not None)
            else:
                qtbot.waitUntil(lambda n=number: dialog.current() == n + 1)
        scores.append(dialog.answers.toPlainText())

    when_modal(take)
    qtbot.mouseClick(page.members_tab.take_check, Qt.MouseButton.LeftButton)
    total = len(check.questions)
    assert scores[0].startswith(f"{total} of {total} right (100%)")
    assert check.questions[0].explanation in scores[0]
    assert "Kept Rhiannon Price's self-check on Care leavers'" in page.feedback.text()
    history = page.members_tab.history
    care = next(
        r
        for r in range(history.rowCount())
        if history.index(r, history.MODULE).data().startswith("Care leavers'")
    )
    column = history.SELF_CHECK
    assert history.index(care, column).data() == f"{total} of {total} right (100%)"
    # Only the attendance it follows carries the result.
    others = [history.index(r, column).data() for r in range(history.rowCount()) if r != care]
    assert others
    assert set(others) == {""}
    results = page.self_checks.results_for_member(rhiannon.id or 0)
    assert len(results) == 1

    opened: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, AnswersDialog)
        opened.append(dialog.answers.toPlainText())
        click_button(dialog, "Close")

    page.members_tab.history_table.selectRow(care)
    when_modal(read)
    qtbot.mouseClick(page.members_tab.see_answers, Qt.MouseButton.LeftButton)
    assert check.questions[-1].text in opened[0]

    # The officers' figures give counts and an average, never her name or answers.
    page.tabs.setCurrentWidget(page.self_checks_tab)
    figures = page.self_checks_tab.figures
    row = next(
        r
        for r in range(figures.rowCount())
        if figures.index(r, 0).data() == "Care leavers' entitlements and the local offer"
    )
    assert figures.index(row, SelfCheckFiguresModel.TAKEN).data().startswith("1 of the ")
    assert figures.index(row, SelfCheckFiguresModel.AVERAGE).data() == "Shown once 3 have taken it"
    texts = [
        str(figures.index(r, c).data())
        for r in range(figures.rowCount())
        for c in range(figures.columnCount())
    ]
    assert not any("Rhiannon" in text for text in texts)


def test_a_self_check_with_an_answer_left_out_says_which(qtbot: QtBot, page: TrainingPage) -> None:
    member = next(m for m in page.training.members() if m.name == "Kwame Asante")
    module = next(m for m in page.training.catalogue().modules if m.key == "safeguarding")
    page.training.record_completion(Completion(member.id or 0, module.id or 0, date.today()))
    page.refresh()
    _choose(page, "Kwame Asante", "safeguarding")
    problems: list[str] = []

    def skip_one(dialog: QWidget) -> None:
        assert isinstance(dialog, SelfCheckDialog)
        for number in range(len(dialog.questions)):
            if number != 1:
                dialog.choose(number, 0)
        dialog.finish.click()
        problems.append(dialog.error.text())
        problems.append(str(dialog.current()))
        click_button(dialog, "Cancel")

    when_modal(skip_one)
    qtbot.mouseClick(page.members_tab.take_check, Qt.MouseButton.LeftButton)
    assert "Answer all" in problems[0]
    assert problems[1] == "1"  # back at the question left out
    assert page.self_checks.results_for_member(member.id or 0) == {}


def test_the_yearly_table_public_or_not_and_its_file(
    qtbot: QtBot, page: TrainingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.year_tab
    page.tabs.setCurrentWidget(tab)
    rows = tab.rows

    def seat(name: str) -> list[str]:
        row = next(r for r in range(rows.rowCount()) if rows.index(r, 0).data() == name)
        return [str(rows.index(row, c).data()) for c in range(rows.columnCount())]

    assert seat("All councillors")[1] == "15"
    assert seat("Lead member for children")[1] == "1"
    tab.public.setFocus()
    qtbot.keyClick(tab.public, Qt.Key.Key_Space)
    assert seat("Lead member for children")[1:3] == ["fewer than 3", "not shown"]
    assert tab.note.isVisible()
    target = tmp_path / "table.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(tab.export, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        written = {r["Seat"]: r for r in csv.DictReader(handle)}
    assert written["Adoption panel"]["Councillors"] == "fewer than 3"
    assert f"Wrote 6 rows to {target}" in page.feedback.text()
    before = file_digest(target)
    seen: list[str] = []
    answer("OK", seen)
    qtbot.mouseClick(tab.export, Qt.MouseButton.LeftButton)
    assert "already there" in seen[0]
    assert file_digest(target) == before


def test_reminder_letters_are_copied_and_exported(
    qtbot: QtBot, page: TrainingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = page.training.demo_reference_date()
    assert reference is not None
    page.as_at.setDate(to_qdate(reference))
    panel = page.reminders
    page.tabs.setCurrentIndex(1)
    assert panel.isVisible()
    names = [panel.councillor.itemText(i) for i in range(panel.councillor.count())]
    assert "Zoë Hartley" in names
    assert "Łukasz Wójcik" not in names
    panel.councillor.setCurrentIndex(names.index("Zoë Hartley"))
    assert panel.letter.toPlainText().startswith("Dear Councillor Zoë Hartley,")
    qtbot.mouseClick(panel.copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == panel.letter.toPlainText()
    target = tmp_path / "reminders.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(panel.export, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Councillor"] for r in rows] == names
    assert f"Wrote {len(names)} reminders" in page.feedback.text()


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_members_by_modules_table_fits_its_text_at_any_size(
    qtbot: QtBot, page: TrainingPage, normal_appearance: None, high_contrast: bool
) -> None:
    from briefing_app.ui.appearance import Appearance, apply_appearance
    from tests.conftest import REPO

    view = page.matrix_view
    for size in (100, 200):
        apply_appearance(Appearance(size, high_contrast), REPO / "resources")
        qtbot.waitUntil(lambda: view.rowHeight(0) >= view.sizeHintForRow(0))
        rows = page.matrix.rowCount()
        tallest = max(view.sizeHintForRow(r) for r in range(rows))
        assert all(view.rowHeight(r) >= tallest for r in range(rows)), size
        for column in range(page.matrix.columnCount()):
            assert view.columnWidth(column) >= view.sizeHintForColumn(column), (size, column)
