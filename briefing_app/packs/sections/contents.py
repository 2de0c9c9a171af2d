"""The contents page: every section, and every theme, with the page it starts on."""

from __future__ import annotations

from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from briefing_app.domain.packs import PackContent, SectionKey
from briefing_app.packs.fonts import REGULAR
from briefing_app.packs.layout import Kit
from briefing_app.packs.sections import section_key


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    styles = kit.styles
    contents = TableOfContents(
        levelStyles=[styles.toc_level0, styles.toc_level1],
        dotsMinLevel=0,
        rightColumnWidth=50,
        tableStyle=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [
        kit.heading(
            SectionKey.CONTENTS.title, key=section_key(SectionKey.CONTENTS), in_contents=False
        ),
        kit.para(
            "Page numbers are the PDF's own, so page 5 here is page 5 in any PDF reader. "
            "Each entry is also a bookmark.",
            styles.small,
        ),
        kit.space(6),
        contents,
    ]
