"""The outcomes service on a real seeded database: figures, imports, undo and summaries."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError, ImportProblemsError, InvalidInputError
from briefing_app.domain.outcomes import Audience, ComparatorKind, Rating, Trend
from briefing_app.paths import AppPaths
from briefing_app.services.info import database_info
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.services.outcomes import area_name


def snapshot(services: Services) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in services.database.query(
            "SELECT indicator, as_at, value, period, origin FROM indicator_values "
            "ORDER BY indicator, as_at"
        )
    ]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "figures.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_default_dataset_is_seeded(services: Services) -> None:
    outcomes = services.outcomes
    children = outcomes.indicators(Audience.CHILDREN_IN_CARE)
    leavers = outcomes.indicators(Audience.CARE_LEAVERS)
    assert len(children) + len(leavers) >= 25
    count = outcomes.indicator("cla-count")
    assert count.current is not None
    assert count.current.value == 318
    assert count.previous is not None
    assert count.previous.value == 306
    neet = outcomes.indicator("care-leavers-neet")
    assert neet.status().rating is Rating.WORSE
    assert neet.current is not None
    assert neet.current.source.report_id is not None
    assert [s.topic for s in outcomes.summaries(Audience.CARE_LEAVERS)] == [
        "support-from-workers",
        "education-and-work",
        "housing",
        "health-histories",
        "rights-and-entitlements",
    ]
    counts = database_info(services.database).counts
    assert counts["indicators"] == len(children) + len(leavers)
    assert counts["figures"] >= counts["indicators"]
    assert counts["summaries"] == 11


def test_the_seeded_summaries_pass_the_apps_own_source_check(services: Services) -> None:
    check = services.outcomes.source_check()
    for audience in Audience:
        for summary in services.outcomes.summaries(audience):
            assert check.problems(summary.text) == [], summary.topic


def test_charts_name_the_council(services: Services) -> None:
    comparison, trend = services.outcomes.charts(
        services.outcomes.indicator("care-proceedings-weeks")
    )
    assert comparison is not None
    assert trend is not None
    assert comparison.series[0].points[0].category == "Portsmouth"
    assert area_name("London Borough of Brent") == "Brent"
    assert area_name("Kent County Council") == "Kent"


def test_a_newer_figure_makes_the_current_one_previous(services: Services, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "key,as_at,period,value,england,document\n"
        "care-leavers-neet,2015-07-31,July 2015,41,39,Care leavers return 2015\n"
        "cla-count,2015-03-31,31 March 2015,330,,Children looked after return 2015\n",
    )
    before_backups = len(services.database.backups())
    result = services.outcomes.import_figures(path)
    assert (result.added, result.corrected, result.indicators) == (2, 0, 2)
    assert result.backup is not None
    assert result.backup.exists()
    assert len(services.database.backups()) == before_backups + 1
    neet = services.outcomes.indicator("care-leavers-neet")
    assert neet.current is not None
    assert neet.current.value == 41
    assert neet.previous is not None
    assert neet.previous.value == 48.1
    assert neet.trend() is Trend.IMPROVING  # both figures are for a month
    england = neet.current.comparator(ComparatorKind.ENGLAND)
    assert england is not None
    assert england.value == 39
    count = services.outcomes.indicator("cla-count")
    assert [o.value for o in count.observations] == [306, 318, 330]
    assert result.message.startswith(
        "Imported 2 figures for 2 indicators from figures.csv (2 new)."
    )


def test_same_date_corrects_and_earlier_date_joins_the_history(
    services: Services, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "key,as_at,value,document\n"
        "cla-count,2014-03-31,319,Corrected return\n"
        "cla-count,2012-03-31,301,Children looked after return 2012\n",
    )
    result = services.outcomes.import_figures(path)
    assert (result.added, result.corrected) == (1, 1)
    assert "(1 new and 1 correcting a figure already held for the same date)" in result.message
    count = services.outcomes.indicator("cla-count")
    assert [(o.as_at, o.value) for o in count.observations] == [
        (date(2012, 3, 31), 301),
        (date(2013, 3, 31), 306),
        (date(2014, 3, 31), 319),
    ]
    assert count.current is not None
    assert count.current.origin == "Imported from figures.csv"


def test_a_file_with_any_problem_changes_nothing(services: Services, tmp_path: Path) -> None:
    before = snapshot(services)
    backups = services.database.backups()
    path = write(
        tmp_path,
        "key,as_at,value,document\n"
        "cla-count,2015-03-31,330,Return\n"
        "care-leavers-neet,2015-03-31,41,Return\n"
        "cla-pep,2015-03-31,ninety,Return\n",
    )
    with pytest.raises(ImportProblemsError) as caught:
        services.outcomes.import_figures(path)
    assert caught.value.line == 4
    assert snapshot(services) == before
    assert services.database.backups() == backups


def test_cited_paragraphs_and_quotes_are_checked_against_the_report(
    services: Services, tmp_path: Path
) -> None:
    before = snapshot(services)
    path = write(
        tmp_path,
        "key,as_at,value,paragraphs,quote\n"
        "cla-count,2015-03-31,330,999,\n"
        "care-leavers-neet,2015-03-31,41,104,The NEET figure is 41%.\n"
        "cla-pep,2015-03-31,93,71,has increased to 92%\n",
    )
    with pytest.raises(ImportProblemsError) as caught:
        services.outcomes.import_figures(path)
    details = caught.value.details()
    assert "line 2: the report has no paragraph 999." in details
    assert "line 3: the quote is not in paragraph 104 of the report." in details
    assert "line 4" not in details
    assert snapshot(services) == before


def test_a_quote_from_the_statistics_section_is_checked(services: Services, tmp_path: Path) -> None:
    section = "Information about this local authority area"
    assert "318 children" in (services.outcomes.section_text(None, section) or "")
    path = write(
        tmp_path,
        "key,as_at,value,section,quote\n"
        f"cla-count,2014-03-31,318,{section},318 children were being looked after\n"
        f"cla-foster-care,2014-03-31,226,{section},226 live with foster families\n",
    )
    with pytest.raises(ImportProblemsError) as caught:
        services.outcomes.import_figures(path)
    assert caught.value.problems == [
        (3, f"the quote is not in the section “{section}” of the report.")
    ]


def test_a_missing_file_is_named(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"absent\.csv"):
        services.outcomes.import_figures(tmp_path / "absent.csv")


def test_an_edit_can_be_undone(services: Services) -> None:
    outcomes = services.outcomes
    before = snapshot(services)
    new = outcomes.parse_figure(
        {"key": "cla-pep", "as_at": "2015-03-31", "value": "95", "document": "Virtual school"}
    )
    change = outcomes.record_figure("cla-pep", new)
    pep = outcomes.indicator("cla-pep")
    assert pep.current is not None
    assert pep.current.value == 95
    assert pep.current.origin == "Edited in the app"
    assert pep.previous is not None
    assert pep.previous.value == 92
    outcomes.undo(change)
    assert snapshot(services) == before

    current = outcomes.indicator("cla-pep").current
    assert current is not None
    corrected = outcomes.parse_figure(
        {
            "key": "cla-pep",
            "as_at": current.as_at.isoformat(),
            "value": "91",
            "paragraphs": "71",
        }
    )
    change = outcomes.record_figure("cla-pep", corrected)
    assert change.replaced is not None
    assert change.replaced.value == 92
    outcomes.undo(change)
    restored = outcomes.indicator("cla-pep").current
    assert restored == current


def test_what_an_officer_types_is_checked(services: Services) -> None:
    with pytest.raises(InvalidInputError) as caught:
        services.outcomes.parse_figure(
            {"key": "cla-pep", "as_at": "2015-03-31", "value": "120", "paragraphs": "400"}
        )
    assert any("over 100" in p for p in caught.value.problems)
    with pytest.raises(InvalidInputError) as caught:
        services.outcomes.parse_figure(
            {"key": "cla-pep", "as_at": "2015-03-31", "value": "95", "paragraphs": "400"}
        )
    assert caught.value.problems == ["the report has no paragraph 400."]


def test_summaries_are_saved_only_when_traceable(services: Services) -> None:
    outcomes = services.outcomes
    summary = outcomes.summaries(Audience.CARE_LEAVERS)[2]
    assert summary.topic == "housing"
    with pytest.raises(InvalidInputError) as caught:
        outcomes.save_summary(summary, "Care leavers feel safe. They like their homes [106].")
    assert "does not say what it rests on" in caught.value.message
    with pytest.raises(InvalidInputError) as caught:
        outcomes.save_summary(summary, "There were 99 care leavers in flats [105].")
    assert "gives 99" in caught.value.message
    assert outcomes.summaries(Audience.CARE_LEAVERS)[2] == summary

    replaced = outcomes.save_summary(summary, "Care leavers feel safe where they live [106].")
    assert replaced == summary
    saved = outcomes.summaries(Audience.CARE_LEAVERS)[2]
    assert saved.text == "Care leavers feel safe where they live [106]."
    assert saved.origin == "Edited in the app"
    outcomes.restore_summary(replaced)
    assert outcomes.summaries(Audience.CARE_LEAVERS)[2] == summary


def test_a_database_from_before_the_figures_gains_them(
    app_paths: AppPaths, tmp_path: Path, seeded_db_path: Path
) -> None:
    from briefing_app.storage.database import Database, apply_migrations
    from briefing_app.storage.migrations import MIGRATIONS, m_outcomes_1_indicators

    # A database as the versions before figures made it: the format's first changes, and
    # the report and glossary only (copied from a database made now).
    path = tmp_path / "older.sqlite3"
    older = Database(path, sqlite3.connect(path, isolation_level=None))
    apply_migrations(older, stop_after=MIGRATIONS.index(m_outcomes_1_indicators))
    assert not older.table_exists("indicators")
    older.execute("ATTACH DATABASE ? AS made_now", (str(seeded_db_path),))
    for table in (
        "reports",
        "judgements",
        "findings",
        "recommendations",
        "recommendation_evidence",
        "strengths",
        "glossary",
    ):
        columns = ", ".join(row[1] for row in older.query(f"PRAGMA main.table_info({table})"))
        older.execute(
            f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM made_now.{table}"
        )
    older.execute(
        "INSERT INTO seeds (name, applied_at) VALUES "
        "('portsmouth-2014-report', '2025-01-01'), ('glossary', '2025-01-01')"
    )
    older.execute("DETACH DATABASE made_now")
    older.close()

    upgraded = AppRoot(app_paths, path).open()
    try:
        assert upgraded.database.count("reports") == 1
        count = upgraded.outcomes.indicator("cla-count")
        assert count.current is not None
        assert count.current.value == 318
        assert len(upgraded.outcomes.summaries(Audience.CHILDREN_IN_CARE)) >= 5
        assert any("before-upgrade" in p.name for p in upgraded.database.backups())
    finally:
        upgraded.close()
