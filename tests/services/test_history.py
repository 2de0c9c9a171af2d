"""A council's history through the service: the council each report is about, its reports
oldest first, and its statistical neighbours' reports alongside."""

from __future__ import annotations

import dataclasses
from datetime import date

from briefing_app.services.opening.container import Services
from tests.conftest import REFERENCE_PDFS

SHEFFIELD = REFERENCE_PDFS / "sheffield-2023-11-03.pdf"
SURREY = REFERENCE_PDFS / "surrey-2015-08-03.pdf"


def _later_portsmouth(services: Services) -> int:
    held = services.reports.latest()
    assert held is not None
    later = dataclasses.replace(
        held,
        authority="Portsmouth",
        inspection_start=date(2019, 1, 7),
        inspection_end=date(2019, 1, 18),
        published=None,
    )
    return services.imports.save(later).report_id


def test_a_councils_reports_oldest_first_with_its_neighbours(services: Services) -> None:
    first = services.reports.headers()[0].id
    later = _later_portsmouth(services)
    sheffield = services.imports.import_file(SHEFFIELD).report_id
    history = services.history.history(later)
    assert history.council is not None
    assert history.council.old_code == "851"
    assert history.name == "Portsmouth"
    # "Portsmouth City Council" and "Portsmouth" are one council.
    assert [r.id for r in history.reports] == [first, later]
    assert history.summary == "Portsmouth: 2 reports held, from July 2014 to January 2019."
    # Sheffield is one of Portsmouth's statistical neighbours.
    assert [(n.council.name, [r.id for r in n.reports]) for n in history.neighbours] == [
        ("Sheffield", [sheffield])
    ]
    assert len(history.neighbours_without_reports) == 9
    assert "Reports are held of 1 of them" in history.neighbours_note
    assert history.neighbours[0].latest.grades_in_words.startswith("Overall effectiveness: ")
    # Sheffield's own history has Portsmouth among its neighbours only if the DfE says so.
    theirs = services.history.history(sheffield)
    assert [r.id for r in theirs.reports] == [sheffield]


def test_reports_by_council(services: Services) -> None:
    later = _later_portsmouth(services)
    services.imports.import_file(SURREY)
    groups = services.history.by_council()
    assert [(g.name, len(g.reports)) for g in groups] == [("Portsmouth", 2), ("Surrey", 1)]
    assert groups[0].reports[0].id == later  # newest first
    assert [h.id for h in services.history.same_council(groups[0].reports[1])] == [
        h.id for h in groups[0].reports
    ]


def test_an_authority_the_council_list_does_not_hold(services: Services) -> None:
    held = services.reports.latest()
    assert held is not None
    other = services.imports.save(
        dataclasses.replace(held, authority="Nowhere Council", inspection_end=date(2016, 1, 1))
    ).report_id
    history = services.history.history(other)
    assert history.council is None
    assert history.name == "Nowhere Council"
    assert [r.id for r in history.reports] == [other]
    assert history.neighbours == ()
    assert "not in the DfE's list" in history.neighbours_note
    assert "Nowhere Council" in [g.name for g in services.history.by_council()]
