"""Turning a ``PackContent`` into an A4 PDF with reportlab Platypus.

The document is laid out in passes (``multiBuild``): the first finds the page each
section starts on and how many pages there are, the next prints them in the contents
and in every footer ("Page 3 of 18"). Passes repeat until nothing moves, so the numbers
printed are the PDF's own page numbers.

Every section heading becomes a bookmark; the PDF carries its title, author (the
council), subject, creator and language (en-GB), and opens with its bookmarks shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from briefing_app import APP_NAME, __version__
from briefing_app.domain.errors import PackError
from briefing_app.domain.packs import PackContent, SectionKey, long_date
from briefing_app.packs.fonts import BOLD, REGULAR, register_fonts
from briefing_app.packs.layout import Kit, SectionHeading
from briefing_app.packs.sections import has_renderer, renderer
from briefing_app.packs.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MARKING_INK,
    MUTED,
    PAGE_SIZE,
    RULE,
    make_styles,
)

LANGUAGE = "en-GB"
# Laying out takes two passes when the contents fit where they were first put.
EXPECTED_PASSES = 2

ProgressCallback = Callable[[float, str], None]


@dataclass(frozen=True)
class RenderedPack:
    data: bytes
    pages: int
    passes: int


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class PackDocument(BaseDocTemplate):
    def __init__(
        self, target: BytesIO, content: PackContent, progress: ProgressCallback | None
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=content.title,
            author=content.cover.authority,
            subject=content.subject,
            creator=f"{APP_NAME} {__version__}",
            keywords=["corporate parenting", "briefing pack", content.audience.label],
            lang=LANGUAGE,
            displayDocTitle=1,
            initialFontName=REGULAR,
        )
        self.content = content
        self._progress = progress
        self._pass = 0
        self._flowables_total = 1
        self._done = 0.0
        self._total_pages: int | None = None
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self.setProgressCallBack(self._on_progress)

    # -- bookmarks and contents ------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, SectionHeading):
            return
        key = flowable.bookmark_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(
            flowable.plain_text, key, level=flowable.outline_level, closed=False
        )
        if flowable.in_contents:
            self.notify("TOCEntry", (flowable.outline_level, flowable.plain_text, self.page, key))

    def beforeDocument(self) -> None:
        self.canv.showOutline()

    def _allSatisfied(self) -> bool:
        """Done when the contents and the page count are the same as in the pass before."""
        pages = int(self.page)
        stable = pages == self._total_pages
        self._total_pages = pages
        return bool(super()._allSatisfied()) and stable  # type: ignore[misc]

    # -- every page ------------------------------------------------------------------

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        content = self.content
        width, height = PAGE_SIZE
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        top_line, bottom_line = height - 12 * mm, 11 * mm
        third = (right - left) / 3 - 6
        marking = content.audience.marking
        total = self._total_pages or doc.page
        canvas.saveState()
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(MARKING_INK)
        canvas.drawCentredString(width / 2, top_line, marking)
        canvas.drawCentredString(width / 2, bottom_line, marking)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        if not (doc.page == 1 and SectionKey.COVER in content.sections):
            canvas.drawString(left, top_line, _fit(content.cover.authority, REGULAR, 8.5, third))
            canvas.drawRightString(
                right, top_line, _fit(content.cover.committee, REGULAR, 8.5, third)
            )
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(left, top_line - 3 * mm, right, top_line - 3 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, bottom_line + 4 * mm, right, bottom_line + 4 * mm)
        footer_left = f"{content.audience.label}, {long_date(content.pack_date)}"
        canvas.drawString(left, bottom_line, _fit(footer_left, REGULAR, 8.5, third))
        canvas.drawRightString(right, bottom_line, f"Page {doc.page} of {total}")
        canvas.restoreState()

    # -- progress --------------------------------------------------------------------

    def _on_progress(self, kind: str, value: int) -> None:
        if self._progress is None:
            return
        if kind == "PASS":
            self._pass = value
        elif kind == "SIZE_EST":
            self._flowables_total = max(1, value)
        elif kind == "PROGRESS":
            done = (self._pass - 1 + value / self._flowables_total) / EXPECTED_PASSES
            # A flowable split across pages adds one to the list: never go backwards.
            done = self._done = max(self._done, min(done, 0.97))
            message = (
                "Laying out the pages"
                if self._pass == 1
                else "Numbering the pages and filling in the contents"
            )
            self._progress(done, message)


def build_story(content: PackContent, kit: Kit) -> list[Flowable]:
    """Each chosen section in turn, each starting on a new page."""
    story: list[Flowable] = []
    for key in content.sections:
        if not has_renderer(key):
            raise PackError(
                f"This version of the app cannot print the '{key.title}' section.",
                "Leave that section out of the pack.",
            )
        flowables = renderer(key)(content, kit)
        if not flowables:
            continue
        if story:
            story.append(PageBreak())
        story += flowables
    return story


def render_pack(
    content: PackContent, font_dir: Path, progress: ProgressCallback | None = None
) -> RenderedPack:
    """Lay out ``content`` as a PDF in memory. Reads nothing but the fonts."""
    register_fonts(font_dir)
    story = build_story(content, Kit(make_styles()))
    buffer = BytesIO()
    document = PackDocument(buffer, content, progress)
    passes = document.multiBuild(story)
    if progress is not None:
        progress(1.0, "Done")
    return RenderedPack(buffer.getvalue(), int(document.page), int(passes))
