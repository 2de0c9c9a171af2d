"""The rotating log and Help > Copy diagnostics: useful to support, nothing personal."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from briefing_app import __version__
from briefing_app.domain.errors import ImportFileError, ImportProblemsError
from briefing_app.domain.meetings import ActionDetails, MeetingDetails
from briefing_app.domain.training.records import Member
from briefing_app.paths import AppPaths
from briefing_app.services import logbook
from briefing_app.services.opening.container import Services
from briefing_app.services.training.attendance import plan_attendance_import
from briefing_app.services.training.service import TrainingService
from briefing_app.storage.migrations import SCHEMA_VERSION
from briefing_app.ui.application import make_settings
from briefing_app.ui.data_safety import DIAGNOSTICS_COPIED
from briefing_app.ui.main_window import MainWindow
from tests.support.processes import offscreen_env

MEMBER = "Łukasz Wójcik-Testperson"
PRIVATE_NOTE = "Private note: Zoë said her foster placement is ending"
PRIVATE_ACTION = "phone Zoë's carer about the move"


@pytest.fixture
def app_log(app_paths: AppPaths) -> Iterator[Path]:
    logbook.configure_logging(app_paths.log_file)
    yield app_paths.log_file
    logbook.stop_logging()


def test_the_log_rotates_and_keeps_a_few_old_files(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "app.log"
    handler = logbook.FileLog(path, max_bytes=2000, backup_count=2)
    logger = logging.getLogger("briefing_app.rotation_test")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        handler.start()
        for number in range(300):
            logger.info("line %d of the rotation test", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["app.log", "app.log.1", "app.log.2"]
    assert all(p.stat().st_size <= 2000 for p in path.parent.iterdir())
    assert "line 299 of the rotation test" in path.read_text(encoding="utf-8")


def test_records_wait_in_memory_until_the_file_log_starts(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "app.log"
    handler = logbook.FileLog(path)
    logger = logging.getLogger("briefing_app.deferred_test")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        logger.info("kept in memory")
        assert not path.exists()
        handler.start()
        logger.info("written straight away")
        handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert "kept in memory" in text
    assert "written straight away" in text


def test_records_not_yet_written_are_kept_when_the_app_ends(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "app.log"
    handler = logbook.FileLog(path)
    logger = logging.getLogger("briefing_app.exit_test")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("said just before the end")
    logger.removeHandler(handler)
    handler.close()
    assert "said just before the end" in path.read_text(encoding="utf-8")


def test_a_full_log_is_rotated_when_records_kept_in_memory_are_written(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "app.log"
    path.parent.mkdir()
    path.write_text("an earlier session\n" * 200, encoding="utf-8")
    handler = logbook.FileLog(path, max_bytes=2000, backup_count=2)
    logger = logging.getLogger("briefing_app.full_log_test")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("said by a short command")
    logger.removeHandler(handler)
    handler.close()
    assert "an earlier session" in (tmp_path / "logs" / "app.log.1").read_text(encoding="utf-8")
    assert "said by a short command" in path.read_text(encoding="utf-8")
    assert path.stat().st_size <= 2000


def test_start_up_logs_without_loading_the_rotating_handler(tmp_path: Path) -> None:
    database = tmp_path / "s.sqlite3"
    script = (
        "import sys\n"
        "from briefing_app.cli import main\n"
        f"code = main(['--exit-after-startup', '--database', {str(database)!r}])\n"
        "print(code, 'logging.handlers' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=offscreen_env(XDG_CONFIG_HOME=str(tmp_path / "config")),
        timeout=120,
        check=False,
    )
    assert result.stdout.split() == ["0", "False"], result.stderr
    log_text = AppPaths.default().log_file.read_text(encoding="utf-8")
    assert "Started briefing-app" in log_text
    assert f"Opened {database}" in log_text


def test_a_command_writes_to_the_log_in_the_user_data_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefing_app",
            "backups",
            "create",
            "--database",
            str(tmp_path / "c.sqlite3"),
        ],
        capture_output=True,
        text=True,
        env=offscreen_env(),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    log_file = AppPaths.default().log_file
    assert log_file.parent.parent == AppPaths.default().user_data
    assert "Backed up" in log_file.read_text(encoding="utf-8")


def _plant_personal_data(services: Services, folder: Path) -> ImportFileError:
    """A member on the training roster, a private answer and an action noted in committee,
    all saved through the app's own services; and the error a real attendance import gives
    for a file naming that member. Returns the error, for the window to report."""
    training = TrainingService(services.database, today=lambda: date(2026, 3, 1))
    member = training.add_member(
        Member(MEMBER, date(2024, 5, 2), ward="Hillside", roles=frozenset({"board"}))
    )
    meetings = services.meetings
    meeting = meetings.create(MeetingDetails("Corporate Parenting Board", date(2026, 1, 15)))
    question = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-52")
    item = meetings.add_question(meeting.id, question.id)
    meetings.save_answer(item.id, PRIVATE_NOTE, True)
    meetings.add_action(item.id, ActionDetails(MEMBER, PRIVATE_ACTION, date(2026, 2, 15)))

    assert member.id is not None
    assert training.member(member.id).name == MEMBER
    saved = meetings.item(item.id)
    assert (saved.answer, saved.answer_private) == (PRIVATE_NOTE, True)
    assert [a.owner for a in meetings.actions_for_meeting(meeting.id)] == [MEMBER]

    attendance = folder / "attendance.csv"
    attendance.write_text(
        f"member,module,date,note\n{MEMBER},refresher,2026-02-27,\n"
        f"Lukasz Wojcik-Testperson,refresher,2026-02-27,{PRIVATE_NOTE}\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportProblemsError) as caught:
        plan_attendance_import(training, attendance)
    assert f"Did you mean '{MEMBER}'?" in caught.value.details()  # told to the user only
    return caught.value


def test_copy_diagnostics_gives_versions_paths_and_log_lines_and_nothing_personal(
    qtbot: QtBot, services: Services, tmp_path: Path, app_log: Path
) -> None:
    import_error = _plant_personal_data(services, tmp_path)
    services.backups.make("manual")
    logbook.log_user_error(import_error)
    try:
        raise KeyError(PRIVATE_NOTE)
    except KeyError as error:
        logbook.log_bug(type(error), error, error.__traceback__)

    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    action = next(a for a in help_menu.actions() if a.text() == "Copy &diagnostics")
    action.trigger()
    text = QGuiApplication.clipboard().text()

    assert window.statusBar().currentMessage() == DIAGNOSTICS_COPIED
    assert f"App version: {__version__}" in text
    for label in ("Python:", "Qt:", "PySide6:", "SQLite:", "pypdfium2:", "Operating system:"):
        assert label in text
    assert f"Database file: {services.database_path}" in text
    assert f"Database format version: {SCHEMA_VERSION} (this app: {SCHEMA_VERSION})" in text
    members = services.database.count("members")
    assert f"members {members}," in text  # counted, never named
    assert "meetings 1," in text
    assert "actions 1," in text
    assert f"Log file: {app_log}" in text
    assert "Backups: 1 in" in text
    assert "Backed up" in text  # a log line
    assert "ImportProblemsError in attendance.csv, line 3" in text
    assert "Unexpected builtins.KeyError" in text
    log_text = app_log.read_text(encoding="utf-8")
    for secret in (MEMBER, "Wójcik", "Testperson", PRIVATE_NOTE, "Zoë", "foster", PRIVATE_ACTION):
        assert secret not in text
        assert secret not in log_text
