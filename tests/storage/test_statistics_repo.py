"""Councils and published figures in the database: what goes in comes back the same, as
domain objects, and a year is replaced for every area at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.councils import CouncilDirectory
from briefing_app.domain.releases import plan_import
from briefing_app.domain.statistics import AreaLevel
from briefing_app.importers.councils_csv import read_councils
from briefing_app.importers.dfe_release import ReleaseReader
from briefing_app.importers.statistics_bundle import read_bundle_rows
from briefing_app.importers.statistics_catalogue import catalogue_path, read_catalogue
from briefing_app.storage.database import Database
from briefing_app.storage.statistics_repo import CouncilRepository, StatisticsRepository
from tests import dfe_files
from tests.conftest import REPO


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = Database.open(tmp_path / "statistics.sqlite3")
    yield opened
    opened.close()


def test_councils_come_back_with_their_neighbours_and_reorganisations(database: Database) -> None:
    councils = read_councils(REPO / "data" / "councils")
    repository = CouncilRepository(database)
    repository.replace_all(councils)
    held = repository.directory()
    assert list(held) == list(CouncilDirectory(councils))
    bcp = held.find("Bournemouth, Christchurch and Poole")
    assert bcp.created_by is not None
    assert [c.old_code for c in bcp.created_by.abolished] == ["835", "836", "837"]
    assert "Department for Education" in bcp.created_by.source
    # Holding the list again replaces it rather than adding to it.
    repository.replace_all(councils[:3])
    assert repository.count() == 3
    assert database.count("council_reorganisations") <= 3


def test_figures_come_back_exactly_as_read(database: Database) -> None:
    reader = ReleaseReader(read_catalogue(catalogue_path(REPO / "data")))
    files = reader.read_files(
        [dfe_files.source("ks4_la.csv"), dfe_files.source("la_care_leavers_stayput.csv")]
    )
    repository = StatisticsRepository(database)
    with database.transaction():
        repository.save(plan_import(files, repository.held()).files, "test")
    assert set(repository.figures()) == {f for file in files for f in file.figures}
    both_or_neither = (
        "SELECT count(*) FROM statistics_values WHERE (value IS NULL) = (symbol IS NULL)"
    )
    assert database.scalar(both_or_neither) == 0
    held = repository.held()
    assert held[("attainment8_average", date(2017, 3, 31))] == date(2022, 3, 31)
    assert held[("staying_put_18_percent", date(2018, 3, 31))] == date(2022, 3, 31)
    tables = repository.by_period(["attainment8_average"])
    periods = sorted(tables["attainment8_average"])
    assert [p.label for p in periods][-1] == "2021/22 school year"
    latest = tables["attainment8_average"][periods[-1]]
    assert latest.england is not None
    assert latest.england.level is AreaLevel.ENGLAND
    assert "E12000008" in latest.regions
    assert latest.councils["851"].value.text == "17.3"


def test_a_replaced_year_is_replaced_for_every_area(database: Database) -> None:
    reader = ReleaseReader(read_catalogue(catalogue_path(REPO / "data")))
    file = reader.read(dfe_files.source("la_care_leavers_stayput.csv"))
    repository = StatisticsRepository(database)
    with database.transaction():
        repository.save(plan_import([file], {}).files, "first")
    before = database.count("statistics_values")
    plan = plan_import([file], repository.held())
    assert plan.files[0].added == ()
    with database.transaction():
        repository.save(plan.files, "again")
    assert database.count("statistics_values") == before
    names = [name for name, *_ in repository.files()]
    assert names == ["la_care_leavers_stayput.csv", "la_care_leavers_stayput.csv"]


def test_the_quick_load_matches_the_planned_save(database: Database, tmp_path: Path) -> None:
    records, rows = read_bundle_rows(REPO / "data" / "statistics")
    repository = StatisticsRepository(database)
    with database.transaction():
        repository.load(records, rows, "shipped")
    loaded = set(repository.figures())
    assert len(loaded) == len(rows)
    # Each figure is a number or a symbol, never both, never neither.
    both_or_neither = (
        "SELECT count(*) FROM statistics_values WHERE (value IS NULL) = (symbol IS NULL)"
    )
    assert database.scalar(both_or_neither) == 0
    assert database.scalar("SELECT count(*) FROM statistics_values WHERE symbol = 'c'") > 1000
    assert (
        database.scalar("SELECT typeof(value) FROM statistics_values WHERE published = '71'")
        == "real"
    )
    other = Database.open(tmp_path / "other.sqlite3")
    try:
        from briefing_app.importers.statistics_bundle import read_bundle

        slow = StatisticsRepository(other)
        with other.transaction():
            slow.save(plan_import(read_bundle(REPO / "data" / "statistics"), {}).files, "shipped")
        assert set(slow.figures()) == loaded
    finally:
        other.close()
    with pytest.raises(ValueError, match="already held"), database.transaction():
        repository.load(records, rows, "twice")
