"""File > Back up now and File > Restore from backup, driven through the menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.dialogs.restore_backup import RestoreBackupDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.overview import OverviewPage

_ADD_REPORT = (
    "INSERT INTO reports (authority, framework, inspection_start, inspection_end, imported_at) "
    "VALUES ('Testshire County Council', 'SIF', '2016-01-01', '2016-01-20', 'now')"
)


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def _menu_action(window: MainWindow, menu: str, text: str) -> None:
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    action.trigger()
                    return
    raise AssertionError(f"no {menu} > {text}")


def _when_modal(kind: type, act: Callable[[object], None]) -> None:
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _reports_shown(window: MainWindow) -> list[str]:
    page = window.pages.get("overview")
    assert isinstance(page, OverviewPage)
    return [page.chooser.itemText(i) for i in range(page.chooser.count())]


def test_back_up_now_by_keyboard(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    window = _window(qtbot, services, tmp_path)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    backups = services.backups.all()
    assert [b.reason for b in backups] == ["manual"]
    assert backups[0].name in window.statusBar().currentMessage()


def test_restore_from_the_file_menu_after_confirming(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    services.backups.make("manual")
    services.database.execute(_ADD_REPORT)
    window = _window(qtbot, services, tmp_path)
    assert len(_reports_shown(window)) == 2
    confirmations: list[str] = []

    def confirm(box: object) -> None:
        assert isinstance(box, QMessageBox)
        confirmations.append(box.text())
        restore = next(b for b in box.buttons() if b.text() == "Restore")
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    def choose(dialog: object) -> None:
        assert isinstance(dialog, RestoreBackupDialog)
        assert dialog.backup_list.count() == 1
        _when_modal(QMessageBox, confirm)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    _when_modal(RestoreBackupDialog, choose)
    _menu_action(window, "File", "Restore from backup...")

    assert "backed up first, so you can undo this" in confirmations[0]
    shown = _reports_shown(window)
    assert len(shown) == 1
    assert shown[0].startswith("Portsmouth City Council")
    assert "To undo this, restore the backup made on" in window.statusBar().currentMessage()
    assert [b.reason for b in services.backups.all()] == ["before-restore", "manual"]
    assert window.services is not services, "fresh services: nothing cached from before"


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    services.backups.make("manual")
    services.database.execute(_ADD_REPORT)
    window = _window(qtbot, services, tmp_path)

    def cancel(box: object) -> None:
        assert isinstance(box, QMessageBox)
        button = box.button(QMessageBox.StandardButton.Cancel)
        assert isinstance(button, QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def choose(dialog: object) -> None:
        assert isinstance(dialog, RestoreBackupDialog)
        _when_modal(QMessageBox, cancel)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(50, dialog.reject)

    _when_modal(RestoreBackupDialog, choose)
    _menu_action(window, "File", "Restore from backup...")
    assert len(_reports_shown(window)) == 2
    assert [b.reason for b in services.backups.all()] == ["manual"]
