"""The paragraphs sections are made of: plain and cell paragraphs, headings that
bookmark themselves, list items and ruled lines, each tagged for the pack's structure
tree (see ``packs/tagging.py``)."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from briefing_app.packs.styles import RULE
from briefing_app.packs.tagging import Node, Tagged, marker_of

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject


def esc(text: str) -> str:
    """Text made safe for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescaped(markup: str) -> str | None:
    """The plain text of ``markup`` that holds no tags and no entities but those ``esc``
    writes; None for any other markup."""
    if "<" in markup:
        return None
    if "&" in markup.replace("&amp;", "").replace("&lt;", "").replace("&gt;", ""):
        return None
    return markup.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# Any kind of paragraph, given back as the kind it is.
P = TypeVar("P", bound=Paragraph)
# For each style, the fragment reportlab's markup parser makes of plain text in it.
_PLAIN_FRAGMENTS: weakref.WeakKeyDictionary[ParagraphStyle, ParaFrag] = weakref.WeakKeyDictionary()


def plain_paragraph(text: str, style: ParagraphStyle, kind: type[P]) -> P:
    """A paragraph of ``text``, which holds no markup, made without parsing it.

    Most of a pack's paragraphs are table cells of plain words; parsing each as markup
    costs more than laying it out. The parser makes one fragment of plain text, with the
    style's font and colour: that fragment is made once per style and copied. (Text with
    "&" or "<" in it comes out of the parser as several such fragments, which are set
    exactly as one.)
    """
    if not text.strip():
        return kind(esc(text), style)
    template = _PLAIN_FRAGMENTS.get(style)
    if template is None:
        _style, fragments, _bullet = ParaParser().parse("x", style)  # type: ignore[no-untyped-call]
        if not fragments or len(fragments) != 1:
            return kind(text, style)
        template = _PLAIN_FRAGMENTS[style] = fragments[0]
    return kind(text, style, frags=[template.clone(text=cleanBlockQuotedText(text))])


# Markup most figures come in: words (or a bold figure) and their note numbers, as links.
_WORDS = r"(?P<bold><b>)?(?P<lead>[^<]*)(?(bold)</b>)"
_NOTED = re.compile(_WORDS + r"<super>(?P<marks>[^<]*(?:<a [^<]*</a>[^<]*)+)</super>")
_MARK = re.compile(r'<a href="(?P<href>#[^"&<>]+)">(?P<number>\d+)</a>|(?P<comma>,)')
# For each style: the fragments the parser makes of plain words, bold words, a note
# number that links and the comma between two.
_NOTED_FRAGMENTS: weakref.WeakKeyDictionary[ParagraphStyle, tuple[ParaFrag, ...]] = (
    weakref.WeakKeyDictionary()
)


def noted_paragraph(markup: str, style: ParagraphStyle, kind: type[P], **options: Any) -> P:
    """A paragraph of trusted ``markup``; words followed by their note numbers are made
    without parsing, from fragments the parser made once for the style, as
    ``plain_paragraph`` does for plain words."""
    text = unescaped(markup)
    if text is not None and not options:
        return plain_paragraph(text, style, kind)
    match = _NOTED.fullmatch(cleanBlockQuotedText(markup))
    lead = unescaped(match["lead"]) if match is not None else None
    templates = _noted_fragments(style) if lead is not None else None
    if match is None or lead is None or templates is None:
        return kind(markup, style, **options)
    plain, bold, mark, comma = templates
    frags: list[ParaFrag] = []
    if lead:
        frags.append((bold if match["bold"] else plain).clone(text=lead))
    links = 0
    for part in _MARK.finditer(match["marks"]):
        if part["comma"]:
            frags.append(comma.clone())
        else:
            frags.append(mark.clone(text=part["number"], link=[(links, part["href"])]))
            links += 1
    if "".join(f.text for f in frags[1 if lead else 0 :]) != re.sub(r"<[^>]*>", "", match["marks"]):
        return kind(markup, style, **options)  # something between the marks besides commas
    return kind(markup, style, frags=frags, **options)


def _noted_fragments(style: ParagraphStyle) -> tuple[ParaFrag, ...] | None:
    found = _NOTED_FRAGMENTS.get(style)
    if found is None:
        model = 'x<b>x</b><super><a href="#x">1</a>,</super>'
        _style, fragments, _bullet = ParaParser().parse(model, style)  # type: ignore[no-untyped-call]
        if not fragments or [f.text for f in fragments] != ["x", "x", "1", ","]:
            return None
        found = _NOTED_FRAGMENTS[style] = tuple(fragments)
    return found


@dataclass(frozen=True)
class ContentsEntry:
    """One line of the contents: a heading's level, its words and its bookmark."""

    level: int
    title: str
    key: str


class CellParagraph(Tagged, Paragraph):
    """A paragraph tagged as its node (``tag``), which remembers how it broke into lines.

    A table measures every cell to size its rows, measures again when it splits across a
    page, and again to draw; a group kept together is measured before it is placed. The
    lines depend only on the width, so breaking them once is enough. Every paragraph of
    a pack is one of these. ``anchor``, when set, names a destination at its top (a
    note that links lead to).
    """

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


class LineCell(Tagged, Flowable):
    """A table cell of one short line set right (a paragraph's number): drawn as a line of
    text, without a paragraph's line breaking, since it never needs more than one line."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = float(self.style.leading)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        font, size = style.fontName, style.fontSize
        marker = marker_of(canvas)
        if marker is not None and self.tag is not None:
            marker.begin(canvas, self.tag)
        canvas.setFont(font, size)
        canvas.setFillColor(style.textColor)
        text = fit_text(self.text, font, size, self.width)
        canvas.drawRightString(self.width, self.height - size, text)
        if marker is not None:
            marker.end(canvas)


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
