"""The contents page: every section (with its item number), and every theme, with the
page it starts on.

The lines are known before the pack is laid out (they come from the content); the page
numbers are filled in at the end (see ``packs/numbering.py``). Each line is a link to
its section, tagged as a link in the contents' structure (TOC, TOCI); the dotted
leaders are decoration.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.domain.packs.papers import item_numbers
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit
from briefing_app.packs.numbering import LateNumbers
from briefing_app.packs.paragraphs import ContentsEntry, fit_text
from briefing_app.packs.sections import contents_entries
from briefing_app.packs.styles import PackStyles
from briefing_app.packs.tagging import Node, marker_of

NUMBER_COLUMN = 36.0
LEVEL_INDENT = 16.0
GAP = 6.0


class ContentsLine(Flowable):
    """A contents line: the title, a dotted leader, and its page number on the right."""

    def __init__(
        self,
        entry: ContentsEntry,
        styles: PackStyles,
        numbers: LateNumbers,
        link: Node | None = None,
    ) -> None:
        super().__init__()
        self.entry = entry
        self.style = styles.toc_level0 if entry.level == 0 else styles.toc_level1
        self.numbers = numbers
        self.link = link

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.style.leading
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        font, size = style.fontName, style.fontSize
        left = self.entry.level * LEVEL_INDENT
        right = self.width
        baseline = (self.height - size) / 2 + size * 0.2
        room = right - left - NUMBER_COLUMN - GAP
        title = fit_text(self.entry.title, font, size, room)
        marker = marker_of(canvas)
        if marker is not None and self.link is not None:
            marker.begin(canvas, self.link)
        canvas.setFont(font, size)
        canvas.setFillColor(style.textColor)
        canvas.drawString(left, baseline, title)
        start = left + stringWidth(title, font, size) + GAP
        end = right - NUMBER_COLUMN + GAP
        dots = int((end - start) // stringWidth(" .", font, size))
        if dots > 0:
            if marker is not None:
                marker.begin_artifact(canvas, "Layout")
            canvas.drawRightString(end, baseline, " ." * dots)
            if marker is not None:
                marker.end_artifact(canvas)
        self.numbers.draw_page_of(canvas, self.entry.key, right, baseline, size)
        canvas.linkRect("", self.entry.key, (left, 0, right, self.height), relative=1)
        if marker is not None:
            marker.end(canvas)


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    numbers = item_numbers(content)
    entries: list[tuple[ContentsEntry, str]] = []  # each line, and what it leads to
    for key in content.sections:
        if key.always_included:
            continue
        for entry in contents_entries(key, content):
            shown = entry
            if entry.level == 0 and key in numbers:
                shown = replace(entry, title=f"{numbers[key]}. {entry.title}")
            entries.append((shown, entry.title))
    items: list[Flowable] = [
        kit.heading(
            SectionKey.CONTENTS.title, key=section_key(SectionKey.CONTENTS), in_contents=False
        ),
        kit.para(
            "Page numbers are the PDF's own, so page 5 here is page 5 in any PDF reader. "
            "Each line is a link to its section, and each section is also a bookmark.",
            kit.styles.small,
        ),
        kit.space(6),
    ]
    toc = kit.node("TOC")
    for entry, title in entries:
        link = None
        if toc is not None:
            link = toc.add("TOCI").add("Link")
            kit.describe(entry.key, f"Go to {title}")
        items.append(ContentsLine(entry, kit.styles, kit.numbers, link))
    return items
