"""Importing the council's list of councillors into a real database, again and again."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportProblemsError
from briefing_app.domain.training.records import Completion
from briefing_app.services.opening.container import Services
from briefing_app.services.training.members import apply_members_import, plan_members_import
from briefing_app.services.training.service import TrainingService

TODAY = date(2026, 3, 1)
HEADER = "name,party,ward,email,roles,term_start,term_end\n"
COUNCIL = [
    "Zoë Hartley,Liberal Democrat,Harbour,zoe@council.example,"
    "corporate parenting panel; children's scrutiny panel,2022-05-05,",
    "Łukasz Wójcik,Labour,Northgate,,lead member for children; corporate parenting panel,"
    "2022-05-05,",
    "Rhiannon Price,Labour,Harbour,,,2022-05-05,",
    "Kwame Asante,Labour,Hillside,,fostering panel,2026-01-15,",
]


def training(services: Services) -> TrainingService:
    return TrainingService(services.database, services.paths.data, today=lambda: TODAY)


def write(tmp_path: Path, lines: list[str], name: str = "councillors.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def imported(service: TrainingService, path: Path) -> str:
    plan = plan_members_import(service, path)
    return apply_members_import(service, plan).message


def test_the_council_s_list_replaces_the_demonstration_members(
    services: Services, tmp_path: Path
) -> None:
    service = training(services)
    assert all(m.demo for m in service.members())
    plan = plan_members_import(service, write(tmp_path, COUNCIL))
    assert plan.summary == (
        "councillors.csv: 4 councillors read. 4 new and 0 unchanged. "
        "The 15 demonstration members will be taken away."
    )
    result = apply_members_import(service, plan)
    assert result.backup is not None
    assert result.backup.exists()
    assert "before-import-members" in result.backup.name
    members = {m.name: m for m in service.members()}
    assert sorted(members) == ["Kwame Asante", "Rhiannon Price", "Zoë Hartley", "Łukasz Wójcik"]
    assert not any(m.demo for m in members.values())
    assert members["Zoë Hartley"].roles == {"board", "scrutiny"}
    assert members["Łukasz Wójcik"].roles == {"board", "lead-member"}
    assert members["Rhiannon Price"].roles == frozenset()
    assert members["Zoë Hartley"].email == "zoe@council.example"
    # Every one of them is a corporate parent, with or without a seat.
    board = service.board(TODAY)
    lines = {c.role.key: c for c in board.compliance()}
    assert lines["councillor"].total == 4
    rhiannon = board.record(members["Rhiannon Price"].id or 0)
    assert rhiannon is not None
    assert {m.key for m, _ in rhiannon.required} == {"induction", "refresher", "care-leavers"}


def test_importing_again_changes_only_what_changed(services: Services, tmp_path: Path) -> None:
    service = training(services)
    imported(service, write(tmp_path, COUNCIL))
    ids = {m.name: m.id for m in service.members()}
    zoe = next(m for m in service.members() if m.name == "Zoë Hartley")
    same = plan_members_import(service, write(tmp_path, COUNCIL, "again.csv"))
    assert not same.changes.anything
    assert same.summary == "again.csv: 4 councillors read. 4 unchanged."
    assert apply_members_import(service, same).backup is None

    changed = list(COUNCIL)
    changed[2] = (
        "Rhiannon Price,Labour,Old Town,rhiannon@council.example,fostering panel,2022-05-05,"
    )
    plan = plan_members_import(service, write(tmp_path, changed, "changed.csv"))
    assert plan.changes.details() == [
        "Changed: Rhiannon Price: ward Harbour → Old Town; e-mail (none) → "
        "rhiannon@council.example; seats added: Fostering panel"
    ]
    apply_members_import(service, plan)
    after = {m.name: m for m in service.members()}
    assert {name: m.id for name, m in after.items()} == ids  # no duplicates, same records
    assert after["Rhiannon Price"].ward == "Old Town"
    assert after["Zoë Hartley"] == zoe  # not on the changed line: exactly as it was


def test_councillors_who_have_left_are_archived_with_their_history(
    services: Services, tmp_path: Path
) -> None:
    service = training(services)
    imported(service, write(tmp_path, COUNCIL))
    rhiannon = next(m for m in service.members() if m.name == "Rhiannon Price")
    induction = next(m for m in service.catalogue().modules if m.key == "induction")
    service.record_completion(Completion(rhiannon.id or 0, induction.id or 0, date(2022, 6, 1)))
    message = imported(service, write(tmp_path, [COUNCIL[0], COUNCIL[1], COUNCIL[3]], "2.csv"))
    assert "1 left (archived with their records)" in message
    kept = service.member(rhiannon.id or 0)
    assert kept.archived_on == TODAY
    assert [c.completed_on for c in service.completions(kept.id)] == [date(2022, 6, 1)]
    board = service.board(TODAY)
    assert kept.id not in {r.member.id for r in board.members_of(None)}
    assert {c.role.key: c.total for c in board.compliance()}["councillor"] == 3
    # Looking back to before they left, they were serving and are counted.
    earlier = service.board(TODAY - timedelta(days=1))
    assert kept.id in {r.member.id for r in earlier.members_of(None)}
    # Back on a later list, they are back, with the same record and history.
    message = imported(service, write(tmp_path, COUNCIL, "3.csv"))
    assert "1 back on the list" in message
    back = service.member(rhiannon.id or 0)
    assert back.archived_on is None
    assert len(service.completions(back.id)) == 1


def test_a_list_with_problems_changes_nothing(services: Services, tmp_path: Path) -> None:
    service = training(services)
    before = (service.members(), service.completions(), services.database.backups())
    bad = [
        *COUNCIL,
        "Gareth Pryce,Conservative,Northgate,,planning committee,2022-05-05,",
        "Amara Okafor,Conservative,Eastfield,amara(at)council,,2022-05-05,",
        "Priya Raman,Liberal Democrat,Old Town,,,,",
    ]
    with pytest.raises(ImportProblemsError) as error:
        plan_members_import(service, write(tmp_path, bad))
    assert [line for line, _ in error.value.problems] == [6, 7, 8]
    assert str(error.value).startswith("councillors.csv, line 6: 'planning committee' is not a")
    assert "(2 more problems, on lines 7 and 8.)" in str(error.value)
    assert "Nothing was changed" in error.value.advice
    assert (service.members(), service.completions(), services.database.backups()) == before


def test_seventy_councillors_import_in_one_go(services: Services, tmp_path: Path) -> None:
    service = training(services)
    lines = [
        f"Councillor {n:02d},Party {n % 4},Ward {n % 23},c{n}@council.example,"
        f"{'corporate parenting panel' if n % 7 == 0 else ''},2022-05-05,2026-05-07"
        for n in range(70)
    ]
    message = imported(service, write(tmp_path, lines))
    assert message.startswith("The list of councillors is updated. 70 new and 0 unchanged.")
    assert len(service.members()) == 70
    assert sum(1 for m in service.members() if "board" in m.roles) == 10
