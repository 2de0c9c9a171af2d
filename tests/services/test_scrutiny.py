"""Keeping the question bank and reading a question's evidence."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError, InvalidInputError
from briefing_app.domain.meetings import MeetingDetails
from briefing_app.domain.reports import JudgementArea
from briefing_app.domain.scrutiny import LinkedFigure, QuestionDraft, QuestionFilter, StatusFilter
from briefing_app.services.opening.container import Services
from briefing_app.services.question_bank import load_question_bank
from briefing_app.storage.database import Database
from tests.conftest import REPO


def test_officers_add_edit_retire_and_reinstate(services: Services) -> None:
    report = services.reports.latest()
    assert report is not None
    draft = QuestionDraft(
        "How many care leavers live in houses of multiple occupation?",
        "Paragraph 105 says most care leavers live in suitable homes.",
        "care-leavers",
        "safe-and-stable",
        (105, 106),
        (22,),
        ("care-leavers-neet",),
    )
    added = services.scrutiny.add_question(draft, report.id)
    assert added.code == "Q001"
    assert services.scrutiny.add_question(draft, report.id).code == "Q002"
    changed = services.scrutiny.update_question(
        added.id, QuestionDraft(draft.text, "", "placements", "best-interests", (105,))
    )
    assert (changed.theme, changed.principle.key, changed.findings) == (
        "placements",
        "best-interests",
        (105,),
    )
    assert changed.recommendations == ()
    services.scrutiny.retire(added.id)
    assert added.id not in {q.id for q in services.scrutiny.questions()}
    retired = services.scrutiny.questions(QuestionFilter(status=StatusFilter.RETIRED))
    assert [q.id for q in retired] == [added.id]
    services.scrutiny.reinstate(added.id)
    assert added.id in {q.id for q in services.scrutiny.questions()}


def test_a_bad_question_is_refused_and_nothing_changes(services: Services) -> None:
    report = services.reports.latest()
    assert report is not None
    before = services.database.count("questions")
    with pytest.raises(InvalidInputError) as caught:
        services.scrutiny.add_question(
            QuestionDraft("No question mark", "", "care-leavers", "safe-and-stable", (999,)),
            report.id,
        )
    assert "question mark" in str(caught.value)
    assert "no paragraph 999" in str(caught.value)
    assert services.database.count("questions") == before
    question = services.scrutiny.all_questions()[0]
    with pytest.raises(InvalidInputError, match="not one of the report's recommendations"):
        services.scrutiny.update_question(
            question.id, QuestionDraft("Ok?", "", "early-help", "best-interests", (43,), (43,))
        )
    assert services.scrutiny.question(question.id) == question


def test_filters_and_search_together(services: Services) -> None:
    care = services.scrutiny.questions(QuestionFilter(theme="care-leavers"))
    assert care
    assert all(q.theme == "care-leavers" for q in care)
    views = services.scrutiny.questions(QuestionFilter(principle="take-account-of-views"))
    assert views
    assert all(q.principle.letter == "c" for q in views)
    found = services.scrutiny.questions(QuestionFilter(theme="care-leavers"), "apprenticeships")
    assert [q.code for q in found] == ["POR14-33"]
    assert services.scrutiny.questions(QuestionFilter(theme="health"), "apprenticeships") == []


def test_from_a_finding_to_its_questions_and_back(services: Services) -> None:
    report = services.reports.latest()
    assert report is not None
    assert report.id is not None
    pairs = {f.paragraph: qs for f, qs in services.scrutiny.findings_with_questions(report.id)}
    assert {q.code for q in pairs[104]} >= {"POR14-32", "POR14-33"}
    assert 16 in pairs  # a recommendation is a paragraph questions rest on too
    for question in pairs[104]:
        evidence = services.scrutiny.evidence(question.id)
        assert 104 in [f.paragraph for f in evidence.findings]
        assert report.finding(104) in evidence.findings


def test_evidence_carries_verbatim_text_and_the_judgements(services: Services) -> None:
    question = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-32")
    evidence = services.scrutiny.evidence(question.id)
    texts = [f.text for f in evidence.findings]
    assert any(
        "The adjusted NEET figure for care leavers in Portsmouth is 48.1%" in t for t in texts
    )
    assert {j.area for j in evidence.judgements} == {
        JudgementArea.OVERALL_EFFECTIVENESS,
        JudgementArea.CARE_LEAVERS,
    }
    assert [r.paragraph for r in evidence.recommendations] == [22]
    assert evidence.indicators_without_figures == ()
    (figure,) = evidence.figures
    # Paragraph 104: "The adjusted NEET figure for care leavers in Portsmouth is 48.1%,
    # compared to the England average of 34%".
    assert figure.key == "care-leavers-neet"
    assert figure.value == "48.1%"
    assert figure.comparison == "worse than England (34%)"
    assert figure.status == "✗ Worse than England"
    assert figure.paragraphs == (104,)
    assert figure.report_id == question.report_id
    assert figure.source == f"Paragraph 104, {report_title(services)}"
    assert "care leavers were not in education, work or training" in figure.sentence
    assert figure.concern is not None
    assert figure.concern > 0.5


class _Figures:
    def __init__(self) -> None:
        self.asked: list[tuple[str, ...]] = []

    def figures(self, keys: Sequence[str]) -> list[LinkedFigure]:
        self.asked.append(tuple(keys))
        return [
            LinkedFigure(k, "Care leavers not in work or learning", "48.1%",
                         "worse than England (34%)", "Paragraph 104", 0.8)
            for k in keys
            if k == "care-leavers-neet"
        ]  # fmt: skip


def test_figures_show_once_a_figure_source_is_connected(services: Services) -> None:
    source = _Figures()
    services.scrutiny.connect_figures(source)
    question = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-32")
    evidence = services.scrutiny.evidence(question.id)
    assert [f.value for f in evidence.figures] == ["48.1%"]
    assert evidence.indicators_without_figures == ()
    meeting = services.meetings.create(MeetingDetails("Board", date(2025, 3, 12)))
    top = services.meetings.suggestions(meeting.id, limit=100)
    neet = next(s for s in top if s.question.code == "POR14-32")
    assert "48.1%, worse than England (34%)" in neet.why
    assert source.asked


def test_a_damaged_question_bank_loads_nothing(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "portsmouth-2014"
    folder.mkdir()
    shutil.copy(REPO / "data" / "portsmouth-2014" / "report.txt", folder / "report.txt")
    bank = folder / "questions.csv"
    lines = (REPO / "data" / "portsmouth-2014" / "questions.csv").read_text("utf-8").splitlines()
    services.database.execute("DELETE FROM questions")
    damaged = [*lines[:2], lines[2].replace(",43 116,", ",43 430,"), *lines[3:]]
    assert damaged != lines
    bank.write_text("\n".join(damaged) + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        load_question_bank(services.database, bank)
    assert caught.value.line == 3
    assert "no paragraph 430" in str(caught.value)
    assert services.database.count("questions") == 0

    bank.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    assert load_question_bank(services.database, bank) == 2
    with pytest.raises(ImportFileError, match="already held") as again:
        load_question_bank(services.database, bank)
    assert again.value.line == 2
    assert services.database.count("questions") == 2


def test_an_older_database_gains_the_question_bank(tmp_path: Path) -> None:
    import sqlite3

    from briefing_app.storage.database import apply_migrations
    from briefing_app.storage.migrations import SCHEMA_VERSION

    path = tmp_path / "old.sqlite3"
    database = Database(path, sqlite3.connect(path, isolation_level=None))
    apply_migrations(database, stop_after=2)
    database.close()
    with Database.open(path) as upgraded:
        assert upgraded.schema_version() == SCHEMA_VERSION
        for table in ("questions", "meetings", "actions", "questions_fts", "actions_fts"):
            assert upgraded.table_exists(table), table
        sql = upgraded.scalar("SELECT sql FROM sqlite_master WHERE name = 'answers_fts'")
        assert "tokenize='unicode61 remove_diacritics 2'" in sql
        backups = upgraded.backups()
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 2


def report_title(services: Services) -> str:
    report = services.reports.latest()
    assert report is not None
    return report.short_title
