"""What every section renderer is given (``Kit``): its styles and the helpers that make
tagged paragraphs (``packs/paragraphs.py``), tables (``packs/tables.py``) and headings;
and keeping a closing group (notes, lines for notes) on a page with what it follows.
Numbered notes (``packs/notes.py``) are made from a kit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.doctemplate import FrameBreak, NullActionFlowable

from briefing_app.packs.numbering import LateNumbers, PageOf
from briefing_app.packs.paragraphs import (
    CellParagraph,
    LineCell,
    ListParagraph,
    P,
    SectionHeading,
    esc,
    noted_paragraph,
    plain_paragraph,
)
from briefing_app.packs.styles import FRAME_HEIGHT, PackStyles
from briefing_app.packs.tables import Cell, DataTable, LayoutTable, data_table
from briefing_app.packs.tagging import Node, Structure

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas


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
    from where it is rather than starting a new page.

    A group kept together inside it (the notes) counts as its own flowables: reportlab's
    own groups say they are endlessly tall, so one nested in another would always push
    the whole to a new page.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:
        content: list[Flowable] = list(self._content)  # type: ignore[attr-defined]
        height = _height(content, aW, self.canv)
        if height > FRAME_HEIGHT:
            # Longer than a page: it flows on from here; the groups inside keep their own.
            return [NullActionFlowable(), *content]
        flat = _flattened(content)
        frame = getattr(self, "_frame", None)
        if height <= aH or getattr(frame, "_atTop", False):
            return [NullActionFlowable(), *flat]
        return [FrameBreak(), *flat]


def _flattened(flowables: Sequence[Flowable]) -> list[Flowable]:
    found: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            found += _flattened(flowable._content)  # type: ignore[attr-defined]
        else:
            found.append(flowable)
    return found


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

    def tagged(self, paragraph: P, role: str = "P") -> P:
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
        return self.markup(esc(text) + markup, style)

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of trusted markup (bold words, note numbers)."""
        return self.tagged(noted_paragraph(markup, style or self.styles.body, CellParagraph))

    def source(self, text: str) -> Paragraph:
        return self.markup(f"Source: {esc(text)}", self.styles.source)

    def bullets(self, lines: Sequence[str]) -> list[Flowable]:
        """A bulleted list of trusted markup lines."""
        listing = self.node("L")
        items: list[Flowable] = []
        for line in lines:
            item = noted_paragraph(line, self.styles.bullet, ListParagraph, bulletText="•")
            if listing is not None:
                entry = listing.add("LI")
                item.label = entry.add("Lbl")
                item.tag = entry.add("LBody")
            items.append(item)
        return items

    def notes_prefix(self) -> str:
        """The start of the link names of a new set of numbered notes."""
        self._notes += 1
        return f"note-{self._notes}-"

    def coloured(self, text: str, colours: tuple[str, str], *, bold: bool = False) -> Paragraph:
        """A cell whose text takes the second colour (its background is the table's job)."""
        key = (colours[1], bold)
        style = self._coloured.get(key)
        if style is None:
            base = self.styles.cell_bold if bold else self.styles.cell
            style = base.clone(f"coloured-{len(self._coloured)}", textColor=colors.HexColor(key[0]))
            self._coloured[key] = style
        return self.tagged(plain_paragraph(text, style, CellParagraph))

    def number(self, text: str) -> LineCell:
        """A short line set right in a table cell: a number that never wraps."""
        return LineCell(text, self.styles.cell_number)

    def page_of(self, key: str) -> Flowable:
        """The page heading ``key`` starts on, linked to it (for a table cell)."""
        return PageOf(key, self.styles, self.numbers)

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
        return data_table(
            self.styles,
            self.node("Table"),
            header,
            rows,
            widths,
            extra_style=extra_style,
            row_headers=row_headers,
        )

    def layout_table(
        self, cells: list[list[Any]], widths: Sequence[float], style: Sequence[tuple[Any, ...]]
    ) -> LayoutTable:
        """A grid that only places things (a box on the cover, charts side by side)."""
        return LayoutTable(cells, widths, style)
