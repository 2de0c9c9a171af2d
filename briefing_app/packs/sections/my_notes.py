"""A member's own notes on a briefing, printed for themselves: each note, what it is on,
and whether that is still in the briefing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit
from briefing_app.packs.styles import FRAME_WIDTH

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

WHERE = 34 * mm
TARGET = 52 * mm
WRITTEN = 26 * mm


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    notes = content.my_notes
    if notes is None:
        return []
    styles = kit.styles
    items: list[Flowable] = [
        kit.heading(SectionKey.MY_NOTES.title, key=section_key(SectionKey.MY_NOTES)),
        kit.para(
            f"Your own notes on the briefing: {notes.briefing}. They are kept in your notes "
            f"file ({notes.notes_file}), never in the briefing file. A note on something "
            "the briefing no longer holds is kept, and says so.",
            styles.lead,
        ),
    ]
    if not notes.lines:
        items.append(kit.para("You have no notes yet."))
        return items
    items.append(
        kit.table(
            ["Where", "On", "Note", "Written"],
            [
                [
                    line.where,
                    kit.para(line.target, styles.small),
                    line.text or f"({line.kind.replace('-', ' ')})",
                    long_date(line.written),
                ]
                for line in notes.lines
            ],
            [WHERE, TARGET, FRAME_WIDTH - WHERE - TARGET - WRITTEN, WRITTEN],
        )
    )
    items.append(kit.source(f"your notes file, {notes.notes_file}."))
    return items
