"""Preparing and running meetings: questions chosen and ordered, marks, answers, actions.

Every call that changes something writes it to the database at once, so nothing typed
in committee waits in memory for a later save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.meetings import (
    DEFAULT_ACTION_DAYS,
    MAX_ANSWER_LENGTH,
    Action,
    ActionDetails,
    ActionView,
    ItemStatus,
    Meeting,
    MeetingArrangements,
    MeetingDetails,
    MeetingItem,
    MeetingSummary,
)
from briefing_app.domain.reports import InspectionReport, Judgement
from briefing_app.domain.scrutiny import LinkedFigure, areas_of
from briefing_app.domain.suggestions import Suggestion, SuggestionContext, suggest
from briefing_app.services.backups import safe_change
from briefing_app.services.scrutiny import ScrutinyService
from briefing_app.storage.actions_repo import ActionRepository
from briefing_app.storage.database import Database
from briefing_app.storage.meetings_repo import MeetingRepository

DEFAULT_COMMITTEES = (
    "Corporate Parenting Board",
    "Children and Young People Scrutiny Panel",
    "Cabinet Member for Children and Families decision meeting",
)


class MeetingService:
    def __init__(
        self,
        database: Database,
        scrutiny: ScrutinyService,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._database = database
        self._meetings = MeetingRepository(database)
        self._actions = ActionRepository(database)
        self._scrutiny = scrutiny
        self.today = today

    # -- meetings --------------------------------------------------------------------

    def meetings(self) -> list[MeetingSummary]:
        return self._meetings.summaries()

    def meeting(self, meeting_id: int) -> Meeting:
        return self._meetings.get(meeting_id)

    def last_arrangements(self, committee: str) -> MeetingArrangements:
        """The particulars of the committee's latest meeting (none for a new committee),
        which a new meeting of it starts with."""
        latest = next((m for m in self._meetings.all() if m.committee == committee), None)
        return latest.arrangements if latest is not None else MeetingArrangements()

    def previous(self, meeting: Meeting) -> Meeting | None:
        """The same committee's last meeting before ``meeting``, if the app holds one."""
        return self._meetings.previous(meeting)

    def create(self, details: MeetingDetails) -> Meeting:
        _check(details.problems())
        return self._meetings.get(self._meetings.add(details))

    def update(self, meeting_id: int, details: MeetingDetails) -> Meeting:
        _check(details.problems())
        self._meetings.update(meeting_id, details)
        return self._meetings.get(meeting_id)

    def delete(self, meeting_id: int) -> None:
        """Delete a meeting with its answers and actions, after a backup of the database."""
        self._meetings.get(meeting_id)
        with safe_change(self._database, "deleting-a-meeting"):
            self._meetings.delete(meeting_id)

    def backup_folder(self) -> Path:
        return self._database.backup_dir

    def committees(self) -> list[str]:
        used = self._meetings.committees()
        return used + [c for c in DEFAULT_COMMITTEES if c not in used]

    def next_meeting(self) -> Meeting | None:
        """The soonest meeting from today on; otherwise the most recent one."""
        meetings = self._meetings.all()
        today = self.today()
        coming = [m for m in meetings if m.meeting_date >= today]
        if coming:
            return min(coming, key=lambda m: (m.meeting_date, m.id))
        return meetings[0] if meetings else None

    # -- the questions on a meeting --------------------------------------------------

    def items(self, meeting_id: int) -> list[MeetingItem]:
        return self._meetings.items(meeting_id)

    def item(self, item_id: int) -> MeetingItem:
        return self._meetings.item(item_id)

    def add_question(self, meeting_id: int, question_id: int) -> MeetingItem:
        self._meetings.get(meeting_id)
        question = self._scrutiny.question(question_id)
        if not question.is_active:
            raise InvalidInputError(
                [f"Question {question.code} is retired."],
                "Reinstate it on the Scrutiny questions page to use it again.",
            )
        return self._meetings.item(self._meetings.add_item(meeting_id, question_id))

    def remove_item(self, item_id: int) -> None:
        self._meetings.remove_item(item_id)

    def move_item(self, item_id: int, steps: int) -> list[MeetingItem]:
        """Move a question up (negative) or down the meeting's list; return the new order."""
        item = self._meetings.item(item_id)
        ids = [i.id for i in self._meetings.items(item.meeting_id)]
        index = ids.index(item_id)
        target = max(0, min(len(ids) - 1, index + steps))
        ids.insert(target, ids.pop(index))
        self._meetings.reorder(item.meeting_id, ids)
        return self._meetings.items(item.meeting_id)

    def reorder(self, meeting_id: int, item_ids: list[int]) -> list[MeetingItem]:
        self._meetings.reorder(meeting_id, item_ids)
        return self._meetings.items(meeting_id)

    def set_status(self, item_id: int, status: ItemStatus) -> MeetingItem:
        self._meetings.set_status(item_id, status)
        return self._meetings.item(item_id)

    def save_answer(self, item_id: int, answer: str, private: bool) -> None:
        if len(answer) > MAX_ANSWER_LENGTH:
            raise InvalidInputError(
                [f"The answer is longer than {MAX_ANSWER_LENGTH} characters."],
                "Keep the note of the answer short; attach long reports to the minutes.",
            )
        self._meetings.save_answer(item_id, answer, private)

    # -- actions ---------------------------------------------------------------------

    def default_due(self, meeting: Meeting) -> date:
        return max(meeting.meeting_date, self.today()) + timedelta(days=DEFAULT_ACTION_DAYS)

    def add_action(self, item_id: int, details: ActionDetails) -> Action:
        """Record an action promised in answer to a question at a meeting."""
        _check(details.problems())
        item = self._meetings.item(item_id)
        meeting = self._meetings.get(item.meeting_id)
        action_id = self._actions.add(meeting.id, item.question_id, details, meeting.meeting_date)
        return self._actions.get(action_id)

    def actions_for_meeting(self, meeting_id: int) -> list[Action]:
        return self._actions.for_meeting(meeting_id)

    def open_actions_before(self, meeting_id: int) -> list[ActionView]:
        """Actions promised at earlier meetings and not yet closed: to follow up at this one."""
        meeting = self._meetings.get(meeting_id)
        return [
            view
            for view in self._actions.open_views(raised_on_or_before=meeting.meeting_date)
            if view.meeting.id != meeting_id
        ]

    def add_open_action_questions(self, meeting_id: int) -> list[MeetingItem]:
        """Put on the meeting every question that has an action still open from before."""
        added: list[MeetingItem] = []
        on_meeting = {i.question_id for i in self._meetings.items(meeting_id)}
        for view in self.open_actions_before(meeting_id):
            question_id = view.action.question_id
            if question_id is None or question_id in on_meeting:
                continue
            if not self._scrutiny.question(question_id).is_active:
                continue
            added.append(self.add_question(meeting_id, question_id))
            on_meeting.add(question_id)
        return added

    # -- suggestions -----------------------------------------------------------------

    def suggestions(self, meeting_id: int, limit: int = 12) -> list[Suggestion]:
        meeting = self._meetings.get(meeting_id)
        on_meeting = {i.question_id for i in self._meetings.items(meeting_id)}
        context = self.suggestion_context(meeting)
        return suggest(self._scrutiny.all_questions(), context, exclude=on_meeting, limit=limit)

    def suggestion_context(self, meeting: Meeting) -> SuggestionContext:
        questions = [q for q in self._scrutiny.all_questions() if q.is_active]
        judgements: dict[int, tuple[Judgement, ...]] = {}
        priority: dict[int, tuple[int, ...]] = {}
        reports: dict[int | None, InspectionReport | None] = {}
        for question in questions:
            if question.report_id not in reports:
                reports[question.report_id] = self._scrutiny.report_for(question)
            report = reports[question.report_id]
            if report is None:
                continue
            areas = areas_of(question, report)
            judgements[question.id] = tuple(j for j in report.judgements if j.area in areas)
            priority[question.id] = tuple(
                r.paragraph
                for r in report.recommendations
                if r.priority and r.paragraph in question.recommendations
            )
        open_actions: dict[int, list[Action]] = {}
        for view in self.open_actions_before(meeting.id):
            if view.action.question_id is not None:
                open_actions.setdefault(view.action.question_id, []).append(view.action)
        deferred: dict[int, Meeting] = {}
        answered: dict[int, date] = {}
        for earlier, item in self._meetings.last_outcomes(before=meeting.meeting_date):
            if item.status is ItemStatus.DEFERRED:
                deferred[item.question_id] = earlier
            elif item.status is ItemStatus.ANSWERED:
                answered[item.question_id] = earlier.meeting_date
        figures: dict[int, tuple[LinkedFigure, ...]] = {}
        if self._scrutiny.has_figures:
            # Every figure the questions need, read at once.
            keys = list(dict.fromkeys(k for q in questions for k in q.indicators))
            by_key = {f.key: f for f in self._scrutiny.figures(keys)}
            for question in questions:
                linked = tuple(by_key[k] for k in question.indicators if k in by_key)
                if linked:
                    figures[question.id] = linked
        return SuggestionContext(
            today=self.today(),
            judgements=judgements,
            priority_recommendations=priority,
            open_actions={k: tuple(v) for k, v in open_actions.items()},
            deferred_at=deferred,
            last_answered=answered,
            figures=figures,
        )


def _check(problems: list[str]) -> None:
    if problems:
        raise InvalidInputError(problems, "Nothing has been saved yet.")
