"""The parts of a pack that make it read like a committee's papers: the agenda (each
item with the page its paper starts on), the notice at the top of an exempt item, and
the mark that tells the running heads which item a page belongs to
(``domain/packs/papers.py`` says what they hold)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus.doctemplate import ActionFlowable

from briefing_app.domain.packs.content import ExemptPart, PackContent, SectionKey
from briefing_app.domain.packs.papers import AgendaItem, agenda, agenda_title
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit
from briefing_app.packs.paragraphs import esc
from briefing_app.packs.styles import FRAME_WIDTH, MARKING_INK, TOPIC_FILL
from briefing_app.packs.tables import Cell, LayoutTable

if TYPE_CHECKING:
    from reportlab.platypus import Flowable
    from reportlab.platypus.doctemplate import BaseDocTemplate

NUMBER = 16 * mm
PAGE = 16 * mm


class SectionStart(ActionFlowable):
    """Tells the document which section the pages after it belong to (for the running
    heads); placed before the page break that starts the section."""

    def __init__(self, key: SectionKey) -> None:
        super().__init__()
        self.key = key

    def apply(self, doc: BaseDocTemplate) -> None:
        doc.section = self.key  # type: ignore[attr-defined]


def exempt_words(content: PackContent, part: ExemptPart) -> str:
    """Why a part is not for publication: the paragraph of Schedule 12A in its own words
    and in plain English, and what the part holds that the public pack leaves out."""
    paragraph = content.exempt_paragraph
    return (
        f"{paragraph.notice} In plain English: {paragraph.meaning[0].lower()}"
        f"{paragraph.meaning[1:]} This part holds {part.holds}, which the public pack "
        "leaves out."
    )


def exempt_notice(kit: Kit, content: PackContent, part: ExemptPart) -> LayoutTable:
    """The box at the top of an exempt item of a members' pack."""
    styles = kit.styles
    return kit.layout_table(
        [
            [
                [
                    kit.para("Exempt information: not for publication", styles.exempt_title),
                    kit.para(exempt_words(content, part), styles.small),
                ]
            ]
        ],
        [FRAME_WIDTH],
        [
            ("BOX", (0, 0), (-1, -1), 1, MARKING_INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )


def agenda_flowables(content: PackContent, kit: Kit) -> list[Flowable]:
    """The agenda (with a meeting) or the list of items (without one): each item, what it
    is for and the page its paper starts on; then, under a row of their own, the papers
    there for reference."""
    items = agenda(content)
    rows: list[list[Cell]] = []
    extra: list[tuple[Any, ...]] = []
    for item in items:
        if item.number is None and not any(row[0] == "" for row in rows):
            rows.append([kit.para("For reference", kit.styles.cell_bold), "", ""])
            number = len(rows)
            extra += [
                ("SPAN", (0, number), (-1, number)),
                ("BACKGROUND", (0, number), (-1, number), TOPIC_FILL),
            ]
        number_text = "" if item.number is None else str(item.number)
        rows.append([number_text, _business(content, item, kit), _page(item, kit)])
    return [
        kit.subheading(agenda_title(content), 2),
        kit.table(
            ["Item", "Business", "Page"],
            rows,
            [NUMBER, FRAME_WIDTH - NUMBER - PAGE, PAGE],
            extra_style=extra,
        ),
    ]


def _business(content: PackContent, item: AgendaItem, kit: Kit) -> Cell:
    styles = kit.styles
    markup = f"<b>{esc(item.title)}</b><br/>{esc(item.purpose)}"
    if item.exempt:
        paragraph = content.exempt_paragraph.number
        markup += (
            f'<br/><font color="#{MARKING_INK.hexval()[2:]}"><b>Exempt: not for '
            f"publication (paragraph {paragraph} of Schedule 12A)</b></font>"
        )
    return kit.markup(markup, styles.cell)


def _page(item: AgendaItem, kit: Kit) -> Cell:
    if item.section is None:
        return ""
    key = section_key(item.section)
    kit.describe(key, f"Go to {item.title}")
    return kit.page_of(key)
