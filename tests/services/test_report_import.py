"""Importing reports through the service: backup, one transaction, duplicates, search."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date

import pytest

from briefing_app.domain.errors import DuplicateReportError
from briefing_app.domain.meetings import MeetingDetails
from briefing_app.domain.reports import Finding
from briefing_app.domain.scrutiny import QuestionDraft
from briefing_app.services.opening.container import Services
from briefing_app.services.report_import import DuplicateChoice, import_summary
from tests.conftest import REFERENCE_PDFS
from tests.support.files import file_digest

SHEFFIELD = REFERENCE_PDFS / "sheffield-2023-11-03.pdf"
PORTSMOUTH = REFERENCE_PDFS / "portsmouth-2014-09-01.pdf"


def test_import_backs_up_then_writes_the_whole_report(services: Services) -> None:
    result = services.imports.import_file(SHEFFIELD)
    assert result.backup.exists()
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    held = services.reports.get(result.report_id)
    assert held.authority == "Sheffield"
    assert [f.paragraph for f in held.findings] == list(range(1, 67))
    assert [r.paragraph for r in held.recommendations] == [None] * 4
    assert [r.number for r in held.recommendations] == [1, 2, 3, 4]
    assert import_summary(held) == import_summary(result.report)
    assert all(r.evidence for r in held.recommendations)  # linked automatically
    headers = services.reports.headers()
    assert [h.authority for h in headers] == ["Sheffield", "Portsmouth City Council"]


def test_a_failed_write_leaves_the_database_as_it_was(services: Services) -> None:
    report = services.imports.read(SHEFFIELD)
    broken = dataclasses.replace(
        report, findings=(*report.findings, Finding(paragraph=1, text="again", section="x"))
    )
    before = services.reports.headers()
    with pytest.raises(sqlite3.IntegrityError):
        services.imports.save(broken)
    assert services.reports.headers() == before
    assert services.reports.search("chronologies") == []


def test_duplicate_is_refused_until_the_user_chooses(services: Services) -> None:
    path = services.database_path
    report = services.imports.read(PORTSMOUTH)
    services.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_digest(path)
    with pytest.raises(DuplicateReportError, match="already held") as caught:
        services.imports.save(report)
    assert caught.value.existing == (services.reports.headers()[0].id,)
    services.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert file_digest(path) == before

    both = services.imports.save(report, DuplicateChoice.KEEP_BOTH)
    assert len(services.reports.headers()) == 2
    replaced = services.imports.save(report, DuplicateChoice.REPLACE)
    assert set(replaced.replaced) == {caught.value.existing[0], both.report_id}
    assert [h.id for h in services.reports.headers()] == [replaced.report_id]
    kept = {r.paragraph: r.evidence for r in replaced.report.recommendations}
    assert kept[16] == (7, 111, 112)  # curated links outlive the replaced text


def test_search_finds_words_across_reports_with_accents_folded(services: Services) -> None:
    services.imports.import_file(SHEFFIELD)
    hits = services.reports.search("chronology")
    assert hits
    assert {h.authority for h in hits} == {"Sheffield"}
    assert all("chronolog" in h.text.casefold() for h in hits)
    both = {h.authority for h in services.reports.search("elected members")}
    assert "Portsmouth City Council" in both
    first = services.reports.search("missing return interviews")[0]
    assert any(match for _, match in first.segments())
    assert {t.casefold() for t, match in first.segments() if match} >= {"missing", "return"}
    # "Wójcik" would find "Wojcik"; here a folded "é" finds the plain word.
    assert services.reports.search("résidential") == services.reports.search("residential")
    assert services.reports.search('"') == []
    only = services.reports.search("children", report_ids=[services.reports.headers()[-1].id])
    assert {h.authority for h in only} == {"Portsmouth City Council"}


def test_deleting_a_report_removes_it_from_search(services: Services) -> None:
    services.imports.import_file(SHEFFIELD)
    before = services.reports.search("Amber service")
    assert len(before) == 1
    replaced = services.imports.save(services.imports.read(SHEFFIELD), DuplicateChoice.REPLACE)
    after = services.reports.search("Amber service")
    assert [(h.report_id, h.paragraph) for h in after] == [(replaced.report_id, 9)]


STATISTICS = "Information about this local authority area"


def _figure_reports(services: Services) -> dict[str, set[int | None]]:
    """For each indicator, the reports its figures cite (figures citing a report only)."""
    return {
        i.key: {o.source.report_id for o in i.observations}
        for i in services.outcomes.indicators()
        if any(o.source.paragraphs or o.source.section for o in i.observations)
    }


def test_replacing_a_report_keeps_its_id_so_questions_and_figures_stay_linked(
    services: Services,
) -> None:
    held = services.reports.headers()[0].id
    questions = {q.code: q.report_id for q in services.scrutiny.all_questions()}
    assert set(questions.values()) == {held}
    figures = _figure_reports(services)
    assert figures
    assert all(reports == {held} for reports in figures.values())
    assert services.outcomes.section_text(held, STATISTICS)
    meeting = services.meetings.create(MeetingDetails("Board", date(2025, 3, 12)))
    neet = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-32")
    services.meetings.add_question(meeting.id, neet.id)

    result = services.imports.import_file(PORTSMOUTH, DuplicateChoice.REPLACE)

    assert result.report_id == held
    assert result.replaced == (held,)
    assert [h.id for h in services.reports.headers()] == [held]
    assert result.report.source_name == "portsmouth-2014-09-01.pdf"
    assert {q.code: q.report_id for q in services.scrutiny.all_questions()} == questions
    assert _figure_reports(services) == figures
    assert services.outcomes.section_text(held, STATISTICS)  # the stored section is kept
    evidence = services.scrutiny.evidence(neet.id)
    assert [f.paragraph for f in evidence.findings] == list(neet.findings)
    assert "48.1%" in " ".join(f.text for f in evidence.findings)
    assert [r.paragraph for r in evidence.recommendations] == [22]
    assert [i.question_id for i in services.meetings.items(meeting.id)] == [neet.id]
    # The curated links of recommendations to their evidence outlive the replaced text.
    kept = {r.paragraph: r.evidence for r in services.reports.get(held).recommendations}
    assert kept[16] == (7, 111, 112)
    hits = services.reports.search("apprenticeships")
    assert hits
    assert {h.report_id for h in hits} == {held}


def test_replacing_copies_of_an_inspection_folds_them_into_the_first(services: Services) -> None:
    first = services.reports.headers()[0].id
    copy = services.imports.import_file(PORTSMOUTH, DuplicateChoice.KEEP_BOTH).report_id
    draft = QuestionDraft(
        text="How many care leavers are in work now?",
        why="Paragraph 104 gives the figure.",
        theme="care-leavers",
        principle="ready-for-adulthood",
        findings=(104,),
    )
    on_copy = services.scrutiny.add_question(draft, copy)
    assert on_copy.report_id == copy

    result = services.imports.import_file(PORTSMOUTH, DuplicateChoice.REPLACE)

    assert result.report_id == first
    assert set(result.replaced) == {first, copy}
    assert [h.id for h in services.reports.headers()] == [first]
    assert services.scrutiny.question(on_copy.id).report_id == first
    assert {q.report_id for q in services.scrutiny.all_questions()} == {first}


def test_a_failed_replace_leaves_the_report_and_its_links_as_they_were(
    services: Services,
) -> None:
    held = services.reports.headers()[0].id
    before = services.reports.get(held)
    questions = {q.code: q.report_id for q in services.scrutiny.all_questions()}
    report = services.imports.read(PORTSMOUTH)
    broken = dataclasses.replace(
        report, findings=(*report.findings, Finding(paragraph=1, text="again", section="x"))
    )
    with pytest.raises(sqlite3.IntegrityError):
        services.imports.save(broken, DuplicateChoice.REPLACE)
    assert services.reports.get(held) == before
    assert {q.code: q.report_id for q in services.scrutiny.all_questions()} == questions
    assert {h.report_id for h in services.reports.search("apprenticeships")} == {held}
