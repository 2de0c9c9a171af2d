"""The DfE's figures in a council's database: set up from what the app ships, compared and
given as the machine-readable view, exactly as the DfE published them; a later release
adds its year for every council; a bad file changes nothing."""

from __future__ import annotations

import csv
import hashlib
import io
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.ratings import Trend
from briefing_app.services.statistics import StatisticsService, load_shipped_statistics
from briefing_app.storage.database import Database
from tests import dfe_files
from tests.conftest import REPO

DATA = REPO / "data"
PLACEMENTS = "la_cla_at_31_march_placement_stability_indicator.csv"
NUMBERS = "cla_number_and_rate_per_10k_children.csv"
HEALTH = "la_conviction_health_outcome_cla.csv"
STAY_PUT = "la_care_leavers_stayput.csv"
SAME_PLACEMENT = (
    "Living in the same placement for at least 2 years, or are placed for adoption and their "
    "adoption and their adoptive placement together with their previous placement, last for "
    "at least 2 years"
)
# The stable keys, and where the DfE publishes each: file, the cells that pick the row,
# and the column. Written out here, apart from the app's own rules, to check them.
STABLE: dict[str, tuple[str, dict[str, str], str]] = {
    "cla_number": (
        NUMBERS,
        {"population_count": "Children looked after at 31 March each year"},
        "number",
    ),
    "cla_rate_per_10000": (
        NUMBERS,
        {"population_count": "Children looked after at 31 March each year"},
        "rate_per_10000",
    ),
    "placements_three_or_more_percent": (
        PLACEMENTS,
        {
            "cla_group": "Children looked after at 31 March",
            "characteristic": "With 3 or more placements during the year",
        },
        "percentage",
    ),
    "placement_stable_two_years_percent": (
        PLACEMENTS,
        {"characteristic": SAME_PLACEMENT},
        "percentage",
    ),
    "health_assessment_percent": (
        HEALTH,
        {"characteristic": "Had their annual health assessment"},
        "percentage",
    ),
    "immunisations_percent": (
        HEALTH,
        {"characteristic": "Had their immunisations up to date"},
        "percentage",
    ),
    "dental_check_percent": (
        HEALTH,
        {"characteristic": "Had their teeth checked by a dentist"},
        "percentage",
    ),
    "sdq_average_score": (HEALTH, {"characteristic": "SDQ average score"}, "number"),
    "care_leavers_eet_17_18_percent": (
        "la_care_leavers_activity.csv",
        {"age": "Aged 17 to 18", "activity": "Total in education, employment or training"},
        "percentage",
    ),
    "care_leavers_eet_19_21_percent": (
        "la_care_leavers_activity.csv",
        {"age": "Aged 19 to 21", "activity": "Total in education, employment or training"},
        "percentage",
    ),
    "care_leavers_suitable_accommodation_19_21_percent": (
        "la_care_leavers_accommodation_suitability.csv",
        {"age": "19 to 21 years", "accommodation_suitability": "Accommodation considered suitable"},
        "percentage",
    ),
    "care_leavers_in_touch_19_21_percent": (
        "la_care_leavers_intouch.csv",
        {"age": "Aged 19 to 21", "in_touch": "Local authority in touch with care leaver"},
        "percentage",
    ),
    "staying_put_18_percent": (
        STAY_PUT,
        {
            "age": "Aged 18",
            "stay_put": "Total living with former foster carers in the current year",
        },
        "percentage",
    ),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database holding every council and the shipped figures, made once."""
    path = tmp_path_factory.mktemp("statistics") / "template.sqlite3"
    database = Database.open(path, populate=lambda db: load_shipped_statistics(db, DATA))
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def database(template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "council.sqlite3"
    path.write_bytes(template.read_bytes())
    opened = Database.open(path)
    yield opened
    opened.close()


def _published(text: str) -> tuple[int | float | None, str | None]:
    """A cell as the machine-readable view must give it, worked out here."""
    text = text.strip()
    if text in ("c", "low", "x", "z", "k", "u"):
        return None, text
    if text == ":":
        return None, "x"
    return (float(text) if "." in text else int(text)), None


def _dfe_rows(file: str, cells: dict[str, str]) -> list[dict[str, str]]:
    return [row for row in dfe_files.rows(file) if all(row[k] == v for k, v in cells.items())]


def test_a_council_picked_at_random_gets_the_dfe_figures_exactly_as_published(
    database: Database,
) -> None:
    service = StatisticsService(database, DATA)
    seed = random.randrange(10**6)
    council = random.Random(seed).choice(list(service.councils()))
    why = f"{council.name} ({council.old_code}), seed {seed}"
    document = service.figures_document(council)
    assert document["council"] == {
        "name": council.name,
        "new_la_code": council.new_code,
        "old_la_code": council.old_code,
    }
    entries = {(f["indicator"], f["period_end"]): f for f in document["figures"]}
    for key, (file, cells, column) in STABLE.items():
        rows = _dfe_rows(file, cells)
        england = {r["time_period"]: r for r in rows if r["geographic_level"] == "National"}
        ours = {r["time_period"]: r for r in rows if r["old_la_code"] == council.old_code}
        assert england, key
        for year, row in england.items():
            entry = entries[(key, f"{year}-03-31")]
            assert entry["england"] == _published(row[column])[0], (why, key, year)
            own = ours.get(year)
            expected = _published(own[column]) if own else (None, None)
            assert (entry["value"], entry["symbol"]) == expected, (why, key, year)
            if own:
                assert entry["source"].endswith(f"{file}, line {own['_line']}"), (why, key)
        held = {period for k, period in entries if k == key}
        assert held == {f"{year}-03-31" for year in england}, (why, key)


def test_the_view_has_one_entry_per_indicator_and_year_held_with_its_comparisons(
    database: Database,
) -> None:
    service = StatisticsService(database, DATA)
    portsmouth = service.councils().find("Portsmouth")
    document = service.figures_document(portsmouth)
    keys = [f["indicator"] for f in document["figures"]]
    # Indicators in the app's order, each with its years oldest first.
    order = [d.key for d in service.catalogue]
    assert keys == sorted(keys, key=order.index)
    assert len(document["figures"]) == len(
        {(f["indicator"], f["period_end"]) for f in document["figures"]}
    )
    entry = next(
        f
        for f in document["figures"]
        if f["indicator"] == "health_assessment_percent" and f["period_end"] == "2022-03-31"
    )
    # Portsmouth's ten neighbours all published a 2022 figure; the South East did too.
    health = _dfe_rows(HEALTH, {"characteristic": "Had their annual health assessment"})
    in_2022 = {r["old_la_code"]: r for r in health if r["time_period"] == "2022"}
    neighbours = [int(in_2022[code]["percentage"]) for code in portsmouth.neighbours]
    assert entry["neighbours"] == round(sum(neighbours) / 10, 1)
    assert entry["neighbours_count"] == 10
    south_east = next(
        r
        for r in health
        if r["time_period"] == "2022"
        and r["region_code"] == "E12000008"
        and r["geographic_level"] == "Regional"
    )
    assert entry["region"] == int(south_east["percentage"])
    numbers = [int(r["percentage"]) for r in in_2022.values() if r["percentage"].isdigit()]
    assert entry["rank"] == 1 + sum(1 for n in numbers if n > entry["value"])


def test_a_council_created_since_has_no_figures_and_says_why(database: Database) -> None:
    service = StatisticsService(database, DATA)
    cumberland = service.councils().find("Cumberland")
    entries = service.figures_document(cumberland)["figures"]
    assert entries
    assert all(f["value"] is None and f["symbol"] is None and f["rank"] is None for f in entries)
    assert any(f["england"] is not None for f in entries)
    # Its neighbours' figures are still there to compare with (Westmorland and Furness's
    # are not: it was created the same day).
    assert max(f["neighbours_count"] for f in entries) == 9
    trend = service.trend(cumberland, "placements_three_or_more_percent")
    assert trend.trend is Trend.NO_TREND
    assert "took over children's services on 1 April 2023" in trend.words
    assert "Figures for that year are for Cumbria" in trend.words


def _table(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _write(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


CUMBRIA_SPLIT = {
    "909": [("942", "E06000063", "Cumberland"), ("943", "E06000064", "Westmorland and Furness")]
}


def _next_release_rows(
    rows: list[list[str]], bump: Callable[[list[str], int], list[str]]
) -> list[list[str]]:
    """The rows of the year 2022 again as 2023 (Cumbria split in two), after the rows of
    2019 to 2022 (2018 dropped, as a later release drops its oldest year)."""
    header = rows[0]
    column = {name: i for i, name in enumerate(header)}
    kept = [row for row in rows[1:] if row[column["time_period"]] != "2018"]
    added = []
    for row in rows[1:]:
        if row[column["time_period"]] != "2022":
            continue
        copies = [row]
        if row[column["old_la_code"]] in CUMBRIA_SPLIT:
            copies = []
            for number, (old, new, name) in enumerate(CUMBRIA_SPLIT[row[column["old_la_code"]]]):
                copy = list(row)
                copy[column["old_la_code"]], copy[column["new_la_code"]] = old, new
                copy[column["la_name"]] = name
                copies.append(bump(copy, number))
        for copy in copies:
            copy = list(copy)
            copy[column["time_period"]] = "2023"
            added.append(bump(copy, 1) if copy is row else copy)
    return [header, *added, *kept]


def _later_placements(folder: Path) -> Path:
    """The DfE's placement stability table as a later release would have it: renamed file
    and column, new wording, a year added, a year dropped and Cumbria split in two."""
    rows = _table(dfe_files.text(PLACEMENTS))
    column = {name: i for i, name in enumerate(rows[0])}

    def bump(row: list[str], by: int) -> list[str]:
        row = list(row)
        cell = row[column["percentage"]]
        if cell.isdigit() and row[column["characteristic"]] != "Total children":
            row[column["percentage"]] = str(min(int(cell) + by, 100))
        return row

    later = _next_release_rows(rows, bump)
    later[0] = ["placement_stability" if c == "characteristic" else c for c in later[0]]
    for row in later[1:]:
        row[:] = [
            cell.replace("Children looked after at 31 March", "CLA on 31 March").replace(
                SAME_PLACEMENT,
                "Living with the same carer for at least 2 years, or are placed for adoption "
                "and their adoptive placement together with their previous placement, last for "
                "at least 2 years",
            )
            for cell in row
        ]
    return _write(folder / "la_cla_placement_stability.csv", later)


def _later_numbers(folder: Path) -> Path:
    """The numbers and rates table as a later release: new wording, a year added, and a
    new filter column splitting out unaccompanied asylum-seeking children."""
    rows = _table(dfe_files.text(NUMBERS))
    column = {name: i for i, name in enumerate(rows[0])}
    later = _next_release_rows(rows, lambda row, by: row)
    header = [
        *later[0][: column["population_count"] + 1],
        "characteristic",
        *later[0][column["population_count"] + 1 :],
    ]
    split = [header]
    at = column["population_count"] + 1
    for row in later[1:]:
        row = [
            c.replace("Children looked after at 31 March each year", "CLA on 31 March each year")
            for c in row
        ]
        split.append([*row[:at], "Total", *row[at:]])
        if (
            row[column["time_period"]] == "2023"
            and row[column["geographic_level"]] == "Local authority"
        ):
            uasc = [*row[:at], "Unaccompanied asylum-seeking children", *row[at:]]
            uasc[header.index("number")] = str(len(row[column["la_name"]]))
            split.append(uasc)
    return _write(folder / "children-looked-after-numbers-2023.csv", split)


def _placements_2023(database: Database) -> dict[str, Any]:
    service = StatisticsService(database, DATA)
    tables = service.tables(["placements_three_or_more_percent"])[
        "placements_three_or_more_percent"
    ]
    return {period.year: figures for period, figures in tables.items()}


def test_a_later_release_is_recognised_and_adds_its_year_for_every_council(
    database: Database, tmp_path: Path
) -> None:
    service = StatisticsService(database, DATA)
    paths = [_later_placements(tmp_path), _later_numbers(tmp_path)]
    result = service.import_files(paths)
    placements = next(
        p for p in result.plan.files if p.file.name == "la_cla_placement_stability.csv"
    )
    assert [p.year for p in placements.added_periods] == [2023]
    assert [p.year for p in placements.replaced_periods] == [2019, 2020, 2021, 2022]
    assert placements.kept_periods == ()
    assert "added the year ending 31 March 2023; replaced the years ending 31 March 2019, " in (
        result.message
    )
    assert result.backup is not None
    assert result.backup.exists()
    by_year = _placements_2023(database)
    assert set(by_year) == {2018, 2019, 2020, 2021, 2022, 2023}  # 2018 kept from before
    # Every council in the new file has its 2023 figure, exactly as the file gives it.
    rows = _table(paths[0].read_text(encoding="utf-8"))
    column = {name: i for i, name in enumerate(rows[0])}
    given = {
        row[column["old_la_code"]]: row[column["percentage"]]
        for row in rows[1:]
        if row[column["time_period"]] == "2023"
        and row[column["geographic_level"]] == "Local authority"
        and row[column["placement_stability"]] == "With 3 or more placements during the year"
    }
    held = by_year[2023].councils
    assert len(given) > 150
    assert {code: f.value.text for code, f in held.items()} == given
    assert "909" not in held
    assert held["942"].value.text == given["942"]
    # The view for Cumberland now has its 2023 figure; Cumbria has none for 2023.
    councils = service.councils()
    cumberland = service.figures_document(councils.find("Cumberland"))["figures"]
    entry = next(
        f
        for f in cumberland
        if f["indicator"] == "placements_three_or_more_percent" and f["period_end"] == "2023-03-31"
    )
    assert entry["value"] == int(given["942"])
    assert entry["source"].endswith(
        "la_cla_placement_stability.csv, line " + str(held["942"].source.line)
    )
    # The number in care comes from the "Total" rows; the new filter's rows give the
    # unaccompanied children, for 2023 only.
    totals = service.tables(["cla_number", "uasc_number"])
    numbers = {p.year: f for p, f in totals["cla_number"].items()}
    portsmouth_2022 = _dfe_rows(
        NUMBERS,
        {
            "population_count": "Children looked after at 31 March each year",
            "time_period": "2022",
            "old_la_code": "851",
        },
    )[0]
    assert numbers[2023].councils["851"].value.text == portsmouth_2022["number"]
    uasc = {p.year: f for p, f in totals["uasc_number"].items()}
    assert set(uasc) == {2023}
    assert uasc[2023].councils["851"].value.number == len("Portsmouth")


def test_an_older_release_imported_after_a_newer_one_keeps_the_newer_figures(
    database: Database, tmp_path: Path
) -> None:
    service = StatisticsService(database, DATA)
    service.import_files([_later_placements(tmp_path)])
    newer_2021 = _placements_2023(database)[2021].councils["851"].value.text
    result = service.import_files([dfe_files.unpacked(PLACEMENTS, tmp_path)])
    (plan,) = result.plan.files
    assert [p.year for p in plan.kept_periods] == [2019, 2020, 2021, 2022]
    assert [p.year for p in plan.replaced_periods] == [2018]
    assert (
        "kept the years ending 31 March 2019, 2020, 2021 and 2022 as held, from a newer release"
        in result.message
    )
    assert _placements_2023(database)[2021].councils["851"].value.text == newer_2021


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "bad",
    ["not DfE", "missing column", "damaged", "odd characters", "a bad row"],
)
def test_a_bad_file_is_refused_with_nothing_changed(
    template: Path, tmp_path: Path, bad: str
) -> None:
    path = tmp_path / "council.sqlite3"
    path.write_bytes(template.read_bytes())
    good = dfe_files.unpacked(PLACEMENTS, tmp_path, "good.csv")
    text = good.read_text(encoding="utf-8-sig")
    folder = tmp_path / "files"
    folder.mkdir()
    if bad == "not DfE":
        file = REPO / "data" / "templates" / "indicator-figures.csv"
    elif bad == "missing column":
        file = folder / "no years.csv"
        file.write_text(text.replace("time_period,", "", 1), encoding="utf-8")
    elif bad == "damaged":
        file = folder / "half.csv"
        file.write_text(text[: len(text) // 3], encoding="utf-8")
    elif bad == "odd characters":
        file = folder / "odd.csv"
        file.write_bytes(text.encode("utf-8").replace(b"Portsmouth", b"Portsm\xffouth"))
    else:
        file = folder / "bad row.csv"
        rows = text.splitlines(keepends=True)
        rows[-1] = rows[-1].rsplit(",", 1)[0] + ",seventy\n"
        file.write_text("".join(rows), encoding="utf-8")
    before = _fingerprint(path)
    database = Database.open(path)
    try:
        service = StatisticsService(database, DATA)
        count = database.count("statistics_values")
        with pytest.raises(ImportFileError) as caught:
            # The good file is read first: it is refused with the bad one.
            service.import_files([good, file])
        assert caught.value.path == file
        assert caught.value.message.startswith(file.name)
        assert database.count("statistics_values") == count
    finally:
        database.close()
    assert _fingerprint(path) == before
    assert not database.backup_dir.exists() or not any(database.backup_dir.iterdir())


def test_a_dry_run_reads_and_plans_without_writing(database: Database, tmp_path: Path) -> None:
    service = StatisticsService(database, DATA)
    count = database.count("statistics_values")
    files = service.read([_later_placements(tmp_path)])
    plan = service.plan(files)
    summary = plan.summary()
    (entry,) = summary["files"]
    assert entry["file"] == "la_cla_placement_stability.csv"
    assert entry["added"] == ["2023-03-31"]
    assert entry["replaced"] == ["2019-03-31", "2020-03-31", "2021-03-31", "2022-03-31"]
    assert entry["councils"] > 150
    assert database.count("statistics_values") == count
    assert not database.backup_dir.exists() or not any(database.backup_dir.iterdir())
    result = service.save(files)
    assert result.summary()["backup"] == str(result.backup)
    assert result.summary()["files"] == summary["files"]
    assert database.count("statistics_values") > count


def test_councils_can_be_chosen_before_a_database_exists() -> None:
    from briefing_app.services.statistics import shipped_councils

    councils = shipped_councils(DATA)
    assert councils.find("E08000019").name == "Sheffield"
    assert len(councils.current()) == 158 - 5


def test_a_councils_series_match_its_figures_from_every_council(database: Database) -> None:
    # A page reads only the council's and its neighbours' figures in full, and every
    # council's number to rank them: what it shows must be what the whole table gives.
    service = StatisticsService(database, DATA)
    seed = random.randrange(10**6)
    council = random.Random(seed).choice(service.councils().current())
    series = service.series(council)
    assert [s.key for s in series] == [d.key for d in service.catalogue]
    quick = {(s.key, b.period): b for s in series for b in s.benchmarks}
    full = {(b.definition.key, b.period): b for b in service.benchmarks(council)}
    assert set(quick) == set(full), seed
    for slot, item in full.items():
        shown = quick[slot]
        assert (shown.own, shown.england, shown.region) == (item.own, item.england, item.region)
        assert shown.neighbours == item.neighbours, (seed, slot)
        assert shown.position == item.position, (seed, slot)
        assert shown.comparisons() == item.comparisons(), (seed, slot)
    for one in series:
        assert one.trend == service.trend(council, one.key), (seed, one.key)


def test_a_councils_series_are_read_again_after_a_release_is_saved(
    database: Database, tmp_path: Path
) -> None:
    service = StatisticsService(database, DATA)
    portsmouth = service.councils().find("Portsmouth")
    before = next(
        s for s in service.series(portsmouth) if s.key == "placements_three_or_more_percent"
    )
    assert [p.year for p in before.periods] == [2018, 2019, 2020, 2021, 2022]
    service.import_files([_later_placements(tmp_path)])
    after = next(
        s for s in service.series(portsmouth) if s.key == "placements_three_or_more_percent"
    )
    assert [p.year for p in sorted(after.periods)] == [2018, 2019, 2020, 2021, 2022, 2023]
