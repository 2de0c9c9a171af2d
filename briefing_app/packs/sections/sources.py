"""Sources and caveats: where everything in the pack comes from, and how far to trust it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.domain.disclosure import SUPPRESSION_NOTE
from briefing_app.domain.packs.content import PackAudience, PackContent, SectionKey
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit
from briefing_app.packs.paragraphs import esc

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    sources = content.sources
    if sources is None:
        return []
    items: list[Flowable] = [
        kit.heading(SectionKey.SOURCES.title, key=section_key(SectionKey.SOURCES)),
        kit.subheading("Where the information comes from", 2),
    ]
    for entry in sources.sources:
        items += [kit.subheading(entry.name, 3), kit.para(entry.detail)]
    caveats = list(sources.caveats)
    if content.audience is PackAudience.PUBLIC or content.has_suppressed:
        caveats.append(SUPPRESSION_NOTE)
    if caveats:
        items.append(kit.subheading("Caveats", 2))
        items += kit.bullets([esc(caveat) for caveat in caveats])
    return items
