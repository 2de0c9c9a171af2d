"""The front sheet, as a council's agenda pack opens: the meeting, its date, time and
venue, the committee's members, the clerk's contact and when the papers were issued;
how to handle the pack (and, in a public pack, how to ask for it in another format);
then the agenda, each item with the page its paper starts on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from briefing_app.domain.dates import clock_time, day_and_date, long_date
from briefing_app.domain.packs.content import PackAudience, PackContent, SectionKey
from briefing_app.domain.packs.papers import DEMOCRATIC_SERVICES, agenda
from briefing_app.domain.wording import joined
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit
from briefing_app.packs.papers import agenda_flowables, exempt_words
from briefing_app.packs.paragraphs import SectionHeading, esc
from briefing_app.packs.styles import FRAME_WIDTH, MARKING_INK, NOTE_FILL, RULE
from briefing_app.packs.tables import Cell, LayoutTable

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

LABEL = 30 * mm
TO_BE_CONFIRMED = "To be confirmed"
PUBLIC_DOCUMENT_PACK = "Public Document Pack"


def _boxed(kit: Kit, flowables: list[Flowable], *, fill: object, border: object) -> LayoutTable:
    return kit.layout_table(
        [[flowables]],
        [FRAME_WIDTH],
        [
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("BOX", (0, 0), (-1, -1), 1, border),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ],
    )


def _details(content: PackContent, kit: Kit) -> Flowable:
    """The meeting's particulars, one a row, each headed by what it is."""
    sheet = content.front_sheet
    issued = "Published" if content.audience is PackAudience.PUBLIC else "Issued"
    rows: list[list[Cell]] = []
    if sheet is None:
        rows.append(["Date", day_and_date(content.pack_date)])
    else:
        papers = sheet.arrangements
        rows += [
            ["Date", day_and_date(sheet.meeting_date)],
            ["Time", clock_time(papers.start) if papers.start else TO_BE_CONFIRMED],
            ["Venue", papers.venue or TO_BE_CONFIRMED],
        ]
        if papers.membership:
            rows.append(["Membership", ", ".join(papers.membership)])
        contact = [esc(part) for part in (papers.clerk, papers.clerk_contact) if part]
        rows.append(
            [
                "Contact",
                kit.markup("<br/>".join(contact), kit.styles.cell)
                if contact
                else f"Ask {DEMOCRATIC_SERVICES}",
            ]
        )
    rows.append([issued, long_date(content.created)])
    return kit.table([], rows, [LABEL, FRAME_WIDTH - LABEL], row_headers=True)


def _handling(content: PackContent, kit: Kit) -> list[Flowable]:
    """How to handle the pack; in a members' pack, which items are exempt and why."""
    audience = content.audience
    inside: list[Flowable] = [
        kit.subheading(audience.label, 2, kit.styles.h3),
        kit.para(audience.handling),
    ]
    exempt = [item for item in agenda(content) if item.exempt]
    if exempt:
        numbers = joined([str(item.number) for item in exempt])
        items = "Item" if len(exempt) == 1 else "Items"
        paragraph = content.exempt_paragraph
        inside.append(
            kit.para(
                f"{items} {numbers} of the agenda {'is' if len(exempt) == 1 else 'are'} not for "
                f"publication by virtue of {paragraph.citation}: "
                f"{paragraph.wording[0].lower()}{paragraph.wording[1:]} In plain English: "
                f"{paragraph.meaning[0].lower()}{paragraph.meaning[1:]} The public pack "
                "leaves that information out.",
                kit.styles.body,
            )
        )
    found: list[Flowable] = [_boxed(kit, inside, fill=None, border=RULE)]
    if audience is PackAudience.PUBLIC:
        sheet = content.front_sheet
        contact = sheet.arrangements.format_contact if sheet is not None else ""
        found += [
            kit.space(4 * mm),
            _boxed(
                kit,
                [
                    kit.subheading("This pack in another format", 2, kit.styles.h3),
                    kit.para(
                        "If you need this pack in another format, such as large print, "
                        "Braille, audio, easy read or another language, contact "
                        f"{contact or DEMOCRATIC_SERVICES}.",
                    ),
                ],
                fill=None,
                border=RULE,
            ),
        ]
    return found


def _covering_note(content: PackContent, kit: Kit) -> list[Flowable]:
    note = content.cover.covering_note
    if not note:
        return []
    inside: list[Flowable] = [kit.subheading("A note for readers", 2, kit.styles.h3)]
    part = content.exempt_part(SectionKey.COVER)
    if part is not None:
        inside.append(kit.para(exempt_words(content, part), kit.styles.exempt_small))
    inside += [kit.para(line) for line in note.splitlines() if line.strip()]
    return [kit.space(4 * mm), _boxed(kit, inside, fill=NOTE_FILL, border=RULE)]


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    styles = kit.styles
    cover = content.cover
    items: list[Flowable] = []
    if content.audience is PackAudience.PUBLIC:
        items.append(kit.para(PUBLIC_DOCUMENT_PACK, styles.public_document_pack))
    items += [
        _boxed(
            kit,
            [kit.para(content.audience.marking, styles.cover_marking)],
            fill=None,
            border=MARKING_INK,
        ),
        kit.space(10 * mm),
        kit.para(cover.authority, styles.cover_detail),
        kit.para(cover.committee, styles.cover_subtitle),
        kit.tagged(
            SectionHeading(
                cover.title,
                styles.cover_title,
                key=section_key(SectionKey.COVER),
                level=0,
                in_contents=False,
                bookmark=SectionKey.COVER.title,
            ),
            "H1",
        ),
    ]
    if cover.meeting_title:
        items.append(kit.para(cover.meeting_title, styles.cover_detail))
    items += [
        kit.space(5 * mm),
        _details(content, kit),
        kit.space(5 * mm),
        *_handling(content, kit),
        *_covering_note(content, kit),
        # The front sheet has a page of its own; the agenda follows.
        PageBreak(),
        *agenda_flowables(content, kit),
        kit.space(6 * mm),
        kit.para(
            f"Made on {long_date(content.created)} by Corporate Parenting Briefing, from the "
            "information held in the app on that day.",
            styles.small,
        ),
    ]
    return items
