"""Keeping training records through the service, on a real seeded database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.training.records import Completion, Member, Module, RefreshRule, Status
from briefing_app.domain.training.year import year_table
from briefing_app.services.opening.container import Services
from briefing_app.services.training.demo import reload_demo_roster
from briefing_app.services.training.service import TrainingService


def _reference(services: Services) -> date:
    reference = services.training.demo_reference_date()
    assert reference is not None
    return reference


def _member(services: Services, name: str) -> Member:
    return next(m for m in services.training.members() if m.name == name)


def test_the_default_catalogue(services: Services) -> None:
    catalogue = services.training.catalogue()
    rules = {m.name: m.refresh.label for m in catalogue.modules}
    assert rules == {
        "Corporate parenting induction": "Once per term of office",
        "Corporate parenting refresher": "Every 12 months",
        "Care leavers' entitlements and the local offer": "Once per term of office",
        "Safeguarding children": "Every 24 months",
        "Child exploitation awareness": "Every 24 months",
        "Effective scrutiny and questioning": "Once per term of office",
        "Observing a child protection conference": "Every 12 months",
        "Fostering panel member training": "Every 12 months",
        "Adoption panel member training": "Every 12 months",
        "Enhanced DBS check": "Every 36 months",
    }
    conference = next(m for m in catalogue.modules if m.key == "cp-conference")
    assert conference.required_for == {"board"}
    dbs = next(m for m in catalogue.modules if m.key == "dbs-check")
    assert dbs.required_for == {"fostering", "adoption"}
    refresher = next(m for m in catalogue.modules if m.key == "refresher")
    assert (refresher.required_for, refresher.also_met_by) == ({"councillor"}, {"induction"})
    assert [r.name for r in catalogue.roles][:4] == [
        "All councillors",
        "Corporate Parenting Board",
        "Lead member for children",
        "Children's scrutiny panel",
    ]


def test_the_demo_roster_shows_its_documented_mix_on_its_reference_date(
    services: Services,
) -> None:
    board = services.training.board(_reference(services))
    assert all(r.member.demo for r in board.records)
    assert {"Łukasz Wójcik", "Zoë Hartley", "Hannah Møller-Jones"} <= {
        r.member.name for r in board.records
    }
    lines = {c.role.key: c.line for c in board.compliance()}
    assert lines == {
        "councillor": "7 of 15 councillors fully in date",
        "board": "6 of 9 board members fully in date",
        "lead-member": "1 of 1 lead member for children fully in date",
        "scrutiny": "3 of 6 scrutiny panel members fully in date",
        "fostering": "0 of 2 fostering panel members fully in date",
        "adoption": "1 of 2 adoption panel members fully in date",
    }
    seen = {s.status for r in board.records for _, s in r.statuses}
    assert seen == set(Status)
    zoe = board.record(_member(services, "Zoë Hartley").id or 0)
    assert zoe is not None
    refresher = next(s for m, s in zoe.statuses if m.key == "refresher")
    assert refresher.status is Status.DUE_SOON
    assert refresher.last_done == _reference(services) - timedelta(days=330)


def test_the_mix_holds_when_the_roster_is_loaded_on_any_day(services: Services) -> None:
    for reference in (date(2024, 2, 29), date(2027, 1, 31), date(2031, 12, 31)):
        reload_demo_roster(services.training, reference)
        lines = {c.role.key: c.line for c in services.training.board(reference).compliance()}
        assert lines["board"] == "6 of 9 board members fully in date", reference
        assert lines["councillor"] == "7 of 15 councillors fully in date", reference
        assert services.training.demo_reference_date() == reference


def test_a_member_is_added_edited_deleted_and_restored(services: Services) -> None:
    training = services.training
    reference = _reference(services)
    added = training.add_member(
        Member(
            "Bartłomiej Nowak",
            reference - timedelta(days=10),
            party="Green",
            roles=frozenset({"board"}),
        )
    )
    assert added.id is not None
    module = next(m for m in training.catalogue().modules if m.key == "induction")
    training.record_completion(Completion(added.id, module.id or 0, reference))
    training.update_member(
        Member(
            "Bartłomiej Nowak",
            added.term_start,
            ward="Harbour",
            party="Green",
            roles=frozenset({"board", "scrutiny"}),
            id=added.id,
        )
    )
    assert training.member(added.id).roles == {"board", "scrutiny"}
    deleted = training.delete_members([added.id])
    assert added.id not in {m.id for m in training.members()}
    assert training.completions(added.id) == []
    training.restore_members(deleted)
    assert training.member(added.id).ward == "Harbour"
    assert [c.completed_on for c in training.completions(added.id)] == [reference]


def test_the_same_member_twice_is_refused(services: Services) -> None:
    with pytest.raises(InvalidInputError, match="already on the list"):
        services.training.add_member(
            Member("zoë  HARTLEY", date(2024, 5, 2), ward="Harbour", roles=frozenset({"board"}))
        )


def test_future_and_duplicate_completions_are_refused(services: Services) -> None:
    training = TrainingService(services.database, today=lambda: date(2026, 3, 1))
    zoe = _member(services, "Zoë Hartley")
    module = training.catalogue().modules[0]
    with pytest.raises(InvalidInputError, match="not come yet"):
        training.record_completion(Completion(zoe.id or 0, module.id or 0, date(2026, 3, 2)))
    training.record_completion(Completion(zoe.id or 0, module.id or 0, date(2026, 3, 1)))
    with pytest.raises(InvalidInputError, match="already recorded"):
        training.record_completion(Completion(zoe.id or 0, module.id or 0, date(2026, 3, 1)))


def test_one_session_for_many_members(services: Services) -> None:
    training = services.training
    today = training.today()
    module = next(m for m in training.catalogue().modules if m.key == "exploitation")
    ids = [m.id or 0 for m in training.members()[:4]]
    before = len(training.completions())
    result = training.record_attendance(module.id or 0, today, ids, "LGA", "Evening session")
    assert (result.recorded, result.already_held) == (4, 0)
    again = training.record_attendance(module.id or 0, today, ids[:2])
    assert (again.recorded, again.already_held) == (0, 2)
    assert "already recorded" in again.message
    assert len(training.completions()) == before + 4
    board = training.board(today)
    for member_id in ids:
        record = board.record(member_id)
        assert record is not None
        status = record.status_of(module)
        assert status.status in (Status.IN_DATE, Status.NOT_REQUIRED)


def test_attendance_is_all_or_nothing(services: Services) -> None:
    training = services.training
    module = training.catalogue().modules[0]
    before = training.completions()
    with pytest.raises(InvalidInputError):
        training.record_attendance(
            module.id or 0,
            training.today() + timedelta(days=1),
            [m.id or 0 for m in training.members()],
        )
    assert training.completions() == before
    with pytest.raises(InvalidInputError, match="No members"):
        training.record_attendance(module.id or 0, training.today(), [])


def test_a_module_is_added_renamed_deleted_and_restored(services: Services) -> None:
    training = services.training
    added = training.add_module(
        Module("", "Care leavers' local offer", RefreshRule.every(36), frozenset({"board"}))
    )
    assert added.key == "care-leavers-local-offer"
    assert training.catalogue().modules[-1].name == "Care leavers' local offer"
    with pytest.raises(InvalidInputError, match="already a module"):
        training.add_module(Module("", "SAFEGUARDING children", RefreshRule.once()))
    refresher = next(m for m in training.catalogue().modules if m.key == "refresher")
    held = training.completions_of_module(refresher.id or 0)
    assert held > 10
    deleted = training.delete_module(refresher.id or 0)
    assert refresher.id not in {m.id for m in training.catalogue().modules}
    assert all(c.module_id != refresher.id for c in training.completions())
    training.restore_module(deleted)
    assert training.completions_of_module(refresher.id or 0) == held
    restored = next(m for m in training.catalogue().modules if m.id == refresher.id)
    assert restored == refresher


def test_removing_the_demo_members_can_be_undone(services: Services) -> None:
    training = services.training
    count = len(training.members())
    completions = len(training.completions())
    removed = training.remove_demo_members()
    assert training.members() == []
    assert training.completions() == []
    training.restore_members(removed)
    assert len(training.members()) == count
    assert len(training.completions()) == completions


def test_due_soon_window_is_a_setting(services: Services) -> None:
    training = services.training
    assert training.due_soon_days() == 60
    training.set_due_soon_days(10)
    assert training.due_soon_days() == 10
    board = training.board(_reference(services))
    assert board.due_soon_days == 10
    assert board.due_soon() == []
    with pytest.raises(InvalidInputError):
        training.set_due_soon_days(400)


def test_find_members_ignores_accents(services: Services) -> None:
    assert [m.name for m in services.training.find_members("wojcik")] == ["Łukasz Wójcik"]
    assert [m.name for m in services.training.find_members("MOLLER")] == ["Hannah Møller-Jones"]


def test_pack_summaries(services: Services) -> None:
    reference = _reference(services)
    named = services.training.members_pack_summary(reference)
    public = services.training.public_pack_summary(reference)
    assert named.includes_demo
    assert any(n.member == "Oluwaseun Adeyemi" for n in named.needs)
    assert public.needs == ()
    assert "Oluwaseun" not in repr(public)
    assert public.committees[1].line == "6 of 9 board members fully in date"
    # The lead member (one person) and the two panels (two each) are not shown in public.
    hidden = [c.committee for c in public.committees if c.members is None]
    assert hidden == ["Lead member for children", "Fostering panel", "Adoption panel"]


def test_statuses_need_only_the_latest_completions(services: Services) -> None:
    training = services.training
    reference = _reference(services)
    for on in (reference, reference - timedelta(days=400), reference + timedelta(days=200)):
        full = training.board(on)
        latest = training.board(on, history=False)
        assert [r.statuses for r in latest.records] == [r.statuses for r in full.records], on
        # The yearly table too (whoever attended anything in the year attended its latest).
        assert year_table(latest, public=False) == year_table(full, public=False), on
        # Only one completion per member and module, and none after the day.
        kept = [(c.member_id, c.module_id) for r in latest.records for c in r.completions]
        assert len(kept) == len(set(kept))
        assert all(c.completed_on <= on for r in latest.records for c in r.completions)

    # The history holds earlier completions too (Zoë Hartley's two safeguarding courses).
    def held(board) -> int:  # type: ignore[no-untyped-def]
        return sum(len(r.completions) for r in board.records)

    assert held(training.board(reference, history=False)) < held(training.board(reference))
