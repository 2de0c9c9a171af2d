"""Searching the reports' paragraphs: acronyms, the two orders, many matches, some reports
only, and a search on a connection of its own."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import threading
from pathlib import Path

import pytest

from briefing_app.domain.reports import Finding
from briefing_app.domain.search import FindingOrder, FindingResults
from briefing_app.services.opening.container import Services
from briefing_app.services.report_import import ReportImportService
from briefing_app.storage import search_repo
from briefing_app.storage.database import Database, apply_migrations
from briefing_app.storage.migrations import SCHEMA_VERSION
from briefing_app.storage.reports_repo import ReportRepository
from briefing_app.storage.search_repo import SearchRepository
from tests.conftest import PORTSMOUTH_TEXT, REFERENCE_PDFS

SHEFFIELD = REFERENCE_PDFS / "sheffield-2023-11-03.pdf"


def _matched(results: FindingResults) -> set[str]:
    return {text for hit in results.hits for text, matched in hit.segments() if matched}


def _with_paragraphs(services: Services, *texts: str) -> int:
    """A report of another council holding only ``texts``, as paragraphs 1, 2, ..."""
    report = services.reports.latest()
    assert report is not None
    findings = tuple(Finding(n, text, "Leadership") for n, text in enumerate(texts, start=1))
    made = dataclasses.replace(
        report, authority="Testshire", findings=findings, recommendations=(), strengths=()
    )
    return services.imports.save(made).report_id


def test_an_acronym_in_capitals_finds_the_acronym_not_words_starting_with_it(
    services: Services,
) -> None:
    ours = _with_paragraphs(
        services,
        "Each LAC review was on time.",
        "A lack of oversight was seen.",
        "Lacrosse is played.",
        "Two LACs were set up.",
    )
    lac = services.reports.find("LAC", [ours])
    assert sorted(h.paragraph for h in lac.hits) == [1, 4]
    assert _matched(lac) == {"LAC", "LACs"}
    # Typed in small letters, it is the start of a word: "lack" and "Lacrosse" too.
    assert {h.paragraph for h in services.reports.find("lac", [ours]).hits} == {1, 2, 3, 4}


def test_an_acronym_finds_its_plural_and_the_plural_finds_the_acronym(
    services: Services,
) -> None:
    iro = services.reports.find("IRO")
    assert _matched(iro) == {"IRO", "IROs"}
    assert services.reports.find("IROs") == FindingResults(
        "IROs", iro.hits, iro.total, iro.reports, order=iro.order
    )
    for hit in iro.hits:
        assert re.search(r"\bIROs?\b", hit.text)


def test_paragraph_order_is_newest_report_first_then_by_paragraph(services: Services) -> None:
    services.imports.import_file(SHEFFIELD)
    best = services.reports.find("return home interviews", limit=100)
    ordered = services.reports.find(
        "return home interviews", order=FindingOrder.PARAGRAPH, limit=100
    )
    assert best.reports == ordered.reports == 2
    assert not best.capped
    assert best.total == ordered.total == len(best.hits)
    assert ordered.order is FindingOrder.PARAGRAPH
    keys = [(-h.inspection_end.toordinal(), h.paragraph) for h in ordered.hits]
    assert keys == sorted(keys)
    assert ordered.hits[0].authority == "Sheffield"
    assert {(h.report_id, h.paragraph) for h in best.hits} == {
        (h.report_id, h.paragraph) for h in ordered.hits
    }
    assert [h.paragraph for h in best.hits] != [h.paragraph for h in ordered.hits]


def test_some_reports_only(services: Services) -> None:
    sheffield = services.imports.import_file(SHEFFIELD).report_id
    everything = services.reports.find("care leavers", limit=500)
    one = services.reports.find("care leavers", [sheffield], limit=500)
    assert one.reports == 1
    assert {h.report_id for h in one.hits} == {sheffield}
    assert {h.paragraph for h in one.hits} == {
        h.paragraph for h in everything.hits if h.report_id == sheffield
    }
    assert services.reports.find("care leavers", []).total == 0


def test_too_many_to_sort_are_the_first_found_and_say_so(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheffield = services.imports.import_file(SHEFFIELD).report_id
    everything = services.reports.find("children", limit=1000)
    assert everything.total > 30
    monkeypatch.setattr(search_repo, "RANK_LIMIT", 30)
    many = services.reports.find("children", limit=10)
    assert many.capped
    assert many.more
    assert many.total == 30
    assert many.order is FindingOrder.PARAGRAPH  # though best first was asked for
    assert len(many.hits) == 10
    # The first found are those of the report added last, in paragraph order.
    assert {h.report_id for h in many.hits} == {sheffield}
    paragraphs = [h.paragraph for h in many.hits]
    assert paragraphs == sorted(paragraphs)


def test_a_page_at_a_time(services: Services) -> None:
    first = services.reports.find("care", limit=5)
    more = services.reports.find("care", limit=15)
    assert len(first.hits) == 5
    assert first.more
    assert more.hits[:5] == first.hits


def test_a_search_on_its_own_connection_on_another_thread(services: Services) -> None:
    searcher = services.reports.searcher()
    found: list[FindingResults] = []
    worker = threading.Thread(target=lambda: found.append(searcher.find("apprenticeships")))
    worker.start()
    worker.join()
    assert found[0] == services.reports.find("apprenticeships")
    # A report imported on the window's connection is found at the next search.
    services.imports.import_file(SHEFFIELD)
    again = threading.Thread(target=lambda: found.append(searcher.find("Sheffield")))
    again.start()
    again.join()
    assert any(h.authority == "Sheffield" for h in found[1].hits)
    searcher.close()


def test_a_read_only_companion_cannot_write(services: Services) -> None:
    reader = services.database.companion(read_only=True)
    try:
        assert reader.count("findings") == services.database.count("findings")
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("DELETE FROM findings")
    finally:
        reader.close()
    assert services.database.count("findings") > 0


def test_a_database_of_the_format_before_gains_the_index_of_word_starts(tmp_path: Path) -> None:
    path = tmp_path / "older.sqlite3"
    older = Database(path, sqlite3.connect(path, isolation_level=None))
    apply_migrations(older, stop_after=SCHEMA_VERSION - 1)
    older.connection.row_factory = sqlite3.Row
    ReportRepository(older).add(ReportImportService.read(PORTSMOUTH_TEXT, link=False))
    older.close()
    with Database.open(path) as upgraded:
        assert upgraded.schema_version() == SCHEMA_VERSION
        sql = upgraded.scalar("SELECT sql FROM sqlite_master WHERE name = 'findings_fts'")
        assert "prefix='1 2 3'" in sql
        assert "section" not in sql  # the paragraphs' words only
        found = SearchRepository(upgraded).find("c", limit=5)
        assert found.total > 0
        spelt = SearchRepository(upgraded).find("apprenticeships ring")
        assert [h.paragraph for h in spelt.hits] == [104]
        # Changing a paragraph's summary leaves the index alone; changing its words does not.
        upgraded.execute("UPDATE findings SET summary = 'A summary.' WHERE paragraph = 104")
        upgraded.execute("UPDATE findings SET text = 'Nothing here now.' WHERE paragraph = 104")
        assert SearchRepository(upgraded).find("apprenticeships ring").total == 0
        assert SearchRepository(upgraded).find("nothing here now").total == 1
