from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from briefing_app.domain.meetings import ActionDetails, ItemStatus, MeetingDetails
from briefing_app.services.opening.container import Services
from briefing_app.ui.models.meetings import (
    ActionTableModel,
    MeetingItemTableModel,
    MeetingTableModel,
)
from briefing_app.ui.models.questions import QuestionTableModel, SuggestionTableModel

TODAY = date(2025, 3, 12)


def test_question_model(services: Services, qtmodeltester: ModelTester) -> None:
    model = QuestionTableModel()
    model.set_questions(services.scrutiny.all_questions())
    qtmodeltester.check(model)
    row = model.row_of(
        next(q.id for q in services.scrutiny.all_questions() if q.code == "POR14-32")
    )
    assert row is not None
    assert model.index(row, QuestionTableModel.THEME).data() == "Care leavers"
    assert model.index(row, QuestionTableModel.PRINCIPLE).data() == (
        "(e) High hopes and the best outcomes"
    )
    assert model.index(row, QuestionTableModel.RESTS_ON).data() == "8, 22, 104"
    tip = model.index(row, QuestionTableModel.PRINCIPLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Children and Social Work Act 2017, section 1(1)(e): to promote")


def test_meeting_models(services: Services, qtmodeltester: ModelTester) -> None:
    services.meetings.today = lambda: TODAY
    meeting = services.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    ids = [q.id for q in services.scrutiny.all_questions()[:3]]
    items = [services.meetings.add_question(meeting.id, i) for i in ids]
    services.meetings.set_status(items[0].id, ItemStatus.DEFERRED)
    services.meetings.add_action(items[0].id, ActionDetails("Officer", "report", TODAY))

    meetings = MeetingTableModel()
    meetings.set_meetings(services.meetings.meetings())
    qtmodeltester.check(meetings)
    assert meetings.index(0, MeetingTableModel.DATE).data() == "12 March 2025"
    assert meetings.index(0, MeetingTableModel.MEETING).data() == (
        "Corporate Parenting Board\n1 of 3 questions answered or deferred; 1 action open"
    )

    item_model = MeetingItemTableModel()
    item_model.set_items(services.meetings.items(meeting.id))
    qtmodeltester.check(item_model)
    status = item_model.index(0, MeetingItemTableModel.STATUS)
    assert status.data() == "↷ Deferred"
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "Deferred"

    actions = ActionTableModel(lambda: TODAY)
    actions.set_actions(services.actions.actions())
    qtmodeltester.check(actions)
    assert actions.index(0, ActionTableModel.STATE).data() == "! Due soon"
    assert actions.index(0, ActionTableModel.DUE).data() == "12 March 2025 (due today)"

    suggestions = SuggestionTableModel()
    suggestions.set_suggestions(services.meetings.suggestions(meeting.id))
    qtmodeltester.check(suggestions)
    assert suggestions.rowCount() > 0
    assert "judged" in suggestions.index(0, SuggestionTableModel.WHY).data()
