"""What a pack says about its meeting and which parts of a members' pack are exempt,
gathered from a real database: the meeting's particulars, the committee's last meeting,
the paragraph of Schedule 12A, and each kind of thing the public pack leaves out."""

from __future__ import annotations

from datetime import date, time

from briefing_app.domain.exempt_information import ExemptParagraph
from briefing_app.domain.meetings import (
    ActionDetails,
    ItemStatus,
    MeetingArrangements,
    MeetingDetails,
)
from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.domain.packs.papers import gaps
from briefing_app.services.opening.container import Services
from briefing_app.services.packs.papers import SMALL_FIGURES
from briefing_app.services.packs.service import PackRequest

BOARD = "Corporate Parenting Board"
PAPERS = MeetingArrangements(
    start=time(16, 0),
    venue="Conference Room A, Civic Offices",
    membership=("Councillor Zoë Hartley (Chair)", "Councillor Tom Reid"),
    clerk="Jane Smith, Democratic Services",
    clerk_contact="023 9283 4057",
    exempt_paragraph=ExemptParagraph.IDENTITY,
)


def _meeting(services: Services, papers: MeetingArrangements = PAPERS) -> int:
    """A meeting of the board, with a private answer, after an earlier one at which the
    same question brought an action still open."""
    question = services.scrutiny.all_questions()[0]
    earlier = services.meetings.create(MeetingDetails(BOARD, date(2024, 3, 1), "Spring"))
    first = services.meetings.add_question(earlier.id, question.id)
    services.meetings.add_action(
        first.id, ActionDetails("Head of Service", "Bring the housing plan.", date(2024, 9, 1))
    )
    services.meetings.create(MeetingDetails("Scrutiny Panel", date(2024, 5, 1)))
    meeting = services.meetings.create(MeetingDetails(BOARD, date(2024, 6, 12), "Summer", papers))
    item = services.meetings.add_question(meeting.id, question.id)
    services.meetings.set_status(item.id, ItemStatus.ANSWERED)
    services.meetings.save_answer(item.id, "The placement is with a named carer.", private=True)
    return meeting.id


def test_the_front_sheet_has_the_meetings_particulars_and_its_last_meeting(
    services: Services,
) -> None:
    meeting_id = _meeting(services)
    content = services.packs.content(PackRequest(meeting_id=meeting_id))
    sheet = content.front_sheet
    assert sheet is not None
    assert sheet.meeting_date == date(2024, 6, 12)
    assert sheet.arrangements == PAPERS
    assert sheet.last_meeting == date(2024, 3, 1)  # the board's, not the panel's
    assert content.exempt_paragraph is ExemptParagraph.IDENTITY
    assert content.cover.title == "Members' briefing pack"
    assert gaps(content) == []
    public = services.packs.content(
        PackRequest(meeting_id=meeting_id, audience=PackAudience.PUBLIC)
    )
    assert public.cover.title == "Public briefing pack"
    assert public.title != content.title


def test_the_members_pack_marks_each_part_the_public_pack_leaves_out(services: Services) -> None:
    meeting_id = _meeting(services)
    content = services.packs.content(
        PackRequest(meeting_id=meeting_id, covering_note="For members: a named family.")
    )
    holds = {part.section: part.holds for part in content.exempt}
    assert holds == {
        SectionKey.COVER: "a note for members only",
        SectionKey.QUESTIONS: "answers marked private and the names of those who agreed to "
        "each action",
        SectionKey.ACTIONS: "the names of those who agreed to each action",
        SectionKey.TRAINING: "councillors' names, with their training records",
    }
    public = services.packs.content(
        PackRequest(
            meeting_id=meeting_id,
            audience=PackAudience.PUBLIC,
            covering_note="For members: a named family.",
        )
    )
    assert public.exempt == ()
    # A note meant for everyone is not exempt.
    shared = services.packs.content(
        PackRequest(
            meeting_id=meeting_id,
            covering_note="Welcome to the board.",
            covering_note_members_only=False,
        )
    )
    assert shared.exempt_part(SectionKey.COVER) is None


def test_a_section_drawing_on_a_small_local_figure_is_exempt(services: Services) -> None:
    sections = (SectionKey.AT_A_GLANCE, SectionKey.CHILDREN_IN_CARE, SectionKey.CARE_LEAVERS)
    before = services.packs.content(PackRequest(sections=sections))
    assert before.exempt == ()  # the published report's small counts are public already
    outcomes = services.outcomes
    figure = outcomes.parse_figure(
        {
            "key": "care-leavers-university",
            "as_at": "2015-03-31",
            "value": "3",
            "document": "Leaving care team caseload, March 2015",
        }
    )
    outcomes.record_figure("care-leavers-university", figure)
    after = services.packs.content(PackRequest(sections=sections))
    assert [(p.section, p.holds) for p in after.exempt] == [
        (SectionKey.CARE_LEAVERS, SMALL_FIGURES)
    ]


def test_without_a_chosen_paragraph_the_usual_one_is_cited_and_the_officer_told(
    services: Services,
) -> None:
    meeting_id = _meeting(services, MeetingArrangements())
    content = services.packs.content(PackRequest(meeting_id=meeting_id))
    assert content.exempt_paragraph is ExemptParagraph.INDIVIDUAL
    assert gaps(content) == [
        'No start time is recorded for the meeting: the front sheet says "To be confirmed".',
        'No venue is recorded for the meeting: the front sheet says "To be confirmed".',
        "No membership is recorded for the meeting: the front sheet leaves it out.",
        "No clerk or contact is recorded for the meeting: the front sheet asks readers to "
        "contact the council's democratic services team.",
        "No paragraph of Schedule 12A is chosen for the meeting: the exempt items cite "
        "paragraph 1 (information about a particular person).",
    ]
    public = services.packs.content(
        PackRequest(meeting_id=meeting_id, audience=PackAudience.PUBLIC)
    )
    assert gaps(public)[-1] == (
        "No contact for other formats is recorded for the meeting: the front sheet asks "
        "readers to contact the council's democratic services team."
    )


def test_a_new_meeting_can_start_with_its_committees_last_particulars(services: Services) -> None:
    assert services.meetings.last_arrangements(BOARD) == MeetingArrangements()
    _meeting(services)
    assert services.meetings.last_arrangements(BOARD) == PAPERS
    assert services.meetings.last_arrangements("Scrutiny Panel") == MeetingArrangements()
