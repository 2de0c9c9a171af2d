"""``briefing-app import-indicators``, run as a user would: a real process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import REPO
from tests.support.processes import run_cli


def _figures(database: Path) -> int:
    result = run_cli("info", "--json", "--database", str(database))
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["counts"]["figures"])


def test_imports_a_file_and_says_what_it_did(tmp_path: Path, seeded_db_path: Path) -> None:
    before = _figures(seeded_db_path)
    path = tmp_path / "figures.csv"
    path.write_text(
        "key,as_at,period,value,england,document\n"
        "care-leavers-neet,2015-03-31,2014–15,41,39,Care leavers return 2015\n",
        encoding="utf-8",
    )
    result = run_cli("import-indicators", str(path), "--database", str(seeded_db_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Imported 1 figure for 1 indicator from figures.csv")
    assert "backups" in result.stdout
    assert _figures(seeded_db_path) == before + 1


def test_the_template_documents_itself(tmp_path: Path, seeded_db_path: Path) -> None:
    template = tmp_path / "template.csv"
    shutil.copyfile(REPO / "data" / "templates" / "indicator-figures.csv", template)
    result = run_cli("import-indicators", str(template), "--database", str(seeded_db_path))
    # The template has keys and dates but no values yet: the officer fills them in.
    assert result.returncode == 2
    assert "template.csv, line 2: the value is empty." in result.stderr


def test_a_bad_file_exits_2_with_one_line_and_changes_nothing(
    tmp_path: Path, seeded_db_path: Path
) -> None:
    before = _figures(seeded_db_path)
    path = tmp_path / "bad.csv"
    path.write_text(
        "key,as_at,value,document\ncla-count,2015-03-31,330,Return\ncla-count,2016-03-31,x,R\n",
        encoding="utf-8",
    )
    result = run_cli("import-indicators", str(path), "--database", str(seeded_db_path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("briefing-app: bad.csv, line 3: the value “x” is not a number.")
    assert "Nothing from the file has been saved." in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert _figures(seeded_db_path) == before


def test_a_missing_file(tmp_path: Path, seeded_db_path: Path) -> None:
    result = run_cli(
        "import-indicators", str(tmp_path / "nowhere.csv"), "--database", str(seeded_db_path)
    )
    assert result.returncode == 2
    assert "nowhere.csv: the file could not be read" in result.stderr
