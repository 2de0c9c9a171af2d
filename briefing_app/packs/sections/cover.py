"""The cover: who the pack is for, when, from which council, and how to handle it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.packs.layout import Kit
from briefing_app.packs.paragraphs import SectionHeading
from briefing_app.packs.sections import section_key
from briefing_app.packs.styles import FRAME_WIDTH, MARKING_INK, NOTE_FILL, RULE
from briefing_app.packs.tables import LayoutTable

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def _boxed(kit: Kit, flowables: list[Flowable], *, fill: object, border: object) -> LayoutTable:
    return kit.layout_table(
        [[flowables]],
        [FRAME_WIDTH],
        [
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("BOX", (0, 0), (-1, -1), 1, border),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ],
    )


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    styles = kit.styles
    cover = content.cover
    audience = content.audience
    marking = _boxed(
        kit,
        [kit.para(audience.marking, styles.cover_marking)],
        fill=None,
        border=MARKING_INK,
    )
    details = [
        kit.para(cover.authority, styles.cover_detail),
        kit.para(f"Pack for {long_date(content.pack_date)}", styles.cover_detail),
    ]
    if cover.meeting_title:
        details.insert(1, kit.para(cover.meeting_title, styles.cover_detail))
    items: list[Flowable] = [
        marking,
        kit.space(28 * mm),
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
        kit.space(4 * mm),
        kit.para(cover.committee, styles.cover_subtitle),
        kit.space(2 * mm),
        *details,
        kit.space(14 * mm),
        _boxed(
            kit,
            [
                kit.subheading(audience.label, 2, styles.h3),
                kit.para(audience.handling, styles.body),
            ],
            fill=None,
            border=RULE,
        ),
    ]
    if cover.covering_note:
        items += [
            kit.space(8 * mm),
            _boxed(
                kit,
                [
                    kit.subheading("A note for readers", 2, styles.h3),
                    *[kit.para(line) for line in cover.covering_note.splitlines() if line.strip()],
                ],
                fill=NOTE_FILL,
                border=RULE,
            ),
        ]
    items += [
        kit.space(10 * mm),
        kit.para(
            f"Made on {long_date(content.created)} by Corporate Parenting Briefing, from the "
            "information held in the app on that day.",
            styles.small,
        ),
    ]
    return items
