"""What a pack's front sheet says about its meeting, and which parts of a members' pack
are not for publication.

A part of a members' pack is exempt when it holds something the public pack leaves out
(see ``domain/disclosure.py`` and ``services/packs/meetings.py``): councillors' names with
their training, the names of those who agreed to each action, answers marked private, a
covering note for members only, and the council's own figures small enough to identify
a child (a section is marked when any figure it draws on would be hidden, so the mark is
never missing where it is needed).
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing_app.domain.disclosure import hidden_figures
from briefing_app.domain.exempt_information import DEFAULT_EXEMPT_PARAGRAPH, ExemptParagraph
from briefing_app.domain.meetings import Meeting
from briefing_app.domain.off_track import most_off_track
from briefing_app.domain.outcomes import Audience, Indicator
from briefing_app.domain.packs.content import ExemptPart, PackAudience, PackContent, SectionKey
from briefing_app.domain.packs.sections import FrontSheet
from briefing_app.domain.wording import joined
from briefing_app.services.meetings import MeetingService
from briefing_app.services.outcomes import OutcomesService
from briefing_app.services.scrutiny import ScrutinyService

SMALL_FIGURES = "figures small enough to identify a child"


def front_sheet(meetings: MeetingService, meeting: Meeting) -> FrontSheet:
    last = meetings.previous(meeting)
    return FrontSheet(
        meeting_date=meeting.meeting_date,
        arrangements=meeting.arrangements,
        last_meeting=last.meeting_date if last is not None else None,
    )


def exempt_paragraph(meeting: Meeting | None) -> ExemptParagraph:
    """The paragraph chosen for the meeting, or the usual one when none is chosen."""
    if meeting is None or meeting.arrangements.exempt_paragraph is None:
        return DEFAULT_EXEMPT_PARAGRAPH
    return meeting.arrangements.exempt_paragraph


class ExemptParts:
    """Finds the sections of a members' pack that hold what the public pack leaves out."""

    def __init__(
        self,
        outcomes: OutcomesService,
        meetings: MeetingService,
        scrutiny: ScrutinyService,
    ) -> None:
        self._outcomes = outcomes
        self._meetings = meetings
        self._scrutiny = scrutiny

    def find(
        self, content: PackContent, meeting: Meeting | None, *, members_only_note: bool
    ) -> tuple[ExemptPart, ...]:
        """The exempt parts of ``content``; ``members_only_note`` says whether the cover
        carries a covering note written for members only."""
        if content.audience is not PackAudience.MEMBERS:
            return ()
        holds: dict[SectionKey, list[str]] = {}

        def add(key: SectionKey, what: str) -> None:
            holds.setdefault(key, []).append(what)

        if members_only_note:
            add(SectionKey.COVER, "a note for members only")
        for key in self._small_figures(content, meeting):
            add(key, SMALL_FIGURES)
        training = content.training
        if (
            training is not None
            and training.names_included
            and (training.members or training.needs)
        ):
            add(SectionKey.TRAINING, "councillors' names, with their training records")
        actions = content.actions
        if actions is not None and any(line.owner for line in actions.lines):
            add(SectionKey.ACTIONS, "the names of those who agreed to each action")
        for what in _questions_hold(content):
            add(SectionKey.QUESTIONS, what)
        return tuple(
            ExemptPart(key, joined(holds[key])) for key in content.sections if key in holds
        )

    def _small_figures(self, content: PackContent, meeting: Meeting | None) -> set[SectionKey]:
        """The sections that draw on a figure the public pack would hide."""
        sections = set(content.sections)
        wanted = {SectionKey.AT_A_GLANCE, SectionKey.CHILDREN_IN_CARE, SectionKey.CARE_LEAVERS}
        if not (wanted | {SectionKey.QUESTIONS}) & sections:
            return set()
        indicators = self._outcomes.indicators()
        hidden = {i.key for i in indicators if hidden_figures(i, PackAudience.PUBLIC)}
        if not hidden:
            return set()
        found: set[SectionKey] = set()
        for key, group in (
            (SectionKey.CHILDREN_IN_CARE, Audience.CHILDREN_IN_CARE),
            (SectionKey.CARE_LEAVERS, Audience.CARE_LEAVERS),
        ):
            if key in sections and self._group_cites(indicators, group, hidden):
                found.add(key)
        glance = SectionKey.AT_A_GLANCE in sections and content.glance is not None
        if glance and any(off.indicator.key in hidden for off in most_off_track(indicators)):
            found.add(SectionKey.AT_A_GLANCE)
        if SectionKey.QUESTIONS in sections and meeting is not None:
            for item in self._meetings.items(meeting.id):
                if hidden & set(self._scrutiny.question(item.question_id).indicators):
                    found.add(SectionKey.QUESTIONS)
                    break
        return found

    def _group_cites(
        self, indicators: Iterable[Indicator], group: Audience, hidden: set[str]
    ) -> bool:
        """Whether the figures or summaries about ``group`` draw on a hidden figure."""
        if any(i.key in hidden for i in indicators if i.definition.audience is group):
            return True
        return any(
            hidden & set(sentence.citation.indicators)
            for summary in self._outcomes.summaries(group)
            for sentence in summary.sentences()
        )


def _questions_hold(content: PackContent) -> list[str]:
    questions = content.questions
    if questions is None:
        return []
    found = []
    entries = questions.entries
    if any(e.answer_private and e.answer for e in entries) or any(
        earlier.private and earlier.answer for e in entries for earlier in e.earlier
    ):
        found.append("answers marked private")
    if any(action.owner for e in entries for action in e.open_actions):
        found.append("the names of those who agreed to each action")
    return found
