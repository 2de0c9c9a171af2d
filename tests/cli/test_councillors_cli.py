"""``briefing-app import-members``, ``export-reminders`` and ``export-training-table``, run
as real processes on a real database file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.support.files import file_digest
from tests.support.processes import run_cli

LIST = (
    "Councillor,Political party,Ward,E-mail address,Roles,Term start\n"
    "Cllr Zoë Hartley,Liberal Democrat,Harbour,zoe@council.example,"
    "corporate parenting panel; fostering panel,2022-05-05\n"
    "Łukasz Wójcik,Labour,Northgate,,lead member for children,05/05/2022\n"
    "Rhiannon Price,Labour,Harbour,,,5 May 2022\n"
)


def _members(db: Path) -> int:
    result = run_cli("info", "--json", "--database", str(db))
    return int(json.loads(result.stdout)["counts"]["members"])


def test_import_members_dry_run_then_for_real_then_again(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    path = tmp_path / "councillors.csv"
    path.write_text(LIST, encoding="utf-8")
    assert _members(db) == 15  # the demonstration roster
    before = file_digest(db)
    dry = run_cli("import-members", str(path), "--dry-run", "--database", str(db))
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[:4] == [
        "councillors.csv: 3 councillors read. 3 new and 0 unchanged. "
        "The 15 demonstration members will be taken away.",
        "  New: Zoë Hartley (Liberal Democrat, Harbour ward)",
        "  New: Łukasz Wójcik (Labour, Northgate ward)",
        "  New: Rhiannon Price (Labour, Harbour ward)",
    ]
    assert "Dry run: nothing was changed." in dry.stdout
    assert file_digest(db) == before
    real = run_cli("import-members", str(path), "--database", str(db))
    assert real.returncode == 0, real.stderr
    assert "The list of councillors is updated. 3 new and 0 unchanged." in real.stdout
    (backup,) = (tmp_path / "backups").glob("*before-import-members*")
    assert str(backup) in real.stdout
    assert _members(db) == 3
    again = run_cli("import-members", str(path), "--database", str(db))
    assert again.returncode == 0, again.stderr
    assert "already up to date: nothing was changed" in again.stdout
    assert _members(db) == 3


def test_a_list_with_a_problem_leaves_the_file_byte_for_byte(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    assert _members(db) == 15
    path = tmp_path / "councillors.csv"
    path.write_text(LIST + "Gareth Pryce,Conservative,Northgate,,planning committee,\n")
    before = file_digest(db)
    result = run_cli("import-members", str(path), "--database", str(db))
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(
        "briefing-app: councillors.csv, line 5: 'planning committee' is not a seat the app knows"
    )
    assert "Nothing was changed" in line
    assert file_digest(db) == before
    assert not (tmp_path / "backups").exists()


def test_reminders_and_the_yearly_table_are_written_to_new_files_only(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    reminders = tmp_path / "reminders.csv"
    result = run_cli("export-reminders", str(reminders), "--days", "60", "--database", str(db))
    assert result.returncode == 0, result.stderr
    with reminders.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert f"Wrote {len(rows)} reminders to {reminders}." in result.stdout
    assert all(r["Letter"].startswith(f"Dear Councillor {r['Councillor']},") for r in rows)
    kept = file_digest(reminders)
    again = run_cli("export-reminders", str(reminders), "--database", str(db))
    assert again.returncode == 2
    assert "already there, and this export never saves over one" in again.stderr
    assert file_digest(reminders) == kept

    table = tmp_path / "table.csv"
    result = run_cli("export-training-table", str(table), "--public", "--database", str(db))
    assert result.returncode == 0, result.stderr
    with table.open(encoding="utf-8-sig", newline="") as handle:
        seats = {r["Seat"]: r for r in csv.DictReader(handle)}
    assert seats["Lead member for children"]["Councillors"] == "fewer than 3"
    assert seats["All councillors"]["Councillors"] == "15"


def test_a_reminder_window_out_of_range_is_one_line(tmp_path: Path) -> None:
    result = run_cli(
        "export-reminders",
        str(tmp_path / "r.csv"),
        "--days",
        "999",
        "--database",
        str(tmp_path / "t.sqlite3"),
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.csv").exists()
