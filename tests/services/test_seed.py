from __future__ import annotations

from pathlib import Path

from briefing_app.domain.reports import JudgementArea
from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.services.opening.seed import SEED_STEPS, ensure_default_dataset


def test_first_open_builds_the_default_dataset(app_paths: AppPaths, tmp_path: Path) -> None:
    services = AppRoot(app_paths, tmp_path / "fresh.sqlite3").open()
    try:
        headers = services.reports.headers()
        assert [h.authority for h in headers] == ["Portsmouth City Council"]
        report = services.reports.get(headers[0].id)
        assert len(report.findings) == 163
        assert report.judgement(JudgementArea.CARE_LEAVERS) is not None
    finally:
        services.close()


def test_seeding_runs_once(services: Services, app_paths: AppPaths) -> None:
    assert ensure_default_dataset(services.database, app_paths.data) == []
    assert services.database.count("reports") == 1
    assert services.database.count("findings") == 163
    applied = {row["name"] for row in services.database.query("SELECT name FROM seeds")}
    assert applied == set(SEED_STEPS)


def test_recommendations_carry_their_curated_evidence(services: Services) -> None:
    report = services.reports.latest()
    assert report is not None
    evidence = {r.paragraph: r.evidence for r in report.recommendations}
    assert evidence[16] == (7, 111, 112)
    assert evidence[137] == (159,)
    assert all(evidence[n] for n in evidence), "every recommendation rests on a paragraph"
    numbers = {f.paragraph for f in report.findings}
    assert all(set(e) <= numbers for e in evidence.values())


def test_counts_for_the_overview(services: Services) -> None:
    report = services.reports.latest()
    assert report is not None
    counts = services.reports.counts(report)
    assert (counts.findings, counts.recommendations, counts.priority_recommendations) == (
        163,
        15,
        4,
    )
    assert counts.strengths == 21


def test_glossary_is_seeded(services: Services) -> None:
    glossary = services.glossary.glossary()
    assert len(glossary) >= 40
    term = glossary.lookup("IRO")
    assert term is not None
    assert term.stands_for == "Independent reviewing officer"


def test_findings_are_tagged_with_themes(services: Services) -> None:
    report = services.reports.latest()
    assert report is not None
    by_number = {f.paragraph: f for f in report.findings}
    assert "corporate-parenting" in by_number[112].themes
    assert "offending" in by_number[68].themes
