"""Reports of other councils, held to compare with, do not become "our" report: figures,
summaries and new questions stay with the council the records are about."""

from __future__ import annotations

import dataclasses
from datetime import date

from briefing_app.services.opening.container import Services
from tests.conftest import REFERENCE_PDFS

SHEFFIELD = REFERENCE_PDFS / "sheffield-2023-11-03.pdf"
PORTSMOUTH = REFERENCE_PDFS / "portsmouth-2014-09-01.pdf"


def test_a_report_of_another_council_does_not_take_our_place(services: Services) -> None:
    ours = services.reports.headers()[0]
    other = services.imports.import_file(SHEFFIELD).report_id
    assert services.reports.headers()[0].id == other  # the newest report held
    assert services.outcomes.area_name() == "Portsmouth"
    assert services.outcomes.latest_report_id() == ours.id
    assert services.outcomes.report_title().startswith(
        "Ofsted's inspection report on Portsmouth City Council"
    )
    current = services.scrutiny.current_report()
    assert current is not None
    assert current.id == ours.id
    # Summaries cite our report's paragraphs: paragraph 104 is about our care leavers.
    assert services.outcomes.source_check().problems("Nearly half were not in work [104].") == []
    neet = services.outcomes.indicator("care-leavers-neet")
    comparison, _trend = services.outcomes.charts(neet)
    assert comparison is not None
    assert "Portsmouth" in comparison.categories


def test_a_newer_report_of_our_council_becomes_current(services: Services) -> None:
    services.imports.import_file(SHEFFIELD)
    report = services.imports.read(PORTSMOUTH)
    later = dataclasses.replace(
        report,
        inspection_start=date(2018, 5, 14),
        inspection_end=date(2018, 5, 25),
        published=None,
    )
    newer = services.imports.save(later).report_id
    current = services.scrutiny.current_report()
    assert current is not None
    assert current.id == newer
    assert services.outcomes.latest_report_id() == newer


def test_with_nothing_linked_yet_the_newest_report_is_ours(services: Services) -> None:
    for table in ("question_findings", "meeting_items", "questions", "indicator_values"):
        services.database.execute(f"DELETE FROM {table}")
    services.database.execute("DELETE FROM report_sections")
    other = services.imports.import_file(SHEFFIELD).report_id
    assert services.outcomes.latest_report_id() == other
    assert services.outcomes.area_name() == "Sheffield"
