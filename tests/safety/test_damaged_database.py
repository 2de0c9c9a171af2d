"""A damaged database ends in a plain message by every way in, and the user can recover.

Damage comes from flipping random bytes past the first page (seeded, so each run meets
the same damage for a given file), and from text that is not text at all. Whatever the
health check answers, and whatever reading the file meets later, the user sees what is
wrong and what to do, never a traceback; ``start-fresh``, ``writable-copy`` and
``backups restore`` get them going again with the damaged file kept as it was.
"""

from __future__ import annotations

import random
import re
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from briefing_app.cli import main
from briefing_app.domain.errors import BriefingError, DamagedDatabaseError
from briefing_app.paths import AppPaths
from briefing_app.services.info import database_info
from briefing_app.services.opening.root import AppRoot
from briefing_app.storage.database import Database
from briefing_app.ui.application import run_application
from briefing_app.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.support.files import file_digest

SEEDS = (1, 5, 8, 13)


def flip_bytes(path: Path, seed: int, count: int = 300) -> None:
    """Flip ``count`` random bytes of ``path`` past its first page (the header stays)."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    chooser = random.Random(seed)
    for _ in range(count):
        data[chooser.randrange(page, len(data))] ^= chooser.randrange(1, 256)
    path.write_bytes(bytes(data))


def _damaged(folder: Path, template: Path, seed: int, count: int = 300) -> Path:
    """A database backed up while healthy, then damaged."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "briefing.sqlite3"
    shutil.copyfile(template, path)
    with Database.open(path) as database:
        database.backup("manual")
    flip_bytes(path, seed, count)
    return path


def _run(capsys: pytest.CaptureFixture[str], paths: AppPaths, *words: str) -> tuple[int, str]:
    code = main(list(words), paths)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out + captured.err


def _not_text(path: Path) -> None:
    """A value whose bytes are not text, in a file whose structure is sound: the quick check
    at opening cannot see it; reading it can."""
    with Database.open(path) as database:
        database.execute("UPDATE members SET name = CAST(x'4a6fbb6e' AS TEXT) WHERE id = 1")


@pytest.mark.parametrize("seed", SEEDS)
def test_every_way_in_ends_in_a_plain_message_or_works(
    seed: int,
    tmp_path: Path,
    seeded_db_path: Path,
    app_paths: AppPaths,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in ("info", "start-fresh", "writable-copy", "backups restore"):
        folder = tmp_path / command.replace(" ", "-")
        path = _damaged(folder, seeded_db_path, seed)
        damaged = file_digest(path)
        code, said = _run(capsys, app_paths, "--database", str(path), *command.split())
        assert code in (0, 2), said
        lines = said.strip().splitlines()
        assert len(lines) == 1, said
        assert lines[0].isprintable()
        kept = re.search(r"kept, unchanged, as (\S+\.sqlite3)\.", said)
        if code == 0 and command != "info":
            assert kept, said
            assert file_digest(Path(kept.group(1))) == damaged
            assert _run(capsys, app_paths, "--database", str(path), "info")[0] == 0
        elif code == 2:
            assert "damaged" in said or "opens normally" in said or "read-only" in said, said
            assert file_digest(path) == damaged, "a refused file is left as it was"


def test_text_that_is_not_text_is_a_plain_message_and_start_fresh_sees_it(
    tmp_path: Path,
    seeded_db_path: Path,
    app_paths: AppPaths,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = seeded_db_path
    _not_text(path)
    code, said = _run(
        capsys, app_paths, "--database", str(path), "export-compliance", str(tmp_path / "x.csv")
    )
    assert code == 2
    assert "is damaged: some of what it holds cannot be read" in said
    assert not (tmp_path / "x.csv").exists()
    before = file_digest(path)
    code, said = _run(capsys, app_paths, "--database", str(path), "start-fresh")
    assert code == 0, said
    kept = re.search(r"kept, unchanged, as (\S+\.sqlite3)\.", said)
    assert kept is not None
    assert file_digest(Path(kept.group(1))) == before


def test_a_file_that_is_sound_is_still_not_moved_by_start_fresh(
    seeded_db_path: Path, app_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_digest(seeded_db_path)
    code, said = _run(capsys, app_paths, "--database", str(seeded_db_path), "start-fresh")
    assert code == 2
    assert "opens normally" in said
    assert file_digest(seeded_db_path) == before


def test_reading_damage_met_in_use_raises_a_plain_error(seeded_db_path: Path) -> None:
    _not_text(seeded_db_path)
    with Database.open(seeded_db_path) as database, pytest.raises(DamagedDatabaseError) as caught:
        database.query("SELECT name FROM members")
    assert caught.value.message.isprintable()
    assert "Jo?n" in caught.value.message


@pytest.fixture(scope="module")
def seeded_template(_seeded_template: Path) -> Path:
    """The seeded database the damage is done to a copy of (shared, so Hypothesis may
    run many examples against it)."""
    return _seeded_template


@pytest.mark.fuzz
@given(seed=st.integers(0, 2**32 - 1), count=st.sampled_from([1, 3, 10, 30, 300]))
def test_whatever_the_damage_opening_and_checking_end_in_a_plain_message(
    seed: int, count: int, tmp_path_factory: pytest.TempPathFactory, seeded_template: Path
) -> None:
    folder = tmp_path_factory.mktemp("damaged")
    path = folder / "briefing.sqlite3"
    shutil.copyfile(seeded_template, path)
    flip_bytes(path, seed, count)
    paths = AppPaths(folder, folder, REPO / "resources", REPO / "data")
    said = ""
    try:
        with AppRoot(paths, path).open() as services:
            database_info(services.database)
            services.database.check_thoroughly()
    except BriefingError as error:
        said = str(error)
    assert said.isprintable()


def test_the_window_says_plainly_what_is_damaged_when_it_meets_it(
    qtbot: QtBot, app_paths: AppPaths, seeded_db_path: Path
) -> None:
    """The quick check at opening passes; the Overview then meets a report whose authority
    cannot be read. The window says what is wrong and what to do (a warning, not the
    dialog for a bug), and leaves the file as it was."""
    path = app_paths.user_data / "briefing.sqlite3"
    path.parent.mkdir(parents=True)
    shutil.copyfile(seeded_db_path, path)
    with Database.open(path) as database:
        database.execute("UPDATE reports SET authority = CAST(x'bb' AS TEXT)")
    damaged = file_digest(path)
    said: list[tuple[str, str]] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append((box.windowTitle(), box.text()))
            box.accept()
        # The window this run shows: one left closed by an earlier test may linger.
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if said and windows:
            windows[0].close()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    previous = sys.excepthook
    try:
        assert run_application(AppRoot(app_paths, path)) == 0
    finally:
        sys.excepthook = previous
    assert said[0] == (
        "Something needs your attention",
        f"The database file {path} is damaged: some of what it holds cannot be read "
        "(Could not decode to UTF-8 column 'authority' with text '?').",
    )
    assert file_digest(path) == damaged
