"""Page numbers printed before they are known, so a pack is laid out in one pass.

The contents page needs the page each section starts on, and every footer needs the
total ("Page 3 of 18"), before the pages after them exist. Instead of laying the pack
out twice, each such number is drawn as a named PDF form (a small reusable drawing)
that is filled in once the last page is done. The numbers are ordinary text in the PDF:
they print, display and copy out like any other. ``PageOf`` prints one in a table cell
(the agenda's page column).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from briefing_app.packs.fonts import REGULAR
from briefing_app.packs.styles import INK, MUTED, PackStyles
from briefing_app.packs.tagging import Tagged, marker_of

# Every late number is drawn right-aligned inside a box this wide, with its baseline at 0.
BOX_WIDTH = 160
BOX_BELOW = 4
BOX_ABOVE = 14
MISSING = "–"


class LateNumbers:
    """Page numbers to fill in at the end: where each heading landed, and the page count."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}
        self._references: set[tuple[str, float]] = set()
        self._footers: set[int] = set()
        self.total = 0

    def record(self, key: str, page: int) -> None:
        self.pages.setdefault(key, page)

    def draw_page_of(
        self, canvas: Canvas, key: str, right: float, baseline: float, size: float
    ) -> None:
        """The page that heading ``key`` starts on, right-aligned at ``right``."""
        self._references.add((key, size))
        _place(canvas, _reference_name(key, size), right, baseline)

    def draw_footer(self, canvas: Canvas, page: int, right: float, baseline: float) -> None:
        """ "Page ``page`` of N", right-aligned at ``right``."""
        self._footers.add(page)
        self.total = max(self.total, page)
        _place(canvas, f"pagefoot-{page}", right, baseline)

    def fill(self, canvas: Canvas, footer_size: float) -> None:
        """Define every form used. Call once, after the last page and before saving."""
        for key, size in sorted(self._references):
            number = self.pages.get(key)
            text = str(number) if number else MISSING
            _define(canvas, _reference_name(key, size), text, size, INK)
        for page in sorted(self._footers):
            _define(canvas, f"pagefoot-{page}", f"Page {page} of {self.total}", footer_size, MUTED)


def _reference_name(key: str, size: float) -> str:
    """A form for each size a heading's page is printed at (the agenda's and the
    contents' differ)."""
    return f"pageref-{key}-{size:g}".replace(".", "_")


def _place(canvas: Canvas, name: str, right: float, baseline: float) -> None:
    canvas.saveState()
    canvas.translate(right - BOX_WIDTH, baseline)
    canvas.doForm(name)
    canvas.restoreState()


def _define(canvas: Canvas, name: str, text: str, size: float, colour: Any) -> None:
    canvas.beginForm(name, lowerx=0, lowery=-BOX_BELOW, upperx=BOX_WIDTH, uppery=BOX_ABOVE)
    canvas.setFont(REGULAR, size)
    canvas.setFillColor(colour)
    canvas.drawRightString(BOX_WIDTH, 0, text)
    canvas.endForm()


class NumberingCanvas(Canvas):
    """A canvas that fills in the late numbers just before it saves the PDF."""

    def __init__(self, *args: Any, numbers: LateNumbers, footer_size: float, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._numbers = numbers
        self._footer_size = footer_size

    def save(self) -> None:
        self._numbers.fill(self, self._footer_size)
        super().save()


class PageOf(Tagged, Flowable):
    """The page a section starts on, filled in once the pack is laid out, as a link to
    the section (a table cell's content)."""

    def __init__(self, key: str, styles: PackStyles, numbers: LateNumbers) -> None:
        super().__init__()
        self.key = key
        self.style = styles.cell_number
        self.numbers = numbers

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        marker = marker_of(canvas)
        if marker is not None and self.tag is not None:
            marker.begin(canvas, self.tag)
        size = self.style.fontSize
        baseline = self.height - size
        self.numbers.draw_page_of(canvas, self.key, self.width, baseline, size)
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)
        if marker is not None:
            marker.end(canvas)
