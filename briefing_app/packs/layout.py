"""The building blocks sections are made of: paragraphs, headings that bookmark
themselves, lists and ruled lines, each tagged for the pack's structure tree (see
``packs/tagging.py``). Tables are in ``packs/tables.py``, numbered notes in
``packs/notes.py``; ``Kit`` hands all of them to the section renderers.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.doctemplate import ActionFlowable, NullActionFlowable
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from briefing_app.packs.numbering import LateNumbers
from briefing_app.packs.styles import FRAME_HEIGHT, RULE, PackStyles
from briefing_app.packs.tagging import Node, Structure, marker_of

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

    from briefing_app.packs.notes import Notes
    from briefing_app.packs.tables import Cell, DataTable, LayoutTable


def esc(text: str) -> str:
    """Text made safe for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


_P = TypeVar("_P", bound=Paragraph)
# For each style, the fragment reportlab's markup parser makes of plain text in it.
_PLAIN_FRAGMENTS: weakref.WeakKeyDictionary[ParagraphStyle, ParaFrag] = weakref.WeakKeyDictionary()


def plain_paragraph(text: str, style: ParagraphStyle, kind: type[_P]) -> _P:
    """A paragraph of ``text``, which holds no markup, made without parsing it.

    Most of a pack's paragraphs are table cells of plain words; parsing each as markup
    costs more than laying it out. The parser makes one fragment of plain text, with the
    style's font and colour: that fragment is made once per style and copied.
    """
    if not text.strip() or "<" in text or "&" in text:
        return kind(esc(text), style)
    template = _PLAIN_FRAGMENTS.get(style)
    if template is None:
        _style, fragments, _bullet = ParaParser().parse("x", style)  # type: ignore[no-untyped-call]
        if not fragments or len(fragments) != 1:
            return kind(text, style)
        template = _PLAIN_FRAGMENTS[style] = fragments[0]
    return kind(text, style, frags=[template.clone(text=cleanBlockQuotedText(text))])


@dataclass(frozen=True)
class ContentsEntry:
    """One line of the contents: a heading's level, its words and its bookmark."""

    level: int
    title: str
    key: str


class CellParagraph(Paragraph):
    """A paragraph tagged as its node (``tag``), which remembers how it broke into lines.

    A table measures every cell to size its rows, measures again when it splits across a
    page, and again to draw; a group kept together is measured before it is placed. The
    lines depend only on the width, so breaking them once is enough. Every paragraph of
    a pack is one of these. ``anchor``, when set, names a destination at its top (a
    note that links lead to).
    """

    tag: Node | None = None
    anchor = ""
    _wrapped: tuple[float, float, Any] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self._wrapped
        if cached is not None and cached[0] == availWidth:
            self.width, self.height, self.blPara = cached
            return availWidth, cached[1]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, height, self.blPara)
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for number, part in enumerate(parts):
            if part is not self and isinstance(part, CellParagraph):
                self._hand_on(part, first=number == 0)
        return parts

    def _hand_on(self, part: CellParagraph, *, first: bool) -> None:
        """Give a part of this paragraph split across pages what it needs to draw."""
        part.tag = self.tag
        if first:
            part.anchor = self.anchor

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        marker = marker_of(canvas)
        first = self.first_tag()
        if marker is None or first is None:
            super().drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]
            return
        marker.begin(canvas, first)
        super().drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]
        marker.end(canvas)

    def first_tag(self) -> Node | None:
        """The node whose content is drawn first."""
        return self.tag

    def draw(self) -> None:
        if self.anchor:
            self.canv.bookmarkHorizontal(self.anchor, 0, self.height)
        super().draw()


class ListParagraph(CellParagraph):
    """A list item: its bullet tagged as the label (Lbl), its words as the body (LBody)."""

    label: Node | None = None

    def first_tag(self) -> Node | None:
        return self.label if self.bulletText and self.label is not None else self.tag

    def beginText(self, x: float = 0, y: float = 0) -> PDFTextObject:
        # The bullet has been drawn: what follows is the item's body.
        marker = marker_of(self.canv)
        if marker is not None and self.tag is not None and marker.current is self.label:
            marker.begin(self.canv, self.tag)
        return super().beginText(x, y)

    def _hand_on(self, part: CellParagraph, *, first: bool) -> None:
        super()._hand_on(part, first=first)
        if first and isinstance(part, ListParagraph):
            part.label = self.label


class SectionHeading(CellParagraph):
    """A heading that adds itself to the bookmarks and, if ``in_contents``, the contents."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        key: str,
        level: int,
        in_contents: bool = True,
        bookmark: str = "",
    ) -> None:
        super().__init__(esc(text), style)
        self.plain_text = bookmark or text
        self.bookmark_key = key
        self.outline_level = level
        self.in_contents = in_contents


class RuledLines(Flowable):
    """Ruled lines to write notes on by hand: decoration, not content."""

    def __init__(self, count: int, gap: float = 8 * mm) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.gap
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        marker = marker_of(canvas)
        if marker is not None:
            marker.begin_artifact(canvas, "Layout")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for number in range(1, self.count + 1):
            y = self.height - number * self.gap
            canvas.line(0, y, self.width, y)
        if marker is not None:
            marker.end_artifact(canvas)


def keep_with_end(items: list[Flowable], ending: Sequence[Flowable]) -> None:
    """Add ``ending`` to ``items`` kept on a page with the last item (and any heading just
    before it), so notes or lines for notes never start a page on their own."""
    if not ending:
        return
    if not items:
        items += ending
        return
    tail = [items.pop()]
    while items and items[-1].getKeepWithNext():  # type: ignore[no-untyped-call]
        tail.insert(0, items.pop())
    items.append(_KeepIfItFits([*tail, *ending]))


def _height(flowables: Sequence[Flowable], width: float, canvas: Canvas) -> float:
    """The height ``flowables`` take on an empty page (a group kept together says only
    that it must be split, so its own flowables are measured)."""
    total = 0.0
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            total += _height(flowable._content, width, canvas)  # type: ignore[attr-defined]
        else:
            total += flowable.wrapOn(canvas, width, FRAME_HEIGHT)[1]
            total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


class _KeepIfItFits(KeepTogether):
    """Kept together when it fits on a page; longer (a table of many pages), it flows on
    from where it is rather than starting a new page."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        too_tall = _height(self._content, aW, self.canv) > FRAME_HEIGHT  # type: ignore[attr-defined]
        parts: list[Flowable] = super().split(aW, aH)
        if too_tall and parts and isinstance(parts[0], ActionFlowable):
            parts[0] = NullActionFlowable()
        return parts


class Kit:
    """What every section renderer is given: the styles and helpers to make flowables.

    With a ``structure``, each helper gives what it makes its place in the pack's
    structure tree; without one the pack is printed untagged.
    """

    def __init__(
        self, styles: PackStyles, numbers: LateNumbers, structure: Structure | None = None
    ) -> None:
        self.styles = styles
        self.numbers = numbers
        self.structure = structure
        self._coloured: dict[tuple[str, bool], ParagraphStyle] = {}
        self._notes = 0

    def node(self, role: str) -> Node | None:
        """A node for content about to be made, or None in an untagged pack."""
        return None if self.structure is None else self.structure.node(role)

    def tagged(self, paragraph: _P, role: str = "P") -> _P:
        if isinstance(paragraph, CellParagraph):
            paragraph.tag = self.node(role)
        return paragraph

    def describe(self, destination: str, description: str) -> None:
        """What a link to ``destination`` leads to, for readers who cannot see it."""
        if self.structure is not None:
            self.structure.descriptions[destination] = description

    def heading(
        self, text: str, *, key: str, level: int = 0, in_contents: bool = True
    ) -> SectionHeading:
        """A bookmarked heading: level 0 is a section (H1), level 1 a part of one (H2)."""
        style = self.styles.h1 if level == 0 else self.styles.h2
        heading = SectionHeading(text, style, key=key, level=level, in_contents=in_contents)
        return self.tagged(heading, f"H{level + 1}")

    def subheading(self, text: str, level: int, style: ParagraphStyle | None = None) -> Paragraph:
        """A heading not in the bookmarks, tagged H``level`` (2 or 3) wherever it sits."""
        style = style or (self.styles.h2 if level == 2 else self.styles.h3)
        return self.tagged(plain_paragraph(text, style, CellParagraph), f"H{level}")

    def para(
        self, text: str, style: ParagraphStyle | None = None, *, markup: str = ""
    ) -> Paragraph:
        """A paragraph of plain ``text`` (escaped), with optional trusted ``markup`` after it."""
        if not markup:
            return self.tagged(plain_paragraph(text, style or self.styles.body, CellParagraph))
        return self.tagged(CellParagraph(esc(text) + markup, style or self.styles.body))

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of trusted markup (bold words, note numbers)."""
        return self.tagged(CellParagraph(markup, style or self.styles.body))

    def source(self, text: str) -> Paragraph:
        return self.markup(f"Source: {esc(text)}", self.styles.source)

    def bullets(self, lines: Sequence[str]) -> list[Flowable]:
        """A bulleted list of trusted markup lines."""
        listing = self.node("L")
        items: list[Flowable] = []
        for line in lines:
            item = ListParagraph(line, self.styles.bullet, bulletText="•")
            if listing is not None:
                entry = listing.add("LI")
                item.label = entry.add("Lbl")
                item.tag = entry.add("LBody")
            items.append(item)
        return items

    def notes(self) -> Notes:
        from briefing_app.packs.notes import Notes

        self._notes += 1
        return Notes(self, f"note-{self._notes}-")

    def coloured(self, text: str, colours: tuple[str, str], *, bold: bool = False) -> Paragraph:
        """A cell whose text takes the second colour (its background is the table's job)."""
        key = (colours[1], bold)
        style = self._coloured.get(key)
        if style is None:
            base = self.styles.cell_bold if bold else self.styles.cell
            style = base.clone(f"coloured-{len(self._coloured)}", textColor=colors.HexColor(key[0]))
            self._coloured[key] = style
        return self.tagged(plain_paragraph(text, style, CellParagraph))

    def space(self, height: float) -> Spacer:
        return Spacer(1, height)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        extra_style: Sequence[tuple[Any, ...]] = (),
        row_headers: bool = False,
    ) -> DataTable:
        from briefing_app.packs.tables import data_table

        return data_table(
            self, header, rows, widths, extra_style=extra_style, row_headers=row_headers
        )

    def layout_table(
        self, cells: list[list[Any]], widths: Sequence[float], style: Sequence[tuple[Any, ...]]
    ) -> LayoutTable:
        """A grid that only places things (a box on the cover, charts side by side)."""
        from briefing_app.packs.tables import LayoutTable

        return LayoutTable(cells, widths, style)
