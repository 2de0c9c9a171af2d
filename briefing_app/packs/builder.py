"""Turning a ``PackContent`` into an A4 PDF with reportlab Platypus.

The document is laid out in one pass. The numbers that depend on later pages (the
contents' page numbers, the "of 18" in "Page 3 of 18") are filled in at the end (see
``packs/numbering.py``), so the numbers printed are always the PDF's own page numbers.

Every section heading becomes a bookmark; the PDF carries its title, author (the
council), subject, creator and language (en-GB), and opens with its bookmarks shown,
its title in the reader's title bar.

A pack is a tagged PDF (PDF/UA-1): each section is a ``Sect`` in the structure tree,
and what the sections draw is tagged as they draw it (``packs/tagging.py``). The
running heads and feet are artifacts: the head is drawn first on each page and the
foot last, so even a reader that ignores the tags reads the page in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from briefing_app import APP_NAME, __version__
from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import PackError
from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.domain.packs.papers import item_labels
from briefing_app.domain.progress import ProgressCallback
from briefing_app.packs.canvas import PackCanvas
from briefing_app.packs.fonts import BOLD, REGULAR, register_fonts
from briefing_app.packs.layout import Kit
from briefing_app.packs.numbering import LateNumbers
from briefing_app.packs.papers import SectionStart, exempt_notice
from briefing_app.packs.paragraphs import SectionHeading, fit_text
from briefing_app.packs.sections import has_renderer, renderer
from briefing_app.packs.structure_pdf import PDF_VERSION, Metadata, write_structure
from briefing_app.packs.styles import (
    INK,
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
from briefing_app.packs.tagging import Marker, Structure, marker_of

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

LANGUAGE = "en-GB"
FOOTER_SIZE = 8.5
FONTS_DONE = 0.01  # the share of the work reported once the fonts are ready
LAID_OUT = 0.92  # and once the pages are laid out, before the structure tree is written


@dataclass(frozen=True)
class RenderedPack:
    data: bytes
    pages: int


class PackDocument(BaseDocTemplate):
    def __init__(
        self,
        target: BytesIO,
        content: PackContent,
        numbers: LateNumbers,
        progress: ProgressCallback | None,
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
            keywords=_keywords(content),
            lang=LANGUAGE,
            displayDocTitle=1,
            initialFontName=REGULAR,
        )
        self.content = content
        self.numbers = numbers
        # The section the page being laid out belongs to (``SectionStart`` moves it on),
        # and what the running head says for each.
        self.section = content.sections[0] if content.sections else SectionKey.COVER
        self.labels = item_labels(content)
        self._progress = progress
        self._flowables_total = 1
        self._done = FONTS_DONE  # progress is only ever reported forwards
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPage=self._head, onPageEnd=self._foot)]
        )
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
        self.numbers.record(key, int(self.page))

    def beforeDocument(self) -> None:
        self.canv.showOutline()

    # -- every page ------------------------------------------------------------------

    def _head(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The marking; on every page but the cover, the council on the left (so a page
        never leaves doubt whose papers it is, nor that the demonstration's is one) and the
        agenda item the page belongs to on the right (or, outside the agenda's items, the
        committee). Drawn left to right, as it reads."""
        content = self.content
        width, height = PAGE_SIZE
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        top_line = height - 12 * mm
        marking = content.audience.marking
        marker = marker_of(canvas)
        if marker is not None:
            marker.begin_artifact(canvas, "Pagination")
        canvas.saveState()
        running = not (doc.page == 1 and SectionKey.COVER in content.sections)
        side = (right - left - stringWidth(marking, BOLD, 9)) / 2 - 8
        label = self.labels.get(self.section, "")
        exempt = bool(label) and content.exempt_part(self.section) is not None
        if running:
            first = content.cover.authority
            canvas.setFont(REGULAR, FOOTER_SIZE)
            canvas.setFillColor(MUTED)
            canvas.drawString(left, top_line, fit_text(first, REGULAR, FOOTER_SIZE, side))
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(MARKING_INK)
        canvas.drawCentredString(width / 2, top_line, marking)
        if running:
            second = f"{label} · Exempt" if exempt else label or content.cover.committee
            font = BOLD if label else REGULAR
            canvas.setFont(font, FOOTER_SIZE)
            canvas.setFillColor(MARKING_INK if exempt else INK if label else MUTED)
            canvas.drawRightString(right, top_line, fit_text(second, font, FOOTER_SIZE, side))
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(left, top_line - 3 * mm, right, top_line - 3 * mm)
        canvas.restoreState()
        if marker is not None:
            marker.end_artifact(canvas)

    def _foot(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        content = self.content
        width, _height = PAGE_SIZE
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        bottom_line = 11 * mm
        third = (right - left) / 3 - 6
        marker = marker_of(canvas)
        if marker is not None:
            marker.begin_artifact(canvas, "Pagination")
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, bottom_line + 4 * mm, right, bottom_line + 4 * mm)
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        footer_left = f"{content.footer_label}, {long_date(content.pack_date)}"
        canvas.drawString(left, bottom_line, fit_text(footer_left, REGULAR, FOOTER_SIZE, third))
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(MARKING_INK)
        canvas.drawCentredString(width / 2, bottom_line, content.audience.marking)
        self.numbers.draw_footer(canvas, int(doc.page), right, bottom_line)
        canvas.restoreState()
        if marker is not None:
            marker.end_artifact(canvas)

    # -- progress --------------------------------------------------------------------

    def _on_progress(self, kind: str, value: int) -> None:
        if self._progress is None:
            return
        if kind == "SIZE_EST":
            self._flowables_total = max(1, value)
        elif kind == "PROGRESS":
            # A flowable split across pages adds one to the list: never go backwards.
            done = min(value / self._flowables_total, LAID_OUT)
            if done > self._done:
                self._done = done
                self._progress(done, f"Laying out page {self.page}")


def build_story(content: PackContent, kit: Kit) -> list[Flowable]:
    """Each chosen section in turn, each starting on a new page and tagged as a ``Sect``;
    an exempt item of a members' pack opens with its notice, just under its heading."""
    story: list[Flowable] = []
    for key in content.sections:
        if not has_renderer(key):
            raise PackError(
                f"This version of the app cannot print the '{key.title}' section.",
                "Leave that section out of the pack.",
            )
        if kit.structure is not None:
            kit.structure.open("Sect")
        flowables = renderer(key)(content, kit)
        part = content.exempt_part(key)
        if flowables and part is not None and key is not SectionKey.COVER:
            flowables[1:1] = [exempt_notice(kit, content, part), kit.space(3 * mm)]
        if kit.structure is not None:
            kit.structure.close()
        if not flowables:
            continue
        if story:
            story += [SectionStart(key), PageBreak()]
        story += flowables
    return story


def render_pack(
    content: PackContent,
    font_dir: Path,
    progress: ProgressCallback | None = None,
    *,
    tagged: bool = True,
) -> RenderedPack:
    """Lay out ``content`` as a PDF in memory. Reads nothing but the fonts.

    ``tagged=False`` leaves out the structure tree (for measuring what tagging costs).
    """
    if progress is not None:
        progress(FONTS_DONE, "Preparing the fonts")
    register_fonts(font_dir)
    styles = make_styles()
    numbers = LateNumbers()
    structure = Structure() if tagged else None
    marker = Marker() if tagged else None
    story = build_story(content, Kit(styles, numbers, structure))
    buffer = BytesIO()
    document = PackDocument(buffer, content, numbers, progress)
    canvasmaker = partial(PackCanvas, numbers=numbers, footer_size=FOOTER_SIZE, marker=marker)
    if structure is not None and marker is not None:
        write = partial(_write_structure, content, structure, marker, progress)
        canvasmaker = partial(canvasmaker, pdfVersion=PDF_VERSION, before_save=write)
    document.build(story, canvasmaker=canvasmaker)
    if progress is not None:
        progress(1.0, "Done")
    return RenderedPack(buffer.getvalue(), int(document.page))


def _write_structure(
    content: PackContent,
    structure: Structure,
    marker: Marker,
    progress: ProgressCallback | None,
    canvas: Canvas,
) -> None:
    if progress is not None:
        progress(LAID_OUT, "Tagging the pages for screen readers")
    metadata = Metadata(
        title=content.title,
        author=content.cover.authority,
        subject=content.subject,
        keywords=", ".join(_keywords(content)),
        creator=f"{APP_NAME} {__version__}",
        language=LANGUAGE,
    )
    write_structure(canvas, structure.root, marker, metadata, structure.descriptions)


def _keywords(content: PackContent) -> list[str]:
    return ["corporate parenting", "briefing pack", content.audience.label]
