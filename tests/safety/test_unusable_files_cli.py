"""Each kind of unusable database file, from the command line, as a user would meet it.

The app refuses it with one plain line (what is wrong, what to do), changes nothing in
the folder, and the command it suggests gets the user going again while keeping the file.
"""

from __future__ import annotations

import json
import re
from contextlib import nullcontext
from pathlib import Path

import pytest

from briefing_app.storage.database import Database
from tests.safety.bad_files import CASES, folder_listing, held, release
from tests.support.processes import run_cli

# The command each kept-file case follows from the hint, and what the new file then holds.
FOLLOW = {
    "empty": "start-fresh",
    "truncated": "backups restore",
    "random-bytes": "start-fresh",
    "pdf": "backups restore",
    "undecodable-schema": "backups restore",
    "lost-changes": "writable-copy",
    "newer": "backups restore",
    "read-only": "writable-copy",
}


def _with_a_backup(path: Path, template: Path) -> None:
    """The file was healthy once, and the app backed it up then."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(template.read_bytes())
    with Database.open(path) as database:
        database.backup("before-import-report")
    path.unlink()


@pytest.mark.parametrize("name", list(CASES))
def test_unusable_file_is_refused_in_one_plain_line_and_left_alone(
    name: str, tmp_path: Path, seeded_db_path: Path
) -> None:
    case = CASES[name]
    path = tmp_path / "work" / "briefing.sqlite3"
    _with_a_backup(path, seeded_db_path)
    case.make(path, seeded_db_path)
    holding = held(path, case.holder) if case.holder else nullcontext()
    with holding:
        before = folder_listing(path.parent)
        result = run_cli("info", "--json", "--database", str(path))
        after = folder_listing(path.parent)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert "Traceback" not in line
    assert case.words in line
    assert str(path) in line
    assert after == before, "the file and its folder must be exactly as they were"
    if case.file_is_kept:
        assert "The file has not been changed." in line
        assert f"--database {path} start-fresh" in line
        assert f"--database {path} backups restore" in line
        assert "puts back the only backup" in line
    else:
        assert "start-fresh" not in line
        assert "Close the other" in line


@pytest.mark.parametrize("name", list(FOLLOW))
def test_following_the_hint_keeps_the_file_and_gets_going_again(
    name: str, tmp_path: Path, seeded_db_path: Path
) -> None:
    case = CASES[name]
    path = tmp_path / "work" / "briefing.sqlite3"
    _with_a_backup(path, seeded_db_path)
    case.make(path, seeded_db_path)
    original = path.read_bytes()
    refused = run_cli("info", "--database", str(path))
    assert FOLLOW[name] in refused.stderr

    followed = run_cli(*FOLLOW[name].split(), "--database", str(path))
    assert followed.returncode == 0, followed.stderr
    kept_match = re.search(r"kept, unchanged, as (\S+\.sqlite3)\.", followed.stdout)
    assert kept_match, followed.stdout
    kept = Path(kept_match.group(1))
    assert kept.parent == path.parent
    assert kept.name.startswith("briefing-set-aside-")
    assert kept.read_bytes() == original

    info = run_cli("info", "--json", "--database", str(path))
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["counts"]["findings"] == 163


@pytest.mark.parametrize("name", ["locked", "in-use"])
def test_a_held_file_opens_once_the_other_program_lets_go(
    name: str, tmp_path: Path, seeded_db_path: Path
) -> None:
    case = CASES[name]
    path = tmp_path / "held" / "briefing.sqlite3"
    path.parent.mkdir()
    case.make(path, seeded_db_path)
    with held(path, case.holder) as holder:
        assert run_cli("info", "--database", str(path)).returncode == 2
        release(holder)
        result = run_cli("info", "--json", "--database", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["reports"] == 1


def test_start_fresh_refuses_to_move_a_healthy_file(tmp_path: Path, seeded_db_path: Path) -> None:
    before = folder_listing(seeded_db_path.parent)
    result = run_cli("start-fresh", "--database", str(seeded_db_path))
    assert result.returncode == 2
    assert "opens normally" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert folder_listing(seeded_db_path.parent) == before
