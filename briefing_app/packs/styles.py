"""How a pack looks: A4, generous type for reading on paper or a tablet, calm colours.

Body text is 11 point on 15.5 point lines; nothing a member must read is smaller than
8.5 point. Colours pass WCAG AA contrast against their backgrounds, and a grade is
always printed in words (with a symbol) as well as colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefing_app.packs.fonts import BOLD, ITALIC, REGULAR

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4a4a4a")
ACCENT = colors.HexColor("#1d4f7a")
RULE = colors.HexColor("#b8c4d0")
HEADER_FILL = colors.HexColor("#dfe8f1")
STRIPE_FILL = colors.HexColor("#f4f6f8")
NOTE_FILL = colors.HexColor("#fff6d6")
MARKING_INK = colors.HexColor("#8a1020")
TOPIC_FILL = colors.HexColor("#eef2f6")
OVERDUE_FILL = colors.HexColor("#fde0dc")
OVERDUE_INK = colors.HexColor("#7a1010")


@dataclass(frozen=True)
class PackStyles:
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    source: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_number: ParagraphStyle
    header_cell: ParagraphStyle
    bullet: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_detail: ParagraphStyle
    cover_marking: ParagraphStyle
    toc_level0: ParagraphStyle
    toc_level1: ParagraphStyle
    chart_title: ParagraphStyle
    quote: ParagraphStyle
    question: ParagraphStyle
    exempt_title: ParagraphStyle
    exempt_small: ParagraphStyle
    public_document_pack: ParagraphStyle


def make_styles() -> PackStyles:
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=11, leading=15.5, textColor=INK, spaceAfter=7
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=13.5, spaceAfter=0)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12.5, textColor=MUTED)
    return PackStyles(
        body=body,
        lead=ParagraphStyle("lead", parent=body, fontSize=12.5, leading=17.5, spaceAfter=6),
        small=small,
        note=ParagraphStyle("note", parent=small, leftIndent=12, firstLineIndent=-12, spaceAfter=3),
        source=ParagraphStyle("source", parent=small, fontName=ITALIC, spaceBefore=3, spaceAfter=8),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=20,
            leading=25,
            textColor=ACCENT,
            spaceAfter=12,
            keepWithNext=True,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=True,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=True,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_number=ParagraphStyle("cell_number", parent=cell, alignment=TA_RIGHT),
        header_cell=ParagraphStyle("header_cell", parent=cell, fontName=BOLD, textColor=INK),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=14,
            bulletIndent=2,
            spaceAfter=3,
            bulletFontName=REGULAR,
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=BOLD,
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceAfter=4,
        ),
        cover_subtitle=ParagraphStyle(
            "cover_subtitle", parent=body, fontName=BOLD, fontSize=18, leading=24, spaceAfter=4
        ),
        cover_detail=ParagraphStyle(
            "cover_detail", parent=body, fontSize=13, leading=19, spaceAfter=2
        ),
        cover_marking=ParagraphStyle(
            "cover_marking",
            parent=body,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            textColor=MARKING_INK,
        ),
        toc_level0=ParagraphStyle(
            "toc0", parent=body, fontSize=12, leading=17, spaceBefore=4, spaceAfter=2
        ),
        toc_level1=ParagraphStyle(
            "toc1", parent=body, fontSize=10.5, leading=14, leftIndent=16, spaceAfter=1
        ),
        chart_title=ParagraphStyle(
            "chart_title", parent=body, fontName=BOLD, fontSize=10, leading=13, spaceAfter=4
        ),
        quote=ParagraphStyle("quote", parent=cell, leftIndent=10, spaceAfter=4, textColor=INK),
        question=ParagraphStyle(
            "question", parent=body, fontName=BOLD, fontSize=12, leading=16.5, spaceAfter=4
        ),
        exempt_title=ParagraphStyle(
            "exempt_title",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=15,
            textColor=MARKING_INK,
            spaceAfter=2,
        ),
        exempt_small=ParagraphStyle(
            "exempt_small", parent=small, fontName=BOLD, textColor=MARKING_INK, spaceAfter=4
        ),
        public_document_pack=ParagraphStyle(
            "public_document_pack", parent=body, fontName=BOLD, fontSize=13, leading=17
        ),
    )
