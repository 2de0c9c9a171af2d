"""What makes a pack read like a committee's papers: its front sheet and its agenda.

A pack for a meeting opens as a council's agenda pack does: a front sheet with the
meeting, its date, time and venue, the committee's membership, the clerk's contact and
the day the papers were published, then the agenda. The agenda starts with the usual
items (apologies, declarations of interest, the last meeting's minutes) and gives each
part of the briefing an item of its own, whose number is printed at the top of each of
its pages. The glossary and the sources are there for reference, not for discussion.

A members' pack marks each item holding what the public pack leaves out as exempt
information, with the paragraph of Schedule 12A the officer chose (``ExemptPart``). A
pack not tied to a meeting the app holds still numbers its items; its front sheet gives
only the date.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import PackAudience, PackContent, SectionKey
from briefing_app.domain.packs.sections import FrontSheet

# Sections printed for reference, not discussed as items of business.
REFERENCE = frozenset({SectionKey.GLOSSARY, SectionKey.SOURCES})
# Sections that frame a pack rather than being items of it.
FRAME = frozenset({SectionKey.COVER, SectionKey.CONTENTS, SectionKey.RECORD})

PURPOSES = {
    SectionKey.AT_A_GLANCE: "Ofsted's grades, and the few things that matter most.",
    SectionKey.CHILDREN_IN_CARE: "How the council's children in care are doing.",
    SectionKey.CARE_LEAVERS: "How young people who have left the council's care are doing.",
    SectionKey.FINDINGS: "What the inspectors found, theme by theme, in the report's words.",
    SectionKey.QUESTIONS: "The questions chosen for this meeting, with what each rests on.",
    SectionKey.ACTIONS: "What was promised at earlier meetings and is not done yet.",
    SectionKey.TRAINING: "Whether members' training is up to date.",
    SectionKey.GLOSSARY: "The acronyms and terms this pack uses.",
    SectionKey.SOURCES: "Where everything in this pack comes from, and what to bear in mind.",
}
DEMOCRATIC_SERVICES = "the council's democratic services team"


@dataclass(frozen=True)
class AgendaItem:
    """One item of the agenda. ``number`` is None for reference material; ``section``
    is None for an item with no paper in the pack (apologies, say)."""

    number: int | None
    title: str
    purpose: str
    section: SectionKey | None = None
    exempt: bool = False

    def label(self, *, meeting: bool) -> str:
        """What the running head of the item's pages says: "Agenda item 4" in a pack for
        a meeting, "Item 4" otherwise."""
        if self.number is None:
            return "For reference"
        return f"{'Agenda item' if meeting else 'Item'} {self.number}"


def opening_items(sheet: FrontSheet) -> tuple[AgendaItem, ...]:
    """The items every meeting starts with, before any paper is discussed."""
    if sheet.last_meeting is None:
        minutes = "To agree the minutes of the last meeting as a correct record."
    else:
        minutes = (
            f"To agree the minutes of the meeting held on {long_date(sheet.last_meeting)} "
            "as a correct record."
        )
    return (
        AgendaItem(1, "Apologies for absence", "To receive apologies from members."),
        AgendaItem(
            2,
            "Declarations of interest",
            "Members are asked to declare any interest they have in an item on this "
            "agenda, and what it is.",
        ),
        AgendaItem(
            3,
            "Minutes of the last meeting",
            f"{minutes} The minutes are not part of this briefing pack.",
        ),
    )


def agenda(content: PackContent) -> tuple[AgendaItem, ...]:
    """The pack's items in order: the opening items when it is for a meeting, then an
    item for each section (numbered, unless it is for reference)."""
    items: list[AgendaItem] = []
    if content.front_sheet is not None:
        items += opening_items(content.front_sheet)
    number = len(items)
    for key in content.sections:
        if key in FRAME:
            continue
        purpose = PURPOSES.get(key, "")
        if key in REFERENCE:
            items.append(AgendaItem(None, key.title, purpose, key))
            continue
        number += 1
        exempt = content.exempt_part(key) is not None
        items.append(AgendaItem(number, key.title, purpose, key, exempt))
    return tuple(items)


def agenda_title(content: PackContent) -> str:
    return "Agenda" if content.front_sheet is not None else "In this pack"


def item_labels(content: PackContent) -> dict[SectionKey, str]:
    """What the running head says on each section's pages."""
    meeting = content.front_sheet is not None
    labels = {item.section: item.label(meeting=meeting) for item in agenda(content) if item.section}
    labels[SectionKey.COVER] = agenda_title(content)
    labels[SectionKey.CONTENTS] = SectionKey.CONTENTS.title
    return labels


def item_numbers(content: PackContent) -> dict[SectionKey, int]:
    """Each numbered section's item number."""
    return {
        item.section: item.number
        for item in agenda(content)
        if item.section is not None and item.number is not None
    }


def gaps(content: PackContent) -> list[str]:
    """What the front sheet could not say, in words for the officer who made the pack."""
    sheet = content.front_sheet
    if SectionKey.COVER not in content.sections:
        return []
    if sheet is None:
        return [
            "The pack is not for a meeting held in the app, so its front sheet gives only "
            "the date: choose a meeting to add its time, venue, membership and clerk."
        ]
    papers = sheet.arrangements
    found = []
    if papers.start is None:
        found.append(
            'No start time is recorded for the meeting: the front sheet says "To be confirmed".'
        )
    if not papers.venue.strip():
        found.append(
            'No venue is recorded for the meeting: the front sheet says "To be confirmed".'
        )
    if not papers.membership:
        found.append("No membership is recorded for the meeting: the front sheet leaves it out.")
    if not papers.clerk.strip() and not papers.clerk_contact.strip():
        found.append(
            "No clerk or contact is recorded for the meeting: the front sheet asks readers "
            f"to contact {DEMOCRATIC_SERVICES}."
        )
    if (
        content.audience is PackAudience.MEMBERS
        and content.exempt
        and (papers.exempt_paragraph is None)
    ):
        paragraph = content.exempt_paragraph
        found.append(
            "No paragraph of Schedule 12A is chosen for the meeting: the exempt items cite "
            f"paragraph {paragraph.number} ({paragraph.meaning[0].lower()}"
            f"{paragraph.meaning[1:-1]})."
        )
    if content.audience is PackAudience.PUBLIC and not papers.format_contact:
        found.append(
            "No contact for other formats is recorded for the meeting: the front sheet asks "
            f"readers to contact {DEMOCRATIC_SERVICES}."
        )
    return found
