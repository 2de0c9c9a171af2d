"""Importing a release: periods added, replaced by a release at least as new, or kept from a
newer one, and said in words."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.releases import periods_words, plan_import
from briefing_app.domain.statistics import (
    AreaLevel,
    FigureSource,
    Period,
    PublishedFigure,
    PublishedValue,
    StatisticsFile,
)


def _year(year: int) -> Period:
    return Period(date(year, 3, 31), f"year ending 31 March {year}")


def _file(name: str, *years: int, key: str = "placements") -> StatisticsFile:
    figures = tuple(
        PublishedFigure(
            key,
            _year(year),
            AreaLevel.COUNCIL,
            code,
            PublishedValue.parse("10"),
            FigureSource(name, 2, "P"),
        )
        for year in years
        for code in ("851", "852")
    )
    return StatisticsFile(name, "0" * 64, len(figures), figures)


def test_a_newer_release_adds_its_new_year_and_replaces_the_years_it_repeats() -> None:
    held = {("placements", date(y, 3, 31)): date(2022, 3, 31) for y in range(2018, 2023)}
    plan = plan_import([_file("new.csv", 2019, 2020, 2021, 2022, 2023)], held)
    (file_plan,) = plan.files
    assert [p.year for p in file_plan.added_periods] == [2023]
    assert [p.year for p in file_plan.replaced_periods] == [2019, 2020, 2021, 2022]
    assert file_plan.kept_periods == ()
    assert ("placements", date(2018, 3, 31)) not in file_plan.written
    assert len(file_plan.figures_to_write()) == 10
    assert file_plan.message == (
        "new.csv: 1 indicator for 2 councils: added the year ending 31 March 2023; replaced "
        "the years ending 31 March 2019, 2020, 2021 and 2022 with this release's figures."
    )
    assert file_plan.summary()["added"] == ["2023-03-31"]
    assert plan.changes_anything


def test_an_older_release_adds_only_what_is_missing_and_keeps_newer_figures() -> None:
    held = {("placements", date(y, 3, 31)): date(2023, 3, 31) for y in range(2019, 2024)}
    plan = plan_import([_file("old.csv", 2018, 2019, 2020)], held)
    (file_plan,) = plan.files
    assert [p.year for p in file_plan.added_periods] == [2018]
    assert file_plan.replaced_periods == ()
    assert [p.year for p in file_plan.kept_periods] == [2019, 2020]
    assert "kept the years ending 31 March 2019 and 2020 as held, from a newer release" in (
        file_plan.message
    )
    assert {f.period.year for f in file_plan.figures_to_write()} == {2018}


def test_nothing_changes_when_a_newer_release_holds_every_year() -> None:
    held = {("placements", date(2020, 3, 31)): date(2023, 3, 31)}
    plan = plan_import([_file("old.csv", 2020)], held)
    assert not plan.changes_anything


def test_two_files_giving_the_same_figures_are_refused() -> None:
    with pytest.raises(ImportFileError) as caught:
        plan_import([_file("a.csv", 2022), _file("copy of a.csv", 2022)], {})
    assert caught.value.message.startswith("copy of a.csv: it gives the same figures")
    assert "as a.csv" in caught.value.message
    # Different indicators from two files are fine.
    plan = plan_import([_file("a.csv", 2022), _file("b.csv", 2022, key="health")], {})
    assert len(plan.files) == 2


def test_periods_in_words() -> None:
    assert periods_words([_year(2023)]) == "the year ending 31 March 2023"
    assert periods_words([_year(2020), _year(2019)]) == "the years ending 31 March 2019 and 2020"
    school = [Period(date(2022, 3, 31), "2021/22 school year")]
    assert periods_words(school) == "the 2021/22 school year"
    school.append(Period(date(2021, 3, 31), "2020/21 school year"))
    assert periods_words(school) == "the 2020/21 and 2021/22 school years"
    mixed = [_year(2022), Period(date(2022, 3, 31), "2021-22 financial year")]
    assert periods_words(mixed) == "the 2021-22 financial year and the year ending 31 March 2022"
