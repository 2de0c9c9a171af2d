"""``briefing-app import-report`` with a folder or several files, run as a user would."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests.conftest import REFERENCE_PDFS
from tests.support.processes import run_cli

SHEFFIELD = "sheffield-2023-11-03.pdf"
SLOUGH = "slough-2019-03-04.pdf"
PORTSMOUTH = "portsmouth-2014-09-01.pdf"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in (SHEFFIELD, SLOUGH, PORTSMOUTH):
        shutil.copyfile(REFERENCE_PDFS / name, folder / name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a PDF at all\n")
    return folder


def _authorities(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT authority FROM reports ORDER BY id").fetchall()
    return [row[0] for row in rows]


def test_a_folder_is_imported_with_a_summary(tmp_path: Path) -> None:
    folder, db = _folder(tmp_path), tmp_path / "b.sqlite3"
    result = run_cli("import-report", str(folder), "--database", str(db), "--json")
    assert result.returncode == 1, result.stderr  # one file was refused
    summary = json.loads(result.stdout)
    assert set(summary) == {"imported", "skipped", "refused", "not_reached", "backup"}
    assert [Path(e["path"]).name for e in summary["imported"]] == [SHEFFIELD, SLOUGH]
    assert summary["imported"][0]["local_authority"] == "Sheffield"
    assert summary["imported"][0]["paragraphs"] == 66
    assert [Path(e["path"]).name for e in summary["skipped"]] == [PORTSMOUTH]  # held already
    assert summary["skipped"][0]["reason"].endswith("is already held.")
    assert [Path(e["path"]).name for e in summary["refused"]] == ["broken.pdf"]
    assert "cut short" in summary["refused"][0]["reason"]
    assert summary["not_reached"] == []
    assert Path(summary["backup"]).exists()
    with sqlite3.connect(summary["backup"]) as backup:
        assert backup.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    assert _authorities(db) == ["Portsmouth City Council", "Sheffield", "Slough Borough Council"]


def test_several_files_in_words(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    files = [str(REFERENCE_PDFS / SHEFFIELD), str(REFERENCE_PDFS / PORTSMOUTH)]
    result = run_cli("import-report", *files, "--database", str(db), "--keep-both")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Imported 2 reports."
    assert lines[1] == "Imported:"
    assert lines[2].startswith(f"- {SHEFFIELD}: Sheffield: ILACS inspection of 11 to 22 September")
    assert lines[-1].startswith("A backup of the database from before the import is in ")
    assert _authorities(db).count("Portsmouth City Council") == 2


def test_a_dry_run_of_a_folder_writes_nothing(tmp_path: Path) -> None:
    folder, db = _folder(tmp_path), tmp_path / "untouched.sqlite3"
    result = run_cli("import-report", str(folder), "--dry-run", "--json", "--database", str(db))
    assert result.returncode == 1
    summary = json.loads(result.stdout)
    assert [Path(e["path"]).name for e in summary["read"]] == [PORTSMOUTH, SHEFFIELD, SLOUGH]
    assert summary["read"][1]["kind"] == "inspection"
    assert [Path(e["path"]).name for e in summary["refused"]] == ["broken.pdf"]
    assert not db.exists()


def test_a_folder_without_reports(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("Not a report.", encoding="utf-8")
    result = run_cli("import-report", str(empty), "--database", str(tmp_path / "x.sqlite3"))
    assert result.returncode == 2
    assert "There is no PDF or text file in" in result.stderr


def test_help_says_how_to_import_a_folder() -> None:
    result = run_cli("import-report", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "Give several files, or a folder, to import many at once" in text
    assert "a report already held is skipped (unless --replace or --keep-both is given)" in text
    assert "PATH [PATH ...]" in text
