"""The crash harness's own checks: they must tell whole states from half-done ones.

``make crashtest`` runs the kills; these tests make sure its verdicts mean something.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from crashtest import scenarios
from crashtest.harness import SCENARIOS, database, judge, run_child
from crashtest.states import State, read_state

States = tuple[Path, State | None, State | None]


def _copy(template: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copyfile(template, database(folder))
    return folder


def _add_report(folder: Path, *, with_findings: bool) -> None:
    connection = sqlite3.connect(database(folder), isolation_level=None)
    connection.execute(
        "INSERT INTO reports (id, authority, framework, inspection_start, inspection_end, "
        "imported_at) VALUES (9, 'Testshire', 'SIF', '2016-01-01', '2016-01-02', 'now')"
    )
    if with_findings:
        connection.execute(
            "INSERT INTO findings (report_id, paragraph, part, section, text) "
            "VALUES (9, 1, 'la', 'Summary', 'All well.')"
        )
    connection.close()


@pytest.fixture
def states(seeded_db_path: Path, tmp_path: Path) -> States:
    before_folder = _copy(seeded_db_path, tmp_path / "before")
    after_folder = _copy(seeded_db_path, tmp_path / "after")
    _add_report(after_folder, with_findings=True)
    return seeded_db_path, read_state(database(before_folder)), read_state(database(after_folder))


def test_whole_states_are_before_or_after(states: States, tmp_path: Path) -> None:
    template, before, after = states
    scenario = SCENARIOS["report-write"]
    assert judge(_copy(template, tmp_path / "b"), scenario, before, after) == "before"
    done = _copy(template, tmp_path / "a")
    _add_report(done, with_findings=True)
    assert judge(done, scenario, before, after) == "after"


def test_a_half_written_report_is_caught(states: States, tmp_path: Path) -> None:
    template, before, after = states
    half = _copy(template, tmp_path / "half")
    _add_report(half, with_findings=False)
    verdict = judge(half, SCENARIOS["report-write"], before, after)
    assert verdict.startswith("FAILED: half-done data")


def test_a_damaged_file_or_backup_is_caught(states: States, tmp_path: Path) -> None:
    template, before, after = states
    damaged = _copy(template, tmp_path / "damaged")
    data = bytearray(database(damaged).read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\x00\xff" * 4096
    database(damaged).write_bytes(bytes(data))
    assert judge(damaged, SCENARIOS["report-write"], before, after).startswith("FAILED")

    torn_backup = _copy(template, tmp_path / "torn-backup")
    (torn_backup / "backups").mkdir()
    full = database(torn_backup).read_bytes()
    (torn_backup / "backups" / "briefing-20250101-000000-000000-manual.sqlite3").write_bytes(
        full[: len(full) // 2]
    )
    verdict = judge(torn_backup, SCENARIOS["report-write"], before, after)
    assert verdict.startswith("FAILED: the backup")


def test_a_vanished_file_is_caught(states: States, tmp_path: Path) -> None:
    _template, before, after = states
    (tmp_path / "gone").mkdir()
    verdict = judge(tmp_path / "gone", SCENARIOS["report-write"], before, after)
    assert verdict == "FAILED: the database file is gone"


def test_autosave_states_between_keystrokes_are_accepted_and_torn_ones_are_not(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    scenarios.seeded_with_notes(folder)
    before = read_state(database(folder))
    finished = tmp_path / "finished"
    shutil.copytree(folder, finished)
    run_child("autosave-typing", finished, None)
    after = read_state(database(finished))

    connection = sqlite3.connect(database(folder), isolation_level=None)
    connection.execute("UPDATE crashtest_notes SET body = ?, length = 5", (scenarios.TYPED[:5],))
    connection.executemany(
        "INSERT INTO crashtest_keystrokes VALUES (?, ?)",
        [(n + 1, ch) for n, ch in enumerate(scenarios.TYPED[:5])],
    )
    connection.close()
    scenario = SCENARIOS["autosave-typing"]
    assert judge(folder, scenario, before, after) == "between"

    connection = sqlite3.connect(database(folder), isolation_level=None)
    connection.execute("UPDATE crashtest_notes SET body = ?, length = 6", (scenarios.TYPED[:6],))
    connection.close()
    assert judge(folder, scenario, before, after).startswith("FAILED")


def test_a_real_kill_leaves_a_whole_state(tmp_path: Path) -> None:
    folder = tmp_path / "trial"
    folder.mkdir()
    scenarios.seeded_with_notes(folder)
    before = read_state(database(folder))
    finished = tmp_path / "finished"
    shutil.copytree(folder, finished)
    run_child("autosave-typing", finished, None)
    run = run_child("autosave-typing", folder, 0.02)
    verdict = judge(folder, SCENARIOS["autosave-typing"], before, read_state(database(finished)))
    assert verdict in {"before", "between", "after"}, verdict
    assert run.seconds_after_ready >= 0.02
