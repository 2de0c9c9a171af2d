"""``briefing-app import-attendance`` and ``export-compliance``, run as real processes."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

from tests.support.processes import run_cli


def _completions(db: Path) -> int:
    result = run_cli("info", "--json", "--database", str(db))
    return int(json.loads(result.stdout)["counts"]["completions"])


def test_info_counts_the_training_records(tmp_path: Path) -> None:
    result = run_cli("info", "--json", "--database", str(tmp_path / "t.sqlite3"))
    counts = json.loads(result.stdout)["counts"]
    assert (counts["members"], counts["modules"], counts["completions"]) == (15, 10, 89)


def test_import_attendance_dry_run_then_for_real(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    path = tmp_path / "attendance.csv"
    path.write_text(
        "member,module,date,provider\n"
        "Zoë Hartley,Corporate parenting refresher,2025-01-06,Łódź Training Co-op\n"
        "Łukasz Wójcik,safeguarding,06/01/2025,\n",
        encoding="utf-8",
    )
    before = _completions(db)
    dry = run_cli("import-attendance", str(path), "--dry-run", "--database", str(db))
    assert dry.returncode == 0, dry.stderr
    assert "2 new completions for 2 members" in dry.stdout
    assert "nothing was recorded" in dry.stdout
    assert _completions(db) == before
    real = run_cli("import-attendance", str(path), "--database", str(db))
    assert real.returncode == 0, real.stderr
    assert "Recorded 2." in real.stdout
    assert _completions(db) == before + 2
    (backup,) = (tmp_path / "backups").glob("*before-import-attendance*")
    assert f"A backup of the database from before the import is in {backup}." in real.stdout
    again = run_cli("import-attendance", str(path), "--database", str(db))
    assert again.returncode == 0, again.stderr
    assert "2 lines read. Nothing new to record. 2 already recorded" in again.stdout
    assert "backup" not in again.stdout
    assert _completions(db) == before + 2


def test_import_attendance_with_a_bad_line_exits_2_and_records_nothing(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    path = tmp_path / "attendance.csv"
    path.write_text(
        "member,module,date\n"
        "Zoë Hartley,refresher,2025-01-06\n"
        "Lukasz Wojcik,refresher,2025-01-06\n",
        encoding="utf-8",
    )
    before = _completions(db)
    result = run_cli("import-attendance", str(path), "--database", str(db))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("briefing-app: attendance.csv, line 3: No member called")
    assert "Did you mean 'Łukasz Wójcik'?" in lines[0]
    assert "Traceback" not in result.stderr
    assert _completions(db) == before


def test_import_attendance_refuses_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "attendance.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(200))
    result = run_cli("import-attendance", str(path), "--database", str(tmp_path / "t.sqlite3"))
    assert result.returncode == 2
    assert "Excel workbook" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_compliance(tmp_path: Path) -> None:
    out = tmp_path / "compliance.csv"
    # The demonstration roster is dated from the day the database is made: a month on,
    # every demonstration member is still serving.
    as_at = (date.today() + timedelta(days=30)).isoformat()
    result = run_cli(
        "export-compliance",
        str(out),
        "--committee",
        "lead-member",
        "--as-at",
        as_at,
        "--database",
        str(tmp_path / "t.sqlite3"),
    )
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["Member"] for r in rows} == {"Łukasz Wójcik"}
    assert {r["Status on"] for r in rows} == {as_at}
    # The lead member's three modules, and the three every councillor needs.
    assert len(rows) == 6
    assert f"Wrote {len(rows)} rows" in result.stdout


def test_export_compliance_unknown_committee(tmp_path: Path) -> None:
    result = run_cli(
        "export-compliance",
        str(tmp_path / "c.csv"),
        "--committee",
        "cabinet",
        "--database",
        str(tmp_path / "t.sqlite3"),
    )
    assert result.returncode == 2
    assert "no seat called 'cabinet'" in result.stderr
    assert not (tmp_path / "c.csv").exists()


def test_export_compliance_bad_date_is_one_line(tmp_path: Path) -> None:
    result = run_cli("export-compliance", str(tmp_path / "c.csv"), "--as-at", "next tuesday")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
