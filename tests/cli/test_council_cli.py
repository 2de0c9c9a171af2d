"""``setup --council``, ``figures --json`` and ``import-statistics`` from the command line.

The figures are checked against the DfE's own rows in ``sources/dfe``, read here with
Python's CSV reader and the indicators' definitions read with ``tomllib``: nothing of the
app's reading is used to check what it read.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import random
import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.dfe_files import SOURCES, unpacked
from tests.support.processes import run_cli

COUNCILS = REPO / "data" / "councils" / "councils.csv"
INDICATORS = REPO / "data" / "statistics" / "indicators.toml"
_SOURCE = re.compile(r": (?P<file>[\w.-]+\.csv), line (?P<line>\d+)$")
# Councils created after the last year the shipped release covers have no figures yet.
CREATED_AFTER_2022 = {"942", "943"}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _setup(path: Path, council: str) -> None:
    result = run_cli("--database", str(path), "setup", "--council", council)
    assert result.returncode == 0, result.stderr


# -- setup ------------------------------------------------------------------------------


def test_setup_makes_a_council_s_database(tmp_path: Path) -> None:
    path = tmp_path / "leeds.sqlite3"
    result = run_cli("--database", str(path), "setup", "--council", "Leeds City Council")
    assert result.returncode == 0, result.stderr
    assert "Set up a database for Leeds (DfE code 383, ONS code E08000035" in result.stdout
    info = json.loads(run_cli("--database", str(path), "info", "--json").stdout)
    assert info["counts"]["reports"] == 0
    assert info["counts"]["summaries"] == 0
    figures = json.loads(run_cli("--database", str(path), "figures", "--json").stdout)
    assert figures["council"] == {
        "name": "Leeds",
        "new_la_code": "E08000035",
        "old_la_code": "383",
    }


@pytest.mark.parametrize("given", ["E06000044", "851"])
def test_setup_finds_a_council_by_its_new_or_old_code(tmp_path: Path, given: str) -> None:
    path = tmp_path / "council.sqlite3"
    _setup(path, given)
    figures = json.loads(run_cli("--database", str(path), "figures", "--json").stdout)
    assert figures["council"]["name"] == "Portsmouth"
    # A council's workspace holds none of the demonstration, even for Portsmouth.
    info = json.loads(run_cli("--database", str(path), "info", "--json").stdout)
    assert info["counts"]["reports"] == 0


def test_a_near_miss_lists_the_closest_names_and_makes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    result = run_cli("--database", str(path), "setup", "--council", "Shefield")
    assert result.returncode == 2
    assert "There is no English council called “Shefield”" in result.stderr
    assert "“Sheffield”" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_council_abolished_by_reorganisation_is_explained(tmp_path: Path) -> None:
    result = run_cli("--database", str(tmp_path / "x.sqlite3"), "setup", "--council", "928")
    assert result.returncode == 2
    assert "Northamptonshire was abolished on 1 April 2021" in result.stderr
    assert "North Northamptonshire and West Northamptonshire" in result.stderr


@pytest.mark.parametrize("kind", ["database", "text", "empty"])
def test_setup_refuses_a_path_that_holds_any_file(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "briefing.sqlite3"
    if kind == "database":
        _setup(path, "Leeds")
    elif kind == "text":
        path.write_text("The committee's own notes.\n", encoding="utf-8")
    else:
        path.write_bytes(b"")
    before = _sha(path)
    names = sorted(p.name for p in tmp_path.iterdir())
    result = run_cli("--database", str(path), "setup", "--council", "Sheffield")
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert "Nothing has been changed" in result.stderr
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_other_commands_on_a_path_with_no_database_make_the_demonstration(
    tmp_path: Path,
) -> None:
    path = tmp_path / "demo.sqlite3"
    info = json.loads(run_cli("--database", str(path), "info", "--json").stdout)
    assert info["counts"]["reports"] == 1
    figures = json.loads(run_cli("--database", str(path), "figures", "--json").stdout)
    assert figures["council"]["name"] == "Portsmouth"
    assert any(f["value"] is not None for f in figures["figures"])
    shown = " ".join(run_cli("--help").stdout.split())
    assert "made as the demonstration (Ofsted's 2014 report on Portsmouth)" in shown
    assert "by every command but setup" in shown


# -- figures --json, against the DfE's own rows ---------------------------------------------


@cache
def _dfe_rows(name: str) -> dict[int, dict[str, str]]:
    """The DfE file's rows by line, as Python's CSV reader reads them."""
    (path,) = SOURCES.glob(f"*/{name}.gz")
    text = gzip.decompress(path.read_bytes()).decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = {}
    for row in reader:
        rows[reader.line_num] = row
    return rows


def _england_row(name: str, row: dict[str, str], measure: str) -> dict[str, str]:
    """England's row of the same file and period with the same filter cells as ``row``."""
    place = {
        "geographic_level",
        "country_code",
        "country_name",
        "region_code",
        "region_name",
        "old_la_code",
        "la_name",
        "new_la_code",
    }
    filters = {k: v for k, v in row.items() if k not in place and not _is_measure(name, k)}
    found = [
        other
        for other in _dfe_rows(name).values()
        if other["geographic_level"] == "National"
        and all(other.get(k) == v for k, v in filters.items())
    ]
    assert len(found) == 1, (name, filters, measure)
    return found[0]


def _is_measure(name: str, column: str) -> bool:
    """A column whose cells are figures (numbers or symbols) in every row, not filters."""
    return column in _measure_columns(name)


@cache
def _measure_columns(name: str) -> frozenset[str]:
    rows = list(_dfe_rows(name).values())
    symbols = {"c", "low", "x", "z", "k", "u", ":", "~", ""}
    measures = set()
    for column in rows[0]:
        cells = {row[column] for row in rows}
        if all(re.fullmatch(r"-?\d+(\.\d+)?", c) or c in symbols for c in cells):
            measures.add(column)
    # time_period is all digits too, but it is the period.
    return frozenset(measures - {"time_period", "old_la_code"})


def _period_end(time_period: str) -> str:
    """2022 -> 2022-03-31 (year ending 31 March); 202122 -> 2022-03-31 (the 2021/22 school
    year, dated at its 31 March)."""
    year = time_period if len(time_period) == 4 else time_period[:2] + time_period[4:]
    return f"{year}-03-31"


def _published(cell: str) -> tuple[float | None, str | None]:
    if re.fullmatch(r"-?\d+(\.\d+)?", cell):
        return float(cell), None
    return None, {":": "x", "~": "low"}.get(cell, cell)


def test_figures_json_gives_the_dfe_s_values_for_a_council_picked_at_random(
    tmp_path: Path,
) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    with COUNCILS.open(encoding="utf-8", newline="") as handle:
        councils = list(csv.DictReader(handle))
    reorganised = (REPO / "data" / "councils" / "reorganisations.csv").read_text()
    abolished = {
        code
        for row in csv.DictReader(io.StringIO(reorganised))
        for code in row["abolished"].split()
    }
    candidates = [c for c in councils if c["old_la_code"] not in abolished | CREATED_AFTER_2022]
    council = random.Random(seed).choice(candidates)
    code, why = council["old_la_code"], f"council {council['la_name']} (seed {seed})"
    path = tmp_path / "council.sqlite3"
    _setup(path, code)
    result = run_cli("--database", str(path), "figures", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["council"] == {
        "name": council["la_name"],
        "new_la_code": council["new_la_code"],
        "old_la_code": code,
    }, why

    catalogue = tomllib.loads(INDICATORS.read_text(encoding="utf-8"))["indicator"]
    measures = {i["key"]: i["source"]["measures"] for i in catalogue}
    figures = document["figures"]
    # Every indicator the shipped release gives (one, unaccompanied children, comes only
    # from the 2023 release on).
    assert {f["indicator"] for f in figures} == set(measures) - {"uasc_number"}, why
    slots = [(f["indicator"], f["period_end"]) for f in figures]
    assert len(slots) == len(set(slots)), "one entry per indicator per year"
    checked = with_value = 0
    for figure in figures:
        match = _SOURCE.search(figure["source"])
        assert match, figure
        name, line = match["file"], int(match["line"])
        row = _dfe_rows(name)[line]
        measure = next(m for m in measures[figure["indicator"]] if m in row)
        assert _period_end(row["time_period"]) == figure["period_end"], (why, figure)
        if figure["value"] is None and figure["symbol"] is None:
            # No row for the council that year: the source is England's.
            assert row["geographic_level"] == "National", (why, figure)
            continue
        assert row["old_la_code"] == code, (why, figure)
        value, symbol = _published(row[measure])
        assert (figure["value"], figure["symbol"]) == (value, symbol), (why, figure, row)
        england, _ = _published(_england_row(name, row, measure)[measure])
        assert figure["england"] == england, (why, figure)
        checked += 1
        with_value += value is not None
    assert checked > 100, why
    assert with_value > 50, why


# -- import-statistics -------------------------------------------------------------------


@pytest.fixture
def council_db(tmp_path: Path) -> Path:
    path = tmp_path / "council.sqlite3"
    _setup(path, "Sheffield")
    return path


def test_a_csv_that_is_not_dfe_data_is_refused_with_nothing_changed(
    council_db: Path, tmp_path: Path
) -> None:
    other = tmp_path / "members.csv"
    other.write_text("name,party,ward\nSiân Evans,Labour,Harbour\n", encoding="utf-8")
    good = unpacked("la_care_leavers_activity.csv", tmp_path)
    before = _sha(council_db)
    for files in ([other], [good, other]):
        result = run_cli(
            "--database", str(council_db), "import-statistics", *(str(f) for f in files)
        )
        assert result.returncode == 2
        assert "members.csv, line 1: this is not a DfE open-data file" in result.stderr
        assert "time_period, time_identifier and geographic_level" in result.stderr
        assert "Nothing has been changed" in result.stderr
        assert _sha(council_db) == before
        assert (
            not list((tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else True
        )


def test_importing_a_release_replaces_the_years_held_and_says_so(
    council_db: Path, tmp_path: Path
) -> None:
    file = unpacked("la_care_leavers_activity.csv", tmp_path, "renamed-by-someone.csv")
    dry = run_cli("--database", str(council_db), "import-statistics", str(file), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Nothing has been imported (a dry run)" in dry.stdout
    result = run_cli("--database", str(council_db), "import-statistics", str(file), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["dry_run"] is False
    (plan,) = report["files"]
    assert plan["file"] == "renamed-by-someone.csv"
    assert plan["replaced"]
    assert plan["added"] == []
    assert "care_leavers_eet_19_21_percent" in plan["indicators"]
    assert plan["councils"] > 140
    assert "replaced the years ending 31 March" in report["message"]
    assert "with this release's figures" in report["message"]
    assert Path(report["backup"]).exists()
