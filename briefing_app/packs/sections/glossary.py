"""The glossary: every acronym and piece of jargon this pack uses, and what it means."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit
from briefing_app.packs.styles import FRAME_WIDTH

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

TERM_COLUMN = 24 * mm
STANDS_FOR_COLUMN = 55 * mm


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    styles = kit.styles
    items: list[Flowable] = [
        kit.heading(SectionKey.GLOSSARY.title, key=section_key(SectionKey.GLOSSARY)),
    ]
    if not content.glossary:
        items.append(kit.para("This pack uses none of the acronyms in the app's glossary."))
        return items
    items += [
        kit.para("The short forms and special terms this pack uses, and what they mean."),
        kit.table(
            ["Term", "Stands for", "What it means"],
            [
                [kit.para(t.term, styles.cell_bold), t.stands_for, t.meaning]
                for t in content.glossary
            ],
            [TERM_COLUMN, STANDS_FOR_COLUMN, FRAME_WIDTH - TERM_COLUMN - STANDS_FOR_COLUMN],
            row_headers=True,
        ),
        kit.source("the app's glossary (data/glossary.csv), written in plain English."),
    ]
    return items
