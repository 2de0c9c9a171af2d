"""The council's figures as the Department for Education (DfE) published them, in the
children in care and care leavers sections: where they come from, a table with the same
comparisons the window's Figures tab gives, what each DfE mark means, and the five-year
charts the window draws, from the same definitions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib import colors

from briefing_app.domain.packs.sections import PublishedFigures, PublishedRow, Status
from briefing_app.packs.layout import Kit
from briefing_app.packs.notes import Notes
from briefing_app.packs.paragraphs import esc
from briefing_app.packs.styles import FRAME_WIDTH, TOPIC_FILL
from briefing_app.packs.tables import Cell, DataTable

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

# What is measured (with its year and trend), the figure, then the comparisons and rank.
COLUMNS = (128.0, 62.0, 70.0, 70.0, 76.0)  # the rank takes the rest
HEADER = (
    "What is measured, and over the years",
    "Latest figure",
    "Against England",
    "Against the region",
    "Against similar councils",
    "Rank among councils",
)
EXPLAINED = (
    "Each figure is set against England's and the region's for the same year, and "
    "against the average of the council's statistical neighbours (the councils most like "
    "it), saying how many it is of when some had no figure (“8 of 10”). “Rank” is "
    "among every council with a figure: rank 1 is the best where higher or lower is "
    "better. A count is not set against England's or the region's, which are "
    "totals. The words and symbols say it all; the colours repeat them."
)


def _label_cell(row: PublishedRow, kit: Kit, notes: Notes) -> Flowable:
    mark = notes.marks(row.source) if row.source else ""
    return kit.markup(f"<b>{esc(row.label)}</b>{mark}<br/>{esc(row.trend.text)}", kit.styles.cell)


def _coloured(status: Status, kit: Kit) -> Flowable:
    return kit.coloured(status.text, status.colours)


def table(published: PublishedFigures, kit: Kit, notes: Notes) -> DataTable:
    rows: list[list[Cell]] = []
    extra: list[tuple[Any, ...]] = []
    topic = None
    for row in published.rows:
        if row.topic != topic:
            topic = row.topic
            rows.append([kit.para(topic, kit.styles.cell_bold), "", "", "", "", ""])
            number = len(rows)
            extra += [
                ("SPAN", (0, number), (-1, number)),
                ("BACKGROUND", (0, number), (-1, number), TOPIC_FILL),
                # A topic's heading is never left alone at the foot of a page.
                ("NOSPLIT", (0, number), (-1, number + 1)),
            ]
        rows.append(
            [
                _label_cell(row, kit, notes),
                kit.para(row.figure, kit.styles.cell),
                _coloured(row.england, kit),
                _coloured(row.region, kit),
                _coloured(row.neighbours, kit),
                kit.para(row.rank, kit.styles.cell),
            ]
        )
        number = len(rows)
        for column, status in ((2, row.england), (3, row.region), (4, row.neighbours)):
            extra.append(
                (
                    "BACKGROUND",
                    (column, number),
                    (column, number),
                    colors.HexColor(status.colours[0]),
                )
            )
    return kit.table(HEADER, rows, [*COLUMNS, FRAME_WIDTH - sum(COLUMNS)], extra_style=extra)


def introduction(published: PublishedFigures, kit: Kit) -> list[Flowable]:
    items: list[Flowable] = [kit.para(published.release, kit.styles.small)]
    items.append(kit.para(EXPLAINED, kit.styles.small))
    if published.marks:
        items.append(
            kit.para(
                "What the DfE's marks mean (a mark is never a 0): " + " ".join(published.marks),
                kit.styles.small,
            )
        )
    return items
