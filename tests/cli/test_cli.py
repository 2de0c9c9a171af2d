"""The briefing-app command line, run as a user would: a real process."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.paths import AppPaths
from briefing_app.storage.migrations import SCHEMA_VERSION
from tests.support.files import file_digest
from tests.support.processes import offscreen_env, run_cli


def test_info_json_is_exactly_the_documented_shape(tmp_path: Path) -> None:
    db = tmp_path / "info.sqlite3"
    result = run_cli("info", "--json", "--database", str(db))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"database", "schema_version", "counts"}
    assert data["database"] == str(db)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["counts"]["reports"] == 1
    assert data["counts"]["findings"] == 163
    assert data["counts"]["judgements"] == 7
    assert data["counts"]["recommendations"] == 15
    assert data["counts"]["terms"] >= 40
    assert all(kind.endswith("s") for kind in data["counts"])


def test_database_from_the_environment(tmp_path: Path) -> None:
    db = tmp_path / "from-env.sqlite3"
    result = run_cli("info", "--json", env=offscreen_env(BRIEFING_APP_DATABASE=str(db)))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["database"] == str(db)
    assert db.exists()


def test_database_option_beats_the_environment(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.sqlite3"
    result = run_cli(
        "--database",
        str(chosen),
        "info",
        "--json",
        env=offscreen_env(BRIEFING_APP_DATABASE=str(tmp_path / "other.sqlite3")),
    )
    assert json.loads(result.stdout)["database"] == str(chosen)
    assert not (tmp_path / "other.sqlite3").exists()


def test_default_database_is_in_the_user_data_folder(
    app_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", "--json"], paths=app_paths) == 0
    data = json.loads(capsys.readouterr().out)
    assert Path(data["database"]) == app_paths.user_data / "briefing.sqlite3"


def test_info_text(tmp_path: Path) -> None:
    result = run_cli("info", "--database", str(tmp_path / "t.sqlite3"))
    assert result.returncode == 0
    assert "Findings: 163" in result.stdout


def test_bad_database_exits_2_with_one_plain_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("this is not a database\n", encoding="utf-8")
    before = file_digest(bad)
    result = run_cli("info", "--json", "--database", str(bad))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "not a database" in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert file_digest(bad) == before


def test_unknown_option_exits_2_with_one_line() -> None:
    result = run_cli("info", "--colour")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_exit_after_startup_shows_the_window_and_exits_0(tmp_path: Path) -> None:
    result = run_cli(
        "--exit-after-startup",
        "--database",
        str(tmp_path / "s.sqlite3"),
        env=offscreen_env(XDG_CONFIG_HOME=str(tmp_path / "config")),
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "s.sqlite3").exists()


def test_exit_after_startup_on_a_bad_database_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    result = run_cli("--exit-after-startup", "--database", str(bad))
    assert result.returncode == 2
    assert "not a database" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    shown = capsys.readouterr().out
    for command in ("info", "import-report", "import-indicators", "meetings", "pack", "backups"):
        assert command in shown


def test_a_command_after_the_window_options_is_run(
    app_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    database = app_paths.user_data / "chosen.sqlite3"
    assert main(["--database", str(database), "--exit-after-startup", "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(database)


def test_a_mistake_among_the_window_options_is_one_plain_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--exit-after-startup", "--colour"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "briefing-app: unrecognized arguments: --colour (see briefing-app --help)"
    ]


def _commands_in(parser: argparse.ArgumentParser) -> set[str]:
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def test_running_a_command_builds_its_own_area_and_nothing_else() -> None:
    from briefing_app.cli import (
        briefing,
        build_parser,
        council,
        councillors,
        meetings,
        outcomes,
        packs,
        reports,
        safety,
        statistics,
        training,
    )

    areas = (
        briefing,
        council,
        councillors,
        meetings,
        outcomes,
        packs,
        reports,
        safety,
        statistics,
        training,
    )
    assert {"info"}.union(*(area.COMMANDS for area in areas)) == _commands_in(build_parser())
    for area in areas:
        for command in area.COMMANDS:
            assert _commands_in(build_parser(command)) == {"info", *area.COMMANDS}
    # A word that is no command gets the whole command line, to say what the commands are.
    assert _commands_in(build_parser("imprt-report")) == _commands_in(build_parser())


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--exit-after-startup"],
        ["--database", "a.sqlite3"],
        ["--database=a.sqlite3", "--exit-after-startup"],
        ["--exit-after-startup", "--database", "a.sqlite3", "--database", "b.sqlite3"],
        ["--database", ""],
        ["--database="],
    ],
)
def test_the_window_options_are_read_as_the_whole_command_line_reads_them(
    argv: list[str],
) -> None:
    from briefing_app.cli import build_parser, parse_arguments

    assert parse_arguments(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize("command", [["info"], ["info", "--json"], ["meetings", "--json"]])
def test_a_reader_that_stops_reading_ends_the_command_quietly(
    command: list[str], seeded_db_path: Path
) -> None:
    """``briefing-app info | head -1``: the closed pipe ends the command as it ends a shell
    tool, with no traceback and the code 141."""
    with subprocess.Popen(
        [sys.executable, "-m", "briefing_app", "--database", str(seeded_db_path), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=offscreen_env(),
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()  # the reader has gone before the command writes anything
        errors = process.stderr.read().decode("utf-8")
        assert process.wait(timeout=120) == 141
    assert errors == ""
