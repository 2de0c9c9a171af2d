"""Self-checks in a real database: the shipped questions, taking one, who sees what."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError, InvalidInputError
from briefing_app.domain.training.records import Completion, Member
from briefing_app.domain.training.self_checks import MAX_QUESTIONS, MIN_QUESTIONS
from briefing_app.importers.self_checks_toml import read_self_check
from briefing_app.importers.training_catalogue_csv import read_modules, read_roles
from briefing_app.services.opening.container import Services
from briefing_app.services.training.self_checks import SelfCheckService
from briefing_app.services.training.service import TrainingService
from tests.conftest import REPO

FOLDER = REPO / "data" / "training"
TODAY = date(2026, 3, 1)
SHIPPED = sorted((FOLDER / "self-checks").glob("*.toml"))


def test_every_shipped_self_check_reads_and_belongs_to_a_module() -> None:
    roles = read_roles(FOLDER / "roles.csv")
    keys = {m.key for m in read_modules(FOLDER / "modules.csv", {r.key for r in roles})}
    checks = [read_self_check(path) for path in SHIPPED]
    assert {c.module_key for c in checks} == {
        "induction",
        "refresher",
        "care-leavers",
        "safeguarding",
        "exploitation",
        "scrutiny-skills",
        "fostering-panel",
        "adoption-panel",
    }
    assert {c.module_key for c in checks} <= keys
    for check in checks:
        assert MIN_QUESTIONS <= len(check.questions) <= MAX_QUESTIONS, check.module_key
        for question in check.questions:
            assert question.text.endswith("?"), question.text
            assert question.source, question.text
            assert question.explanation.endswith("."), question.text
        # The right answer is not always in the same place.
        assert len({q.answer for q in check.questions}) > 1, check.module_key


def test_a_damaged_self_check_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('module = "induction"\n[[question]]\ntext = "Why?\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"bad\.toml") as error:
        read_self_check(path)
    assert error.value.line is not None
    few = tmp_path / "few.toml"
    few.write_text(
        'module = "induction"\n'
        + '[[question]]\ntext = "Why?"\nchoices = ["a", "b"]\nanswer = 1\nexplanation = "x."\n' * 3,
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError, match="5 to 10 questions"):
        read_self_check(few)


def test_a_new_database_holds_the_shipped_self_checks(services: Services) -> None:
    checks = SelfCheckService(services.database).checks()
    keys = {m.id: m.key for m in services.training.catalogue().modules}
    assert {keys[module_id] for module_id in checks} == {
        read_self_check(path).module_key for path in SHIPPED
    }
    induction = next(c for c in checks.values() if c.module_key == "induction")
    assert (
        induction.questions[0].text
        == read_self_check(FOLDER / "self-checks" / "induction.toml").questions[0].text
    )


def _setup(services: Services) -> tuple[TrainingService, SelfCheckService, int, int, int]:
    training = TrainingService(services.database, services.paths.data, today=lambda: TODAY)
    checks = SelfCheckService(services.database, today=lambda: TODAY)
    member = training.add_member(Member("Bartłomiej Nowak", date(2022, 5, 5)))
    other = training.add_member(Member("Siân Evans", date(2022, 5, 5)))
    module = next(m for m in training.catalogue().modules if m.key == "care-leavers")
    return training, checks, member.id or 0, other.id or 0, module.id or 0


def test_a_self_check_is_kept_with_the_latest_attendance(services: Services) -> None:
    training, checks, member, other, module = _setup(services)
    with pytest.raises(InvalidInputError, match="No attendance of Care leavers"):
        checks.take(member, module, [0] * 6)
    training.record_completion(Completion(member, module, date(2023, 1, 10)))
    latest = training.record_completion(Completion(member, module, date(2025, 9, 1)))
    check = checks.checks()[module]
    right = [q.answer for q in check.questions]
    wrong_first = [(right[0] + 1) % len(check.questions[0].choices), *right[1:]]
    first = checks.take(member, module, wrong_first)
    assert first.completion_id == latest.id
    assert first.score_text == f"{len(right) - 1} of {len(right)} right ({first.percent}%)"
    assert first.answers[0].correct is False
    again = checks.take(member, module, right)
    assert again.percent == 100
    mine = checks.results_for_member(member)
    assert list(mine) == [latest.id]
    assert mine[latest.id or 0].percent == 100
    # Another councillor's records show nothing of this one's answers.
    assert checks.results_for_member(other) == {}


def test_taking_it_with_an_answer_missing_keeps_nothing(services: Services) -> None:
    training, checks, member, _other, module = _setup(services)
    training.record_completion(Completion(member, module, date(2025, 9, 1)))
    with pytest.raises(InvalidInputError, match="Answer all"):
        checks.take(member, module, [0, 1, None, 0, 1, 0])
    assert checks.results_for_member(member) == {}


def test_deleting_the_attendance_takes_its_self_check_with_it_and_undo_brings_both_back(
    services: Services,
) -> None:
    training, checks, member, _other, module = _setup(services)
    done = training.record_completion(Completion(member, module, date(2025, 9, 1)))
    taken = checks.take(member, module, [q.answer for q in checks.checks()[module].questions])
    gone = training.delete_completions([done.id or 0])
    assert checks.results_for_member(member) == {}
    assert services.database.count("self_check_answers") == 0
    training.restore_completions(gone)
    assert checks.results_for_member(member) == {done.id: taken}
    # The same when the councillor, or the module, is deleted and put back.
    removed = training.delete_members([member])
    assert services.database.count("self_check_results") == 0
    training.restore_members(removed)
    assert checks.results_for_member(member) == {done.id: taken}
    dropped = training.delete_module(module)
    training.restore_module(dropped)
    assert checks.results_for_member(member) == {done.id: taken}


def test_officers_figures_by_module(services: Services) -> None:
    training, checks, member, other, module = _setup(services)
    for someone in (member, other):
        training.record_completion(Completion(someone, module, date(2025, 9, 1)))
    checks.take(member, module, [q.answer for q in checks.checks()[module].questions])
    figures = {f.module: f for f in checks.figures()}
    care = figures["Care leavers' entitlements and the local offer"]
    # The demonstration members' attendance counts too; only one has taken the check.
    assert care.taken == 1
    assert care.attended >= 2
    assert care.average is None
    assert "Bartłomiej" not in repr(figures)
