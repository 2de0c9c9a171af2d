"""Preparing and running meetings through the services, checked against the file on disk."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.meetings import (
    ActionDetails,
    ActionFilter,
    ActionState,
    ItemStatus,
    MeetingDetails,
)
from briefing_app.domain.scrutiny import QuestionDraft
from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.storage.database import Database

TODAY = date(2025, 3, 12)


def _code(services: Services, code: str) -> int:
    return next(q.id for q in services.scrutiny.all_questions() if q.code == code)


@pytest.fixture
def fixed(services: Services) -> Services:
    services.meetings.today = lambda: TODAY
    services.actions.today = lambda: TODAY
    services.records.today = lambda: TODAY
    return services


def test_prepare_a_meeting_choose_and_order_questions(fixed: Services) -> None:
    meeting = fixed.meetings.create(
        MeetingDetails(" Corporate Parenting Board ", TODAY, "Care leavers")
    )
    assert meeting.committee == "Corporate Parenting Board"
    ids = [_code(fixed, c) for c in ("POR14-32", "POR14-30", "POR14-31")]
    for question_id in ids:
        fixed.meetings.add_question(meeting.id, question_id)
    fixed.meetings.add_question(meeting.id, ids[0])  # once only
    items = fixed.meetings.items(meeting.id)
    assert [i.question_code for i in items] == ["POR14-32", "POR14-30", "POR14-31"]
    reordered = fixed.meetings.move_item(items[2].id, -2)
    assert [i.question_code for i in reordered] == ["POR14-31", "POR14-32", "POR14-30"]
    assert [i.position for i in reordered] == [1, 2, 3]
    fixed.meetings.remove_item(reordered[1].id)
    assert [i.question_code for i in fixed.meetings.items(meeting.id)] == ["POR14-31", "POR14-30"]
    assert [i.position for i in fixed.meetings.items(meeting.id)] == [1, 2]
    summary = fixed.meetings.meetings()[0]
    assert summary.progress == "0 of 2 questions answered or deferred"


def test_marks_answers_and_actions_are_on_disk_at_once(
    fixed: Services, seeded_db_path: Path
) -> None:
    meeting = fixed.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    item = fixed.meetings.add_question(meeting.id, _code(fixed, "POR14-32"))
    fixed.meetings.set_status(item.id, ItemStatus.ANSWERED)
    fixed.meetings.save_answer(item.id, "Now 41%; Łukasz Wójcik explained why.", private=True)
    action = fixed.meetings.add_action(
        item.id, ActionDetails("Head of Service", "report NEET figures", TODAY + timedelta(30))
    )
    assert action.raised_on == TODAY
    # A second, independent connection sees everything without any further save.
    with Database.open(seeded_db_path) as other:
        row = other.query(
            "SELECT status, answer, answer_private FROM meeting_items WHERE id = ?", (item.id,)
        )[0]
        assert (row["status"], row["answer"], row["answer_private"]) == (
            "answered",
            "Now 41%; Łukasz Wójcik explained why.",
            1,
        )
        assert other.scalar("SELECT owner FROM actions WHERE id = ?", (action.id,)) == (
            "Head of Service"
        )


def test_the_question_as_put_is_kept_when_the_bank_changes_later(fixed: Services) -> None:
    meeting = fixed.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    question_id = _code(fixed, "POR14-11")
    before = fixed.scrutiny.question(question_id).text
    item = fixed.meetings.add_question(meeting.id, question_id)
    fixed.meetings.set_status(item.id, ItemStatus.ASKED)
    draft = fixed.scrutiny.question(question_id).draft()
    fixed.scrutiny.update_question(
        question_id,
        QuestionDraft("Who has had refresher training?", draft.why, draft.theme,
                      draft.principle, draft.findings, draft.recommendations),
    )  # fmt: skip
    assert fixed.meetings.item(item.id).question_text == before
    unmarked = fixed.meetings.add_question(meeting.id, _code(fixed, "POR14-12"))
    assert unmarked.question_text == fixed.scrutiny.question(unmarked.question_id).text


def test_open_actions_come_up_when_the_next_meeting_is_prepared(fixed: Services) -> None:
    first = fixed.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    item = fixed.meetings.add_question(first.id, _code(fixed, "POR14-52"))
    fixed.meetings.add_action(
        item.id, ActionDetails("Fostering manager", "count staying put", TODAY - timedelta(2))
    )
    done = fixed.meetings.add_question(first.id, _code(fixed, "POR14-31"))
    closed = fixed.meetings.add_action(done.id, ActionDetails("Nurse", "send", TODAY))
    fixed.actions.close(closed.id, "Sent to all care leavers.")

    second = fixed.meetings.create(
        MeetingDetails("Corporate Parenting Board", TODAY + timedelta(days=56))
    )
    carried = fixed.meetings.open_actions_before(second.id)
    assert [v.action.description for v in carried] == ["count staying put"]
    assert carried[0].state(TODAY) is ActionState.OVERDUE
    assert fixed.meetings.open_actions_before(first.id) == []
    # The overdue promise lifts its question by 3 points, above every other question on
    # the areas judged worst, except those whose figures are also worse than England's.
    before = fixed.meetings.create(MeetingDetails("Board", TODAY - timedelta(days=1)))
    quiet = next(
        s for s in fixed.meetings.suggestions(before.id, 100) if s.question.code == "POR14-52"
    )
    suggestions = fixed.meetings.suggestions(second.id)
    codes = [s.question.code for s in suggestions]
    assert "POR14-52" in codes
    lifted = suggestions[codes.index("POR14-52")]
    assert "1 action is still open (1 overdue)" in lifted.why
    assert lifted.score == quiet.score + 3
    assert all("worse than England" in s.why for s in suggestions[: codes.index("POR14-52")])
    added = fixed.meetings.add_open_action_questions(second.id)
    assert [i.question_code for i in added] == ["POR14-52"]
    assert fixed.meetings.add_open_action_questions(second.id) == []


def test_suggestions_favour_the_areas_judged_worst(fixed: Services) -> None:
    meeting = fixed.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    report = fixed.reports.latest()
    assert report is not None
    suggestions = fixed.meetings.suggestions(meeting.id, limit=10)
    assert len(suggestions) == 10
    for suggestion in suggestions:
        assert "judged 'requires improvement'" in suggestion.why
    scores = [s.score for s in suggestions]
    assert scores == sorted(scores, reverse=True)
    everything = fixed.meetings.suggestions(meeting.id, limit=1000)
    adoption_only = [
        s for s in everything if "adoption" in s.question.theme and "judged" not in s.why
    ]
    assert all(s.score < suggestions[-1].score for s in adoption_only)


def test_deferred_questions_return_next_time(fixed: Services) -> None:
    first = fixed.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    item = fixed.meetings.add_question(first.id, _code(fixed, "POR14-65"))
    fixed.meetings.set_status(item.id, ItemStatus.DEFERRED)
    second = fixed.meetings.create(
        MeetingDetails("Corporate Parenting Board", TODAY + timedelta(days=30))
    )
    top = fixed.meetings.suggestions(second.id, limit=100)
    deferred = next(s for s in top if s.question.code == "POR14-65")
    assert "Deferred at the meeting on 12 March 2025" in deferred.why


def test_retired_questions_cannot_be_added_and_bad_details_are_refused(fixed: Services) -> None:
    meeting = fixed.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    question_id = _code(fixed, "POR14-01")
    fixed.scrutiny.retire(question_id)
    with pytest.raises(InvalidInputError, match="retired"):
        fixed.meetings.add_question(meeting.id, question_id)
    fixed.scrutiny.reinstate(question_id)
    item = fixed.meetings.add_question(meeting.id, question_id)
    with pytest.raises(InvalidInputError, match="Say who"):
        fixed.meetings.add_action(item.id, ActionDetails(" ", "x", TODAY))
    with pytest.raises(InvalidInputError, match="committee"):
        fixed.meetings.create(MeetingDetails("", TODAY))
    assert fixed.database.count("actions") == 0


def test_deleting_a_meeting_keeps_a_backup(fixed: Services) -> None:
    meeting = fixed.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    item = fixed.meetings.add_question(meeting.id, _code(fixed, "POR14-01"))
    fixed.meetings.add_action(item.id, ActionDetails("A", "b", TODAY))
    before = len(fixed.database.backups())
    fixed.meetings.delete(meeting.id)
    assert len(fixed.database.backups()) == before + 1
    assert fixed.database.count("meetings") == 0
    assert fixed.database.count("actions") == 0
    with Database.open(fixed.database.backups()[0]) as backup:
        assert backup.count("actions") == 1


def test_actions_across_meetings(fixed: Services) -> None:
    meeting = fixed.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    item = fixed.meetings.add_question(meeting.id, _code(fixed, "POR14-33"))
    details = [
        ("Overdue person", TODAY - timedelta(days=1)),
        ("Soon person", TODAY + timedelta(days=3)),
        ("Later person", TODAY + timedelta(days=90)),
    ]
    made = [fixed.meetings.add_action(item.id, ActionDetails(o, "do", d)) for o, d in details]
    fixed.actions.close(made[2].id, "Done early.", on=TODAY)
    owners = {f: [v.action.owner for v in fixed.actions.actions(f)] for f in ActionFilter}
    assert owners[ActionFilter.OPEN] == ["Overdue person", "Soon person"]
    assert owners[ActionFilter.OVERDUE] == ["Overdue person"]
    assert owners[ActionFilter.DUE_SOON] == ["Soon person"]
    assert owners[ActionFilter.CLOSED] == ["Later person"]
    assert fixed.actions.counts()[ActionState.CLOSED] == 1
    with pytest.raises(InvalidInputError, match="how the action was completed"):
        fixed.actions.close(made[0].id, "  ")
    reopened = fixed.actions.reopen(made[2].id)
    assert not reopened.action.is_closed
    assert reopened.action.closing_note == "Done early."
    assert reopened.question_code == "POR14-33"


def test_next_meeting(fixed: Services) -> None:
    assert fixed.meetings.next_meeting() is None
    past = fixed.meetings.create(MeetingDetails("Board", TODAY - timedelta(days=9)))
    assert fixed.meetings.next_meeting() == past
    soon = fixed.meetings.create(MeetingDetails("Board", TODAY + timedelta(days=3)))
    fixed.meetings.create(MeetingDetails("Board", TODAY + timedelta(days=30)))
    assert fixed.meetings.next_meeting() == soon


def test_a_fresh_database_counts_its_records(app_paths: AppPaths, tmp_path: Path) -> None:
    from briefing_app.services.info import database_info

    services = AppRoot(app_paths, tmp_path / "fresh.sqlite3").open()
    try:
        counts = database_info(services.database).counts
    finally:
        services.close()
    import csv

    with (app_paths.data / "portsmouth-2014" / "questions.csv").open(encoding="utf-8") as f:
        assert counts["questions"] == len(list(csv.DictReader(f)))
    assert counts["meetings"] == 0
    assert counts["actions"] == 0
