"""What a pack says about meetings: the questions for this one, and actions still open.

Action owners are treated as names: a public pack leaves them out. Answers marked
private are left out of a public pack altogether; a members' pack prints them, marked
as private. Other answers and action descriptions are free text: a public pack prints
one only as an officer published it (``FreeTextPolicy``). Dates ("due in 34 days") count
from the pack's date, the meeting's when it is for one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.meetings import (
    DUE_SOON_DAYS,
    ActionFilter,
    ActionState,
    ActionView,
    ItemStatus,
    Meeting,
    MeetingItem,
)
from briefing_app.domain.packs.content import PackAudience
from briefing_app.domain.packs.sections import (
    ActionLine,
    ActionsContent,
    EarlierAnswer,
    FindingExcerpt,
    QuestionEntry,
    QuestionsContent,
    Statement,
)
from briefing_app.domain.publication import NOT_PUBLISHED, Publications, TextKind
from briefing_app.domain.scrutiny import QuestionEvidence
from briefing_app.services.actions import ActionService
from briefing_app.services.meetings import MeetingService
from briefing_app.services.outcomes import OutcomesService
from briefing_app.services.packs.outcomes import FigureSources, figure_statement
from briefing_app.services.scrutiny import ScrutinyService

RECORDS_SOURCE = "The app's record of meetings, answers and actions"


@dataclass(frozen=True)
class FreeTextPolicy:
    """Which typed text a pack prints: all of it in a members' pack; in a public pack, only
    what an officer published, exactly as published."""

    audience: PackAudience
    publications: Publications

    def shows(self, kind: TextKind, item_id: int, text: str) -> bool:
        return self.audience is PackAudience.MEMBERS or self.publications.allows(
            kind, item_id, text
        )

    def answer(self, item_id: int, text: str) -> str:
        return text if self.shows(TextKind.ANSWER, item_id, text) else ""

    def action(self, action_id: int, text: str) -> str:
        return text if self.shows(TextKind.ACTION, action_id, text) else NOT_PUBLISHED


def action_line(view: ActionView, policy: FreeTextPolicy, today: date) -> ActionLine:
    action = view.action
    state = action.state(today)
    return ActionLine(
        owner=action.owner if policy.audience is PackAudience.MEMBERS else "",
        description=policy.action(action.id, action.description),
        due=action.due,
        state=state.text,
        when=action.when(today),
        overdue=state is ActionState.OVERDUE,
        raised_at=view.meeting.heading,
        question=view.question_code,
    )


def actions_summary(views: Iterable[ActionView], today: date) -> Statement:
    """ "5 actions agreed at meetings are still open: 2 are overdue and 1 is due soon."."""
    states = [v.action.state(today) for v in views]
    total = len(states)
    source = f"{RECORDS_SOURCE}, on {long_date(today)}."
    if not total:
        return Statement("No action agreed at a meeting is still open.", source)
    overdue = states.count(ActionState.OVERDUE)
    soon = states.count(ActionState.DUE_SOON)
    noun = "action agreed at a meeting is" if total == 1 else "actions agreed at meetings are"
    text = f"{total} {noun} still open"
    details = []
    if overdue:
        details.append(f"{overdue} {'is' if overdue == 1 else 'are'} overdue")
    if soon:
        details.append(
            f"{soon} {'is' if soon == 1 else 'are'} due in the next {DUE_SOON_DAYS} days"
        )
    if details:
        text += ": " + " and ".join(details)
    return Statement(f"{text}.", source)


def actions_content(
    actions: ActionService, policy: FreeTextPolicy, pack_date: date
) -> ActionsContent:
    """The actions still open, as they stand on the pack's date."""
    views = actions.actions(ActionFilter.OPEN)
    return ActionsContent(
        summary=actions_summary(views, pack_date),
        lines=tuple(action_line(v, policy, pack_date) for v in views),
        names_included=policy.audience is PackAudience.MEMBERS,
    )


def find_meeting(meetings: MeetingService, meeting_id: int) -> Meeting:
    try:
        return meetings.meeting(meeting_id)
    except NotFoundError as error:
        raise NotFoundError(
            error.message, "See the meetings held with: briefing-app meetings"
        ) from error


class QuestionsAssembler:
    """The questions on one meeting's list, each with its evidence and what is known."""

    def __init__(
        self,
        meetings: MeetingService,
        scrutiny: ScrutinyService,
        outcomes: OutcomesService,
        sources: FigureSources,
        policy: FreeTextPolicy,
        pack_date: date,
    ) -> None:
        self._meetings = meetings
        self._scrutiny = scrutiny
        self._outcomes = outcomes
        self._sources = sources
        self._policy = policy
        self._audience = policy.audience
        self._today = pack_date

    def content(self, meeting: Meeting) -> QuestionsContent:
        open_before = self._meetings.open_actions_before(meeting.id)
        entries = [
            self._entry(number, item, meeting, open_before)
            for number, item in enumerate(self._meetings.items(meeting.id), start=1)
        ]
        return QuestionsContent(
            meeting=meeting.heading,
            source=f"{self._sources.report_citation}. Paragraph numbers are the report's own.",
            entries=tuple(entries),
        )

    def _shows(self, private: bool) -> bool:
        return self._audience.may_see(members_only=private)

    def _entry(
        self, number: int, item: MeetingItem, meeting: Meeting, open_before: list[ActionView]
    ) -> QuestionEntry:
        evidence = self._scrutiny.evidence(item.question_id)
        question = evidence.question
        figures = []
        for key in question.indicators:
            try:
                indicator = self._outcomes.indicator(key)
            except NotFoundError:
                continue
            statement = figure_statement(indicator, self._audience, self._sources, who=False)
            if statement is not None:
                figures.append(statement)
        earlier = [
            EarlierAnswer(
                earlier_meeting.heading,
                earlier_item.status.label,
                self._policy.answer(earlier_item.id, earlier_item.answer)
                if self._shows(earlier_item.answer_private)
                else "",
                earlier_item.answer_private,
            )
            for earlier_meeting, earlier_item in self._scrutiny.history(question.id)
            if earlier_meeting.id != meeting.id
            and earlier_meeting.meeting_date <= meeting.meeting_date
            and earlier_item.status is not ItemStatus.NOT_ASKED
        ]
        answered_here = item.status is not ItemStatus.NOT_ASKED
        return QuestionEntry(
            number=number,
            code=item.question_code or question.code,
            text=item.question_text or question.text,
            why=question.why,
            theme=question.theme_label,
            paragraphs=_paragraphs(evidence),
            figures=tuple(figures),
            earlier=tuple(earlier),
            open_actions=tuple(
                action_line(view, self._policy, self._today)
                for view in open_before
                if view.action.question_id == question.id
            ),
            outcome=item.status.text if answered_here else "",
            answer=self._policy.answer(item.id, item.answer)
            if self._shows(item.answer_private)
            else "",
            answer_private=item.answer_private,
        )


def _paragraphs(evidence: QuestionEvidence) -> tuple[FindingExcerpt, ...]:
    """The findings and the recommendations a question rests on, in the report's order."""
    found = {f.paragraph: FindingExcerpt(f.paragraph, f.text) for f in evidence.findings}
    for recommendation in evidence.recommendations:
        number = recommendation.paragraph
        if number is not None and number not in found:
            found[number] = FindingExcerpt(number, f"Recommendation: {recommendation.text}")
    return tuple(found[number] for number in sorted(found))
