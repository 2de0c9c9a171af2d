"""The building blocks sections are made of: headings that bookmark themselves, tables
whose header row repeats on every page, source lines and numbered notes.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from briefing_app.domain.disclosure import SUPPRESSION_NOTE
from briefing_app.domain.packs.sections import Statement
from briefing_app.packs.fonts import REGULAR
from briefing_app.packs.numbering import LateNumbers
from briefing_app.packs.styles import HEADER_FILL, RULE, STRIPE_FILL, PackStyles

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

# Tables longer than this are built as LongTable, which lays out long runs of rows faster.
LONG_TABLE_ROWS = 0

Cell = str | Flowable


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
    """A paragraph that remembers how it broke into lines at a given width.

    A table measures every cell to size its rows, measures again when it splits across a
    page, and again to draw; a group kept together is measured before it is placed. The
    lines depend only on the width, so breaking them once is enough. Every paragraph of
    a pack but its headings is one of these.
    """

    _wrapped: tuple[float, float, Any] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self._wrapped
        if cached is not None and cached[0] == availWidth:
            self.width, self.height, self.blPara = cached
            return availWidth, cached[1]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, height, self.blPara)
        return width, height


class SectionHeading(Paragraph):
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
    """Ruled lines to write notes on by hand."""

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
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for number in range(1, self.count + 1):
            y = self.height - number * self.gap
            canvas.line(0, y, self.width, y)


class Notes:
    """A section's numbered notes: each source gets one number, however often it is cited."""

    def __init__(self, kit: Kit) -> None:
        self._kit = kit
        self._numbers: dict[str, int] = {}

    def mark(self, source: str) -> str:
        """Paragraph markup for the note number of ``source`` (added if it is new)."""
        number = self._numbers.setdefault(source, len(self._numbers) + 1)
        return f"<super>{number}</super>"

    def statement(self, statement: Statement) -> str:
        """A sentence's markup followed by its source's note (and the hidden-number note)."""
        markup = esc(statement.text) + self.mark(statement.source)
        if statement.suppressed:
            markup += self.hidden()
        return markup

    def hidden(self) -> str:
        """The note explaining the mark of a hidden number."""
        return self.mark(SUPPRESSION_NOTE)

    def __len__(self) -> int:
        return len(self._numbers)

    def flowables(self) -> list[Flowable]:
        if not self._numbers:
            return []
        styles = self._kit.styles
        items: list[Flowable] = [Paragraph("Notes", styles.h3)]
        items += [
            Paragraph(f"{number}. {esc(source)}", styles.note)
            for source, number in self._numbers.items()
        ]
        return [KeepTogether(items[:3]), *items[3:]]


class Kit:
    """What every section renderer is given: the styles and helpers to make flowables."""

    def __init__(self, styles: PackStyles, numbers: LateNumbers) -> None:
        self.styles = styles
        self.numbers = numbers
        self._coloured: dict[tuple[str, bool], ParagraphStyle] = {}

    def heading(
        self, text: str, *, key: str, level: int = 0, in_contents: bool = True
    ) -> SectionHeading:
        style = self.styles.h1 if level == 0 else self.styles.h2
        return SectionHeading(text, style, key=key, level=level, in_contents=in_contents)

    def para(
        self, text: str, style: ParagraphStyle | None = None, *, markup: str = ""
    ) -> Paragraph:
        """A paragraph of plain ``text`` (escaped), with optional trusted ``markup`` after it."""
        if not markup:
            return plain_paragraph(text, style or self.styles.body, CellParagraph)
        return CellParagraph(esc(text) + markup, style or self.styles.body)

    def source(self, text: str) -> Paragraph:
        return CellParagraph(f"Source: {esc(text)}", self.styles.source)

    def bullets(self, lines: Sequence[str]) -> list[Flowable]:
        return [CellParagraph(line, self.styles.bullet, bulletText="•") for line in lines]

    def notes(self) -> Notes:
        return Notes(self)

    def coloured(self, text: str, colours: tuple[str, str], *, bold: bool = False) -> Paragraph:
        """A cell whose text takes the second colour (its background is the table's job)."""
        key = (colours[1], bold)
        style = self._coloured.get(key)
        if style is None:
            base = self.styles.cell_bold if bold else self.styles.cell
            style = base.clone(f"coloured-{len(self._coloured)}", textColor=colors.HexColor(key[0]))
            self._coloured[key] = style
        return plain_paragraph(text, style, CellParagraph)

    def space(self, height: float) -> Spacer:
        return Spacer(1, height)

    def cell(self, value: Cell) -> Flowable:
        if isinstance(value, Flowable):
            return value
        return plain_paragraph(value, self.styles.cell, CellParagraph)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        extra_style: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A table that breaks across pages with its header row repeated on each.

        With an empty ``header`` the table has no header row (a list of labels and values).
        """
        data: list[list[Flowable]] = []
        if header:
            data.append(
                [plain_paragraph(text, self.styles.header_cell, CellParagraph) for text in header]
            )
        first = 1 if header else 0
        data += [[self.cell(value) for value in row] for row in rows]
        kind = LongTable if len(rows) > LONG_TABLE_ROWS else Table
        table = kind(data, colWidths=list(widths), repeatRows=first, hAlign="LEFT")
        commands: list[Any] = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, first), (-1, -1), 0.4, RULE),
            ("ROWBACKGROUNDS", (0, first), (-1, -1), [None, STRIPE_FILL]),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        if header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 1, RULE),
            ]
        commands += extra_style
        table.setStyle(TableStyle(commands))
        return table
