"""``briefing-app import-report``, run as a user would: a real process."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import REFERENCE_PDFS
from tests.importers.damage import sheffield_ten_bytes, sheffield_without_page_9
from tests.importers.expected import EXPECTED
from tests.support.files import file_digest
from tests.support.processes import run_cli

PORTSMOUTH_PDF = REFERENCE_PDFS / "portsmouth-2014-09-01.pdf"
SOUTHAMPTON_PDF = REFERENCE_PDFS / "southampton-2020-01-09.pdf"
SUMMARY_KEYS = {
    "local_authority",
    "framework",
    "inspection_start",
    "inspection_end",
    "overall_effectiveness",
    "judgements",
    "paragraphs",
    "first_paragraph",
    "last_paragraph",
    "recommendations",
    "kind",
    "warnings",
}
GRADES = {"outstanding", "good", "requires improvement", "adequate", "inadequate"}
AREAS = {
    "overall_effectiveness",
    "impact_of_leaders",
    "help_and_protection",
    "children_in_care",
    "care_leavers",
    "looked_after_and_permanence",
    "adoption",
    "leadership",
    "lscb",
    "capacity_to_improve",
    "quality_of_provision",
}


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_dry_run_json_is_exactly_the_documented_shape(tmp_path: Path) -> None:
    db = tmp_path / "untouched.sqlite3"
    result = run_cli(
        "import-report", str(SOUTHAMPTON_PDF), "--dry-run", "--json", "--database", str(db)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    summary = json.loads(result.stdout)
    assert set(summary) == SUMMARY_KEYS
    assert summary == {
        "local_authority": "Southampton City Council",
        "framework": "ILACS",
        "inspection_start": "2019-11-18",
        "inspection_end": "2019-11-29",
        "overall_effectiveness": "requires improvement",
        "judgements": [
            {"area": "overall_effectiveness", "grade": "requires improvement"},
            {"area": "impact_of_leaders", "grade": "requires improvement"},
            {"area": "help_and_protection", "grade": "requires improvement"},
            {"area": "children_in_care", "grade": "requires improvement"},
        ],
        "paragraphs": 41,
        "first_paragraph": 1,
        "last_paragraph": 41,
        "recommendations": 6,
        "kind": "inspection",
        "warnings": [],
    }
    assert not db.exists()  # a dry run writes nothing, not even a new database


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda name: name[:-4])
def test_dry_run_json_for_every_shipped_report(name: str) -> None:
    result = run_cli("import-report", str(REFERENCE_PDFS / name), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    expected = EXPECTED[name]
    assert set(summary) == SUMMARY_KEYS
    assert summary["local_authority"] == expected["authority"]
    assert summary["framework"] == expected["framework"]
    assert summary["kind"] == expected["kind"]
    assert summary["inspection_start"] == expected["inspection_start"].isoformat()
    assert summary["inspection_end"] == expected["inspection_end"].isoformat()
    assert summary["overall_effectiveness"] == expected["grades"].get("overall_effectiveness")
    assert {j["area"]: j["grade"] for j in summary["judgements"]} == expected["grades"]
    assert {j["area"] for j in summary["judgements"]} <= AREAS
    assert {j["grade"] for j in summary["judgements"]} <= GRADES
    assert summary["paragraphs"] == expected["last_paragraph"]
    assert (summary["first_paragraph"], summary["last_paragraph"]) == (
        1,
        expected["last_paragraph"],
    )
    assert summary["recommendations"] == len(expected["recommendations"])
    assert summary["warnings"] == []


def test_a_damaged_report_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite3"
    assert run_cli("info", "--database", str(db)).returncode == 0
    before = file_digest(db)
    path = tmp_path / "sheffield-copy.pdf"
    sheffield_ten_bytes(path)
    for extra in ((), ("--dry-run", "--json")):
        result = run_cli("import-report", str(path), "--database", str(db), *extra)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "sheffield-copy.pdf: the council's name could not be read" in lines[0]
        assert result.stdout == ""
    assert file_digest(db) == before


def test_what_looked_wrong_is_printed_and_kept_with_the_report(tmp_path: Path) -> None:
    path = sheffield_without_page_9(tmp_path / "sheffield-copy.pdf")
    dry = run_cli("import-report", str(path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    warnings = json.loads(dry.stdout)["warnings"]
    assert [w.split(":")[0] for w in warnings] == [
        "Paragraphs 54 to 59 were not found",
        "Page 9 has no text beyond its heading, though the numbered paragraphs run on "
        "either side of it",
    ]
    db = tmp_path / "w.sqlite3"
    result = run_cli("import-report", str(path), "--database", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Imported Sheffield: ILACS inspection of 11 to 22 September 2023")
    # The database is the demonstration (Portsmouth): Sheffield's report is kept to compare.
    assert lines[1].startswith("This report is not about Portsmouth, so it is kept only")
    assert lines[2].startswith("Warning: some things looked wrong when the report was read.")
    assert lines[3:5] == [f"- {warning}" for warning in warnings]
    with sqlite3.connect(db) as connection:
        stored = connection.execute(
            "SELECT kind, read_warnings FROM reports WHERE authority = 'Sheffield'"
        ).fetchone()
    assert stored == ("inspection", "\n".join(warnings))


def test_import_writes_the_report_and_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    result = run_cli("import-report", str(SOUTHAMPTON_PDF), "--database", str(db), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["local_authority"] == "Southampton City Council"
    assert summary["replaced"] == []
    assert _count(db, "reports") == 2  # the Portsmouth seed and the new one
    assert _count(db, "findings") == 163 + 41
    assert list((tmp_path / "backups").glob("b-*-before-import-report.sqlite3"))
    again = run_cli("info", "--json", "--database", str(db))
    assert json.loads(again.stdout)["counts"]["reports"] == 2


def test_importing_a_report_already_held_asks_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite3"
    assert run_cli("info", "--database", str(db)).returncode == 0  # seeds Portsmouth 2014
    before = file_digest(db)
    result = run_cli("import-report", str(PORTSMOUTH_PDF), "--database", str(db))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "already held" in lines[0]
    assert "--replace" in lines[0]
    assert "--keep-both" in lines[0]
    assert file_digest(db) == before

    kept = run_cli("import-report", str(PORTSMOUTH_PDF), "--database", str(db), "--keep-both")
    assert kept.returncode == 0, kept.stderr
    assert _count(db, "reports") == 2

    replaced = run_cli("import-report", str(PORTSMOUTH_PDF), "--database", str(db), "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert "replaces" in replaced.stdout
    assert _count(db, "reports") == 1
    assert _count(db, "findings") == 163
    with sqlite3.connect(db) as connection:
        links = connection.execute(
            "SELECT e.paragraph FROM recommendation_evidence e JOIN recommendations r "
            "ON r.id = e.recommendation_id WHERE r.paragraph = 16 ORDER BY e.paragraph"
        ).fetchall()
    assert [row[0] for row in links] == [7, 111, 112]  # the curated links are kept


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"<!DOCTYPE html><html><body>Not found</body></html>", "web page"),
        (b"", "empty"),
        (b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "cut short"),
    ],
)
def test_bad_files_exit_2_with_one_line_and_change_nothing(
    tmp_path: Path, content: bytes, words: str
) -> None:
    db = tmp_path / "bad.sqlite3"
    assert run_cli("info", "--database", str(db)).returncode == 0
    before = file_digest(db)
    path = tmp_path / "report.pdf"
    path.write_bytes(content)
    for extra in ((), ("--dry-run", "--json")):
        result = run_cli("import-report", str(path), "--database", str(db), *extra)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "report.pdf" in lines[0]
        assert words in lines[0]
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
    assert file_digest(db) == before


def test_missing_file(tmp_path: Path) -> None:
    result = run_cli("import-report", str(tmp_path / "nowhere.pdf"), "--dry-run")
    assert result.returncode == 2
    assert "nowhere.pdf" in result.stderr
