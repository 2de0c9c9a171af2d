"""Part of the training compliance section: the council's yearly training table, by seat.

Each seat's councillors are counted as trained, due or overdue (see
``domain/training/year.py``). In a public pack a seat held by fewer than 3 councillors
shows "fewer than 3" in place of its figures, with a note saying why.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from briefing_app.domain.training.year import HEADINGS, TrainingYearTable
from briefing_app.packs.layout import Kit
from briefing_app.packs.styles import FRAME_WIDTH
from briefing_app.packs.tables import Cell

# Wide enough for each heading ("Councillors", "Overdue") on one line.
WIDTHS = (42 * mm, 30 * mm, 23 * mm, 22 * mm, 22 * mm)
KEEP_WITH_HEADING = 60 * mm


def flowables(table: TrainingYearTable, kit: Kit) -> list[Flowable]:
    number = kit.styles.cell_number
    widths = list(WIDTHS)
    rows: list[list[Cell]] = []
    for row in table.rows:
        seat, *figures = row.cells()
        rows.append([seat, *(kit.para(f, number) for f in figures)])
    items: list[Flowable] = [
        CondPageBreak(KEEP_WITH_HEADING),
        kit.subheading(table.title, 2),
        kit.para(table.explanation, kit.styles.small),
        kit.table(list(HEADINGS), rows, [*widths, FRAME_WIDTH - sum(widths)]),
    ]
    if table.small_groups_note:
        items.append(kit.para(table.small_groups_note, kit.styles.small))
    return items
