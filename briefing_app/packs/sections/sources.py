"""Sources and caveats: where everything in the pack comes from, and how far to trust it."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from briefing_app.domain.disclosure import SUPPRESSION_NOTE
from briefing_app.domain.packs.content import PackAudience, PackContent, SectionKey
from briefing_app.packs.layout import Kit, esc
from briefing_app.packs.sections import section_key


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    sources = content.sources
    if sources is None:
        return []
    styles = kit.styles
    items: list[Flowable] = [
        kit.heading(SectionKey.SOURCES.title, key=section_key(SectionKey.SOURCES)),
        Paragraph("Where the information comes from", styles.h2),
    ]
    for entry in sources.sources:
        items += [Paragraph(esc(entry.name), styles.h3), kit.para(entry.detail)]
    caveats = list(sources.caveats)
    if content.audience is PackAudience.PUBLIC or content.has_suppressed:
        caveats.append(SUPPRESSION_NOTE)
    if caveats:
        items.append(Paragraph("Caveats", styles.h2))
        items += kit.bullets([esc(caveat) for caveat in caveats])
    return items
