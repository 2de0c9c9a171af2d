"""The crash harness's own checks: they must tell whole states from half-done ones.

``make crashtest`` runs the kills; these tests make sure its verdicts mean something.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from crashtest import committee, scenarios
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
    scenario = SCENARIOS["report-import"]
    assert judge(_copy(template, tmp_path / "b"), scenario, before, after) == "before"
    done = _copy(template, tmp_path / "a")
    _add_report(done, with_findings=True)
    assert judge(done, scenario, before, after) == "after"


def test_a_half_written_report_is_caught(states: States, tmp_path: Path) -> None:
    template, before, after = states
    half = _copy(template, tmp_path / "half")
    _add_report(half, with_findings=False)
    verdict = judge(half, SCENARIOS["report-import"], before, after)
    assert verdict.startswith("FAILED: half-done data")


def test_a_damaged_file_or_backup_is_caught(states: States, tmp_path: Path) -> None:
    template, before, after = states
    damaged = _copy(template, tmp_path / "damaged")
    data = bytearray(database(damaged).read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\x00\xff" * 4096
    database(damaged).write_bytes(bytes(data))
    assert judge(damaged, SCENARIOS["report-import"], before, after).startswith("FAILED")

    torn_backup = _copy(template, tmp_path / "torn-backup")
    (torn_backup / "backups").mkdir()
    full = database(torn_backup).read_bytes()
    (torn_backup / "backups" / "briefing-20250101-000000-000000-manual.sqlite3").write_bytes(
        full[: len(full) // 2]
    )
    verdict = judge(torn_backup, SCENARIOS["report-import"], before, after)
    assert verdict.startswith("FAILED: the backup")


def test_a_vanished_file_is_caught(states: States, tmp_path: Path) -> None:
    _template, before, after = states
    (tmp_path / "gone").mkdir()
    verdict = judge(tmp_path / "gone", SCENARIOS["report-import"], before, after)
    assert verdict == "FAILED: the database file is gone"


@pytest.fixture
def meeting(tmp_path: Path) -> tuple[Path, State]:
    """A seeded database with the crash test's committee meeting planned, and its state."""
    folder = tmp_path / "meeting"
    folder.mkdir()
    scenarios.seeded_with_a_meeting(folder)
    state = read_state(database(folder))
    assert state is not None
    return folder, state


def _edit(folder: Path, *statements: tuple[str, tuple[object, ...]]) -> Path:
    connection = sqlite3.connect(database(folder), isolation_level=None)
    for sql, parameters in statements:
        connection.execute(sql, parameters)
    connection.close()
    return folder


def _answer(position: int, text: str, *, private: int = 0) -> tuple[str, tuple[object, ...]]:
    return (
        "UPDATE meeting_items SET answer = ?, answer_private = ?, updated_at = 'later' "
        "WHERE position = (SELECT position FROM meeting_items ORDER BY position "
        "LIMIT 1 OFFSET ?)",
        (text, private, position),
    )


def _answered(position: int) -> tuple[str, tuple[object, ...]]:
    return (
        "UPDATE meeting_items SET status = 'answered', question_text = (SELECT text FROM "
        "questions WHERE id = question_id) WHERE position = (SELECT position FROM "
        "meeting_items ORDER BY position LIMIT 1 OFFSET ?)",
        (position,),
    )


def test_committee_states_saved_on_the_way_are_accepted(
    meeting: tuple[Path, State], tmp_path: Path
) -> None:
    template, before = meeting
    scenario = SCENARIOS["committee-typing"]
    first, second = ("".join(sentences) for sentences in committee.ANSWERS)
    accepted = {
        "a few words of the first answer": [_answer(0, first[:17])],
        "the first answer typed, not yet marked": [_answer(0, first)],
        "the first finished, the second marked private": [
            _answer(0, first),
            _answered(0),
            _answer(1, "", private=1),
        ],
        "the first finished, the second half typed": [
            _answer(0, first),
            _answered(0),
            _answer(1, second[:40], private=1),
        ],
    }
    for number, (name, statements) in enumerate(accepted.items()):
        folder = _edit(shutil.copytree(template, tmp_path / f"ok-{number}"), *statements)
        assert judge(folder, scenario, before, None) == "between", name


def test_committee_states_no_save_leaves_are_caught(
    meeting: tuple[Path, State], tmp_path: Path
) -> None:
    template, before = meeting
    scenario = SCENARIOS["committee-typing"]
    first, second = ("".join(sentences) for sentences in committee.ANSWERS)
    torn = {
        "words that were never typed": [_answer(0, first[:17] + "x")],
        "the second answer begun before the first was finished": [
            _answer(0, first[:30]),
            _answer(1, second[:10], private=1),
        ],
        "marked answered with half the answer": [_answer(0, first[:30]), _answered(0)],
        "the third question touched": [_answer(2, "Nothing was typed here")],
        "the private note saved as public": [
            _answer(0, first),
            _answered(0),
            _answer(1, second[:40], private=0),
        ],
        "another table changed too": [
            _answer(0, first[:17]),
            ("DELETE FROM glossary WHERE term = 'IRO'", ()),
        ],
    }
    for number, (name, statements) in enumerate(torn.items()):
        folder = _edit(shutil.copytree(template, tmp_path / f"torn-{number}"), *statements)
        verdict = judge(folder, scenario, before, None)
        assert verdict.startswith("FAILED: half-done data"), (name, verdict)


def test_an_answer_saved_without_its_search_index_is_caught(
    meeting: tuple[Path, State], tmp_path: Path
) -> None:
    template, before = meeting
    first = "".join(committee.ANSWERS[0])
    folder = shutil.copytree(template, tmp_path / "unindexed")
    _edit(
        folder,
        ("DROP TRIGGER answers_fts_update", ()),
        _answer(0, first[:17]),
    )
    verdict = judge(folder, SCENARIOS["committee-typing"], before, None)
    assert verdict.startswith("FAILED: the search index answers_fts does not match"), verdict


def test_a_real_kill_mid_meeting_leaves_a_whole_state(
    meeting: tuple[Path, State], tmp_path: Path
) -> None:
    template, before = meeting
    folder = shutil.copytree(template, tmp_path / "trial")
    run = run_child("committee-typing", folder, 1.0)
    verdict = judge(folder, SCENARIOS["committee-typing"], before, None)
    assert run.killed_mid_operation
    assert verdict in {"before", "between"}, verdict
