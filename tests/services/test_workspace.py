"""Workspaces: a database is one council's data, or the demonstration, and each piece of
content derived from a report belongs to its council."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.domain.errors import DatabaseExistsError
from briefing_app.domain.outcomes import Audience
from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.services.opening.seed import DEMONSTRATION_STEPS, WORKSPACE_STEPS
from briefing_app.services.opening.workspace import create_workspace, open_workspace
from briefing_app.storage.database import Database, apply_migrations
from briefing_app.storage.migrations import MIGRATIONS, m_council_1_workspace_and_owners
from tests.conftest import REFERENCE_PDFS, REPO

SHEFFIELD = "373"
SHEFFIELD_REPORT = REFERENCE_PDFS / "sheffield-2023-11-03.pdf"


@pytest.fixture
def sheffield(app_paths: AppPaths, tmp_path: Path) -> Iterator[Services]:
    path = tmp_path / "sheffield.sqlite3"
    database = create_workspace(path, app_paths.data, SHEFFIELD)
    services = AppRoot(app_paths, path).services_over(database)
    yield services
    services.close()


def test_a_new_database_opened_anywhere_is_the_demonstration(services: Services) -> None:
    council = services.council
    assert council.council().name == "Portsmouth"
    assert council.council().old_code == "851"
    assert council.is_demonstration()
    assert council.label() == "Portsmouth — a demonstration, from Ofsted's 2014 report"
    assert council.short_label() == "Portsmouth (demonstration)"
    assert "not your council's data" in council.demonstration_notice()
    # The demonstration holds the shipped DfE figures too, Portsmouth's among them.
    tables = services.database.query(
        "SELECT count(*) AS n FROM statistics_values WHERE area_code = '851'"
    )
    assert tables[0]["n"] > 100


def test_a_council_workspace_holds_nothing_of_the_demonstration(sheffield: Services) -> None:
    council = sheffield.council
    assert council.council().name == "Sheffield"
    assert not council.is_demonstration()
    assert council.label() == "Sheffield"
    assert council.demonstration_notice() == ""
    database = sheffield.database
    for table in (
        "reports",
        "findings",
        "summaries",
        "indicator_values",
        "questions",
        "report_sections",
        "members",
    ):
        assert database.count(table) == 0, table
    applied = {row["name"] for row in database.query("SELECT name FROM seeds")}
    assert applied == set(WORKSPACE_STEPS)
    assert not applied & set(DEMONSTRATION_STEPS)
    # What every workspace shares: the glossary (without Portsmouth's own teams), the
    # indicators, the training catalogue, every council and the DfE's figures.
    terms = {t.term for t in sheffield.glossary.glossary()}
    assert {"IRO", "NEET", "UASC"} <= terms
    assert not {"JAT", "PSCB", "YPST"} & terms
    assert sheffield.outcomes.definitions()
    assert sheffield.training.catalogue().modules
    assert database.count("councils") > 150
    assert database.count("statistics_values") > 30_000
    assert sheffield.outcomes.area_name() == "Sheffield"


def test_the_council_s_own_report_becomes_its_report(sheffield: Services) -> None:
    result = sheffield.imports.import_file(SHEFFIELD_REPORT)
    assert result.other_council_of is None
    assert result.comparison_note == ""
    assert [h.id for h in sheffield.reports.own_reports()] == [result.report_id]
    current = sheffield.scrutiny.current_report()
    assert current is not None
    assert current.id == result.report_id
    assert sheffield.outcomes.latest_report_id() == result.report_id
    assert sheffield.outcomes.report_title().startswith("Ofsted's inspection report on Sheffield")


def test_another_council_s_report_feeds_none_of_the_workspace_s_content(
    sheffield: Services,
) -> None:
    result = sheffield.imports.import_file(REFERENCE_PDFS / "portsmouth-2014-09-01.pdf")
    assert result.other_council_of == "Sheffield"
    assert result.report.authority == "Portsmouth City Council"
    assert sheffield.reports.own_reports() == []
    assert sheffield.reports.latest() is None
    assert sheffield.scrutiny.current_report() is None
    assert sheffield.outcomes.latest_report_id() is None
    assert sheffield.outcomes.paragraph_texts() == {}
    assert sheffield.outcomes.area_name() == "Sheffield"


def test_summaries_figures_and_questions_are_kept_per_council(services: Services) -> None:
    """The demonstration's content is Portsmouth's: a database whose workspace became
    another council's shows none of it, and what it writes is its own."""
    assert services.outcomes.summaries(Audience.CARE_LEAVERS)
    assert services.scrutiny.all_questions()
    assert any(i.observations for i in services.outcomes.indicators())
    services.database.execute("UPDATE workspace SET old_la_code = ?", (SHEFFIELD,))
    assert services.outcomes.summaries(Audience.CARE_LEAVERS) == []
    assert services.outcomes.summaries(Audience.CHILDREN_IN_CARE) == []
    assert services.scrutiny.all_questions() == []
    assert not any(i.observations for i in services.outcomes.indicators())
    owners = services.database.query("SELECT DISTINCT council FROM summaries")
    assert [row["council"] for row in owners] == ["851"]


def test_setting_up_where_a_file_is_refuses_and_leaves_it_as_it_was(
    app_paths: AppPaths, seeded_db_path: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Minutes of the board, not a database.\n", encoding="utf-8")
    for path in (seeded_db_path, notes):
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        companions = sorted(p.name for p in path.parent.iterdir())
        with pytest.raises(DatabaseExistsError) as refused:
            create_workspace(path, app_paths.data, SHEFFIELD)
        assert str(path) in str(refused.value)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        assert sorted(p.name for p in path.parent.iterdir()) == companions
    assert "already holds a database" in _refusal(app_paths, seeded_db_path)
    assert "not a database made by this app" in _refusal(app_paths, notes)


def _refusal(app_paths: AppPaths, path: Path) -> str:
    with pytest.raises(DatabaseExistsError) as refused:
        create_workspace(path, app_paths.data, SHEFFIELD)
    return str(refused.value)


OLD_DEMONSTRATION = """
INSERT INTO seeds (name, applied_at) VALUES
    ('portsmouth-2014-report', '2025-02-03T10:00:00'), ('glossary', '2025-02-03T10:00:01'),
    ('indicator-definitions', '2025-02-03T10:00:01'),
    ('portsmouth-2014-sections', '2025-02-03T10:00:01'),
    ('portsmouth-2014-indicators', '2025-02-03T10:00:01'),
    ('portsmouth-2014-summaries', '2025-02-03T10:00:01'),
    ('portsmouth-2014-questions', '2025-02-03T10:00:01'),
    ('training-catalogue', '2025-02-03T10:00:01'),
    ('training-demo-roster', '2025-02-03T10:00:01'),
    ('training-every-councillor', '2025-02-03T10:00:01'),
    ('training-self-checks', '2025-02-03T10:00:01');
INSERT INTO reports (id, authority, framework, inspection_start, inspection_end, imported_at)
    VALUES (1, 'Portsmouth City Council', 'SIF', '2014-06-25', '2014-07-16', '2025-02-03'),
           (2, 'Sheffield', 'ILACS', '2023-10-02', '2023-10-13', '2025-03-01');
INSERT INTO indicators (key, label, audience, topic, unit, polarity, statement) VALUES
    ('cla-count', 'Children in care', 'children-in-care', 'safety-and-stability', 'count',
     'neither', '{value} children were in care');
INSERT INTO indicator_values (indicator, as_at, period, value, paragraphs, report_id,
    recorded_at) VALUES ('cla-count', '2014-03-31', 'March 2014', 318, '5', 1, '2025-02-03');
INSERT INTO summaries (audience, topic, title, text, origin, updated_at) VALUES
    ('care-leavers', 'education-and-work', 'Education and work',
     'Nearly half were not in work [104].', 'Edited in the app', '2025-02-04');
INSERT INTO questions (id, code, text, theme, principle, report_id, created_at, updated_at)
    VALUES (1, 'P01', 'How many care leavers are in work?', 'care-leavers', 'listen', 1,
            '2025-02-03', '2025-02-03'),
           (2, 'Q001', 'What did Sheffield change?', 'care-leavers', 'listen', 2,
            '2025-03-01', '2025-03-01'),
           (3, 'Q002', 'Who visits children placed far away?', 'care-leavers', 'listen',
            NULL, '2025-03-02', '2025-03-02');
"""


def test_a_database_made_before_workspaces_becomes_the_portsmouth_demonstration(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    old = Database(path, sqlite3.connect(path, isolation_level=None))
    apply_migrations(old, stop_after=MIGRATIONS.index(m_council_1_workspace_and_owners))
    old.execute("PRAGMA foreign_keys = ON")
    for statement in OLD_DEMONSTRATION.split(";"):
        if statement.strip():
            old.execute(statement)
    old.close()

    database = open_workspace(path, REPO / "data")
    try:
        workspace = database.query("SELECT * FROM workspace")
        assert [(r["old_la_code"], r["demonstration"], r["set_up_at"]) for r in workspace] == [
            ("851", 1, "2025-02-03T10:00:00")
        ]
        reports = {r["id"]: r["council"] for r in database.query("SELECT * FROM reports")}
        assert reports == {1: "851", 2: "373"}
        summary = database.query("SELECT * FROM summaries")[0]
        assert (summary["council"], summary["report_id"], summary["text"]) == (
            "851",
            1,
            "Nearly half were not in work [104].",
        )
        figure = database.query("SELECT * FROM indicator_values")[0]
        assert (figure["council"], figure["report_id"], figure["value"]) == ("851", 1, 318)
        questions = {r["code"]: r["council"] for r in database.query("SELECT * FROM questions")}
        assert questions == {"P01": "851", "Q001": "373", "Q002": "851"}
        applied = {row["name"] for row in database.query("SELECT name FROM seeds")}
        assert {"councils-and-statistics", "portsmouth-2014-glossary"} <= applied
        assert database.count("statistics_values") > 30_000
        glossary = {r["term"] for r in database.query("SELECT term FROM glossary")}
        assert {"JAT", "PSCB", "YPST"} <= glossary
    finally:
        database.close()
