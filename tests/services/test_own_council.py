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


def test_a_report_of_another_council_is_kept_to_compare_with(services: Services) -> None:
    result = services.imports.import_file(SHEFFIELD)
    assert result.report.authority == "Sheffield"
    assert result.other_council_of == "Portsmouth"
    assert "kept only to compare with" in result.comparison_note
    held = {h.id: h.council for h in services.reports.headers()}
    assert held[result.report_id] == "373"  # Sheffield's DfE code
    assert [h.id for h in services.reports.own_reports()] != [result.report_id]
    latest = services.reports.latest()
    assert latest is not None
    assert latest.authority == "Portsmouth City Council"
