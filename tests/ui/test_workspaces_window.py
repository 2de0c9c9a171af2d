"""The window and workspaces: the first start asks which council, the demonstration is
labelled wherever it shows, another workspace opens beside the one left, and DfE files
are imported off the window's thread."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from briefing_app import APP_NAME
from briefing_app.domain.councils import CouncilDirectory
from briefing_app.domain.progress import ProgressCallback
from briefing_app.paths import DATABASE_FILENAME, AppPaths
from briefing_app.services.council import shipped_directory
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.ui.application import make_settings
from briefing_app.ui.dialogs.council_choice import CouncilChoice, CouncilChoiceDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.overview import OverviewPage
from briefing_app.ui.startup import first_start, is_first_start
from tests.conftest import REPO
from tests.dfe_files import unpacked
from tests.ui.audit import window_keyboard_problems, window_name_problems
from tests.ui.modal_dialogs import drive_modal


def _dialog(qtbot: QtBot, *, first: bool = True) -> CouncilChoiceDialog:
    dialog = CouncilChoiceDialog(shipped_directory(REPO / "data"), first_start=first)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def _shown(dialog: CouncilChoiceDialog) -> list[str]:
    return [
        dialog.list.item(row).text()
        for row in range(dialog.list.count())
        if not dialog.list.item(row).isHidden()
    ]


# -- "Which council are you?" ------------------------------------------------------------


def test_typing_narrows_the_list_and_enter_chooses(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Which council are you?"
    assert len(_shown(dialog)) > 150
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "north")
    names = _shown(dialog)
    assert "North Yorkshire: Yorkshire and The Humber (DfE code 815, ONS code E10000023)" in names
    assert any(n.startswith("Northamptonshire (abolished 1 April 2021)") for n in names)
    assert all("north" in n.casefold() for n in names)
    first = dialog.current_council()
    assert first is not None
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # the arrows move the list from the box
    assert dialog.current_council() != first
    assert dialog.search.hasFocus()
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "373")  # a code finds the council too
    assert _shown(dialog) == [
        "Sheffield: Yorkshire and The Humber (DfE code 373, ONS code E08000019)"
    ]
    assert "Sheffield, in Yorkshire and The Humber." in dialog.detail.text()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice is not None
    assert dialog.choice.council is not None
    assert dialog.choice.council.name == "Sheffield"


def test_a_council_abolished_is_explained_and_cannot_be_chosen(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.search, "cumbria")
    council = dialog.current_council()
    assert council is not None
    assert council.abolished
    assert not dialog.set_up_button.isEnabled()
    assert "Cumberland and Westmorland and Furness took over" in dialog.detail.text()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.choice is None
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "nowhere at all")
    assert _shown(dialog) == []
    assert not dialog.set_up_button.isEnabled()
    assert "No council has that name or code" in dialog.detail.text()


def test_the_demonstration_is_offered(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.demonstration_button.text() == "&Try the demonstration (Portsmouth, 2014)"
    qtbot.keyClick(dialog.search, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.choice == CouncilChoice(None))


def test_f1_opens_the_user_guide_at_the_choice_s_topic(qtbot: QtBot) -> None:
    dialog = CouncilChoiceDialog(
        shipped_directory(REPO / "data"), first_start=True, help_folder=REPO / "resources" / "help"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClicks(dialog.search, "Lee")
    qtbot.keyClick(dialog.search, Qt.Key.Key_F1)
    guide = dialog.help_window
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert guide.windowTitle() == "Which council are you?: user guide"
    assert "Try the demonstration (Portsmouth, 2014)" in guide.text.toPlainText()
    # What was typed is kept, and the dialog still waits for a choice.
    assert dialog.search.text() == "Lee"
    assert dialog.isVisible()
    assert dialog.help_button.isVisible()
    guide.close()


def test_without_the_guide_there_is_no_help_button(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert not dialog.help_button.isVisible()
    qtbot.keyClick(dialog.search, Qt.Key.Key_F1)
    assert dialog.help_window is None


def test_the_dialog_is_usable_from_the_keyboard_and_named(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert window_name_problems(dialog) == []
    assert window_keyboard_problems(qtbot, dialog) == []


# -- the first start -------------------------------------------------------------------


Ask = Callable[[CouncilDirectory, QWidget | None], CouncilChoice | None]


def _answer(text: str | None) -> Ask:
    """What the person at the first start does: type ``text`` and choose the council, or
    (None) choose the demonstration."""

    def ask(directory: CouncilDirectory, parent: QWidget | None) -> CouncilChoice | None:
        dialog = CouncilChoiceDialog(directory, parent, first_start=True)
        dialog.show()
        if text is None:
            dialog.demonstration_button.click()
        else:
            dialog.search.setText(text)
            dialog.set_up_button.click()
        choice = dialog.choice
        dialog.deleteLater()
        return choice

    return ask


def test_the_first_start_sets_up_the_council_chosen(app_paths: AppPaths) -> None:
    root = AppRoot(app_paths, app_paths.user_data / DATABASE_FILENAME)
    assert is_first_start(root)
    opened = first_start(root, None, _answer("Leeds"))
    assert opened is not None
    with opened.services as services:
        assert services.database_path == root.database_path
        assert services.council.label() == "Leeds"
        assert not services.council.is_demonstration()
        assert services.database.count("reports") == 0
    assert "Set up for Leeds" in opened.note
    assert not is_first_start(root)


def test_the_first_start_can_open_the_demonstration_beside(app_paths: AppPaths) -> None:
    root = AppRoot(app_paths, app_paths.user_data / DATABASE_FILENAME)
    opened = first_start(root, None, _answer(None))
    assert opened is not None
    with opened.services as services:
        assert services.council.is_demonstration()
        assert services.database_path.name == "briefing-demonstration.sqlite3"
    # The council's own file is still to be made: the next start asks again.
    assert is_first_start(root)
    again = first_start(root, None, _answer(None))
    assert again is not None
    with again.services as services:
        assert services.database_path.name == "briefing-demonstration.sqlite3"
    assert first_start(root, None, lambda directory, parent: None) is None
    assert not root.database_path.exists()


def test_a_database_named_on_the_command_line_is_no_first_start(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    assert not is_first_start(AppRoot(app_paths, tmp_path / "elsewhere.sqlite3"))


# -- the demonstration, labelled; switching workspaces -------------------------------------


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_the_demonstration_is_labelled_above_every_page(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    assert window.windowTitle() == f"Portsmouth (demonstration) — {APP_NAME}"
    for row in range(len(window.pages.specs)):
        window.pages.show_row(row)
        assert window.banner.isVisible()
        assert window.banner.text.text().startswith("⚠ Demonstration: Ofsted's 2014 findings")
        assert "not your council's data" in window.banner.text.text()
    assert not window.workspaces.demonstration_action.isEnabled()


def test_a_council_s_window_has_no_banner(
    qtbot: QtBot, app_paths: AppPaths, tmp_path: Path
) -> None:
    root = AppRoot(app_paths, tmp_path / "sheffield.sqlite3")
    with root.set_up(root.council_to_set_up("Sheffield")) as services:
        window = _window(qtbot, services, tmp_path)
        assert window.windowTitle() == f"Sheffield — {APP_NAME}"
        assert not window.banner.isVisible()
        assert window.workspaces.demonstration_action.isEnabled()
        overview = window.pages.show("overview")
        assert isinstance(overview, OverviewPage)
        assert overview.heading.text() == "No inspection report is loaded yet."
        assert overview.next_steps.text().startswith(
            "No Ofsted report of Sheffield is held yet. Import it with File > Import report"
        )
        window.close()


def test_another_workspace_opens_beside_and_the_one_left_is_kept(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    demonstration = services.database_path
    services.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def choose_leeds(dialog: QDialog) -> None:
        assert isinstance(dialog, CouncilChoiceDialog)
        qtbot.keyClicks(dialog.search, "Leeds")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    drive_modal(window.workspaces.council_action.trigger, choose_leeds)
    assert window.windowTitle() == f"Leeds — {APP_NAME}"
    assert not window.banner.isVisible()
    leeds = window.services.database_path
    assert leeds == demonstration.with_name("briefing-leeds.sqlite3")
    assert window.services.database.count("reports") == 0
    # The demonstration's file was closed as it was, and can be read by another program.
    with sqlite3.connect(demonstration) as connection:
        assert connection.execute("SELECT count(*) FROM reports").fetchone() == (1,)

    def open_it(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Open).click()

    drive_modal(window.workspaces.demonstration_action.trigger, open_it)
    assert window.services.database_path == demonstration
    assert window.windowTitle() == f"Portsmouth (demonstration) — {APP_NAME}"
    assert window.banner.isVisible()
    assert window.services.database.count("reports") == 1
    # Choosing Leeds again opens the workspace set up before; nothing new is made.
    drive_modal(window.workspaces.council_action.trigger, choose_leeds)
    assert window.services.database_path == leeds
    assert sorted(p.name for p in tmp_path.glob("*.sqlite3")) == [
        "briefing-leeds.sqlite3",
        "briefing.sqlite3",
    ]


def test_dfe_files_are_imported_off_the_window_s_thread(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, services, tmp_path)
    path = unpacked("la_care_leavers_intouch.csv", tmp_path, "downloaded.csv")
    messages: list[str] = []
    readers: list[threading.Thread] = []
    shown: list[tuple[float, str]] = []
    read = services.statistics.read

    def read_and_note(paths: Sequence[Path], progress: ProgressCallback | None = None) -> Any:
        readers.append(threading.current_thread())
        return read(paths, progress)

    monkeypatch.setattr(services.statistics, "read", read_and_note)
    importer = window.importing.statistics_importer()
    on_progress = importer._on_progress

    def note_progress(share: float, message: str) -> None:
        shown.append((share, message))
        on_progress(share, message)

    monkeypatch.setattr(importer, "_on_progress", note_progress)

    def read_message(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        messages.append(dialog.text())

    drive_modal(lambda: _import_and_wait(qtbot, window, path), read_message)
    # The file was read on another thread, and its progress reached the window.
    assert len(readers) == 1
    assert readers[0] is not threading.main_thread()
    assert shown[0][1] == "Reading downloaded.csv (1 of 1)…"
    assert shown[-1][0] == 1.0
    assert not importer.busy
    assert window.importing.statistics_action.isEnabled()
    (message,) = messages
    assert message.startswith("Imported downloaded.csv:")
    assert "replaced the years ending 31 March" in message
    assert importer.last_message == message


def _import_and_wait(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    assert window.importing.import_statistics_files([path])
    assert not window.importing.statistics_action.isEnabled()
    qtbot.waitUntil(lambda: not window.importing.busy, timeout=60_000)


def test_a_file_that_is_not_dfe_data_is_refused_in_the_window(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services, tmp_path)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    held = services.database.count("statistics_values")
    seen: list[str] = []

    def read_refusal(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(f"{dialog.text()} {dialog.informativeText()}")

    drive_modal(lambda: _import_and_wait(qtbot, window, other), read_refusal)
    (text,) = seen
    assert "other.csv, line 1: this is not a DfE open-data file" in text
    assert services.database.count("statistics_values") == held


@pytest.fixture(autouse=True)
def _no_modal_left(qtbot: QtBot) -> Iterator[None]:
    yield
    assert QApplication.activeModalWidget() is None
