"""Tables: data tables whose header row repeats on every page, tagged as tables (rows,
header cells with their scope, data cells), and layout grids that only place things.

Shading and rules are decoration, so both kinds draw them as artifacts; a header row
repeated at the top of a new page is an artifact too, as its cells are in the
structure tree once, where the table starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, LongTable, Table, TableStyle
from reportlab.platypus.tables import TableRenderCB

from briefing_app.packs.fonts import REGULAR
from briefing_app.packs.paragraphs import CellParagraph, plain_paragraph
from briefing_app.packs.styles import HEADER_FILL, RULE, STRIPE_FILL, PackStyles
from briefing_app.packs.tagging import Node, Tagged, marker_of

Cell = str | Flowable


class TableMarks(TableRenderCB):
    """Marks a table's shading, rules and repeated header rows as artifacts (reportlab
    calls each method as it draws that part of the table)."""

    def startBG(self, T: Table) -> None:
        _begin(T, "Layout")

    def endBG(self, T: Table) -> None:
        _end(T)

    def startLines(self, T: Table) -> None:
        _begin(T, "Layout")

    def endLines(self, T: Table) -> None:
        _end(T)

    def startRow(self, T: Table, rowNo: int) -> None:
        if _is_repeat(T, rowNo):
            _begin(T, "Pagination")
            T._repeat_open = True  # type: ignore[attr-defined]

    def endRow(self, T: Table) -> None:
        if getattr(T, "_repeat_open", False):
            _end(T)
            T._repeat_open = False  # type: ignore[attr-defined]

    def startTable(self, T: Table) -> None:
        pass

    def endTable(self, T: Table) -> None:
        pass

    def startCell(self, T: Table, *cell: Any) -> None:
        pass

    def endCell(self, T: Table) -> None:
        pass


def _begin(table: Table, kind: str) -> None:
    marker = marker_of(table.canv)
    if marker is not None:
        marker.begin_artifact(table.canv, kind)


def _end(table: Table) -> None:
    marker = marker_of(table.canv)
    if marker is not None:
        marker.end_artifact(table.canv)


def _is_repeat(table: Table, row: int) -> bool:
    """Whether ``row`` is a header row drawn before, at the top of an earlier page."""
    if row >= table.repeatRows:
        return False
    for cell in table._cellvalues[row]:  # type: ignore[attr-defined]
        # reportlab keeps a cell's flowables as a tuple once it has sized the table.
        for value in cell if isinstance(cell, (list, tuple)) else (cell,):
            if isinstance(value, CellParagraph) and value.tag is not None and value.tag.drawn:
                return True
    return False


_MARKS = TableMarks()


class DataTable(LongTable):
    """A table of figures or words, with its structure element."""

    tag: Node | None = None


class LayoutTable(Table):
    """A grid that only places its content: no table in the structure tree."""

    def __init__(
        self, cells: list[list[Any]], widths: Sequence[float], style: Sequence[tuple[Any, ...]]
    ) -> None:
        super().__init__(cells, colWidths=list(widths), hAlign="LEFT", renderCB=_MARKS)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *style]))


def data_table(
    styles: PackStyles,
    table_node: Node | None,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    extra_style: Sequence[tuple[Any, ...]] = (),
    row_headers: bool = False,
) -> DataTable:
    """A table that breaks across pages with its header row repeated on each.

    With an empty ``header`` the table has no header row (a list of labels and values);
    ``row_headers`` makes each row's first cell the header of its row. A row whose first
    cell spans the table (a topic above the rows about it) is one cell wide.
    """
    data: list[list[Flowable]] = []
    if header:
        data.append([plain_paragraph(text, styles.header_cell, CellParagraph) for text in header])
    first = 1 if header else 0
    for row in rows:
        data.append([_cell(styles, value) for value in row])
    table = DataTable(
        data, colWidths=list(widths), repeatRows=first, hAlign="LEFT", renderCB=_MARKS
    )
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
    table.tag = _structure(table_node, data, first, row_headers, extra_style)
    return table


def _cell(styles: PackStyles, value: Cell) -> Flowable:
    if isinstance(value, Flowable):
        return value
    return plain_paragraph(value, styles.cell, CellParagraph)


def _structure(
    table: Node | None,
    data: list[list[Flowable]],
    header_rows: int,
    row_headers: bool,
    extra_style: Sequence[tuple[Any, ...]],
) -> Node | None:
    """The table's element, with a row element for each row and a cell for each cell;
    each cell's paragraph is tagged as its cell."""
    if table is None:
        return None
    spans = _row_spans(extra_style)
    for number, row in enumerate(data):
        tr = table.add("TR")
        span = number in spans
        cells = row[:1] if span else row
        for column, value in enumerate(cells):
            in_header = number < header_rows
            role = "TH" if in_header or (row_headers and column == 0 and not span) else "TD"
            cell = tr.add(role)
            if role == "TH":
                cell.scope = "Column" if in_header else "Row"
            if span:
                cell.span = len(row)
            if isinstance(value, Tagged):
                value.tag = cell
    return table


def _row_spans(extra_style: Sequence[tuple[Any, ...]]) -> set[int]:
    """The rows whose first cell spans every column."""
    return {
        command[1][1]
        for command in extra_style
        if command[0] == "SPAN" and command[1][0] == 0 and command[2][0] == -1
    }
