"""Open actions: what was promised at meetings and is not done yet, soonest due first,
with overdue ones flagged in words, a sign and colour."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.domain.packs.sections import ActionLine
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit, keep_with_end
from briefing_app.packs.notes import Notes
from briefing_app.packs.paragraphs import esc
from briefing_app.packs.styles import FRAME_WIDTH, OVERDUE_FILL, OVERDUE_INK
from briefing_app.packs.tables import Cell

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

WHO = 36 * mm
DUE = 26 * mm
STATE = 32 * mm


def action_table(lines: tuple[ActionLine, ...], kit: Kit, *, names: bool) -> Flowable:
    """The actions as a table; the owner's column only when names may be printed."""
    styles = kit.styles
    overdue_style = styles.cell_bold.clone("overdue", textColor=OVERDUE_INK)
    rows: list[list[Cell]] = []
    extra: list[tuple[Any, ...]] = []
    for number, line in enumerate(lines, start=1):
        state = kit.markup(
            f"{esc(line.state)}<br/>{esc(line.when)}",
            overdue_style if line.overdue else styles.cell,
        )
        agreed = f"Agreed at {line.raised_at}" + (
            f", question {line.question}" if line.question else ""
        )
        what = kit.markup(
            f'{esc(line.description)}<br/><font size="8.5">{esc(agreed)}</font>', styles.cell
        )
        row: list[Cell] = [what, long_date(line.due), state]
        if names:
            row.insert(0, line.owner)
        rows.append(row)
        if line.overdue:
            column = len(row) - 1
            extra.append(("BACKGROUND", (column, number), (column, number), OVERDUE_FILL))
    header = ["What, and where it was agreed", "Due", "Where it stands"]
    widths = [DUE, STATE]
    if names:
        header.insert(0, "Who")
        widths.insert(0, WHO)
    widths.insert(1 if names else 0, FRAME_WIDTH - sum(widths))
    return kit.table(header, rows, widths, extra_style=extra)


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    actions = content.actions
    if actions is None:
        return []
    notes = Notes(kit)
    items: list[Flowable] = [
        kit.heading(SectionKey.ACTIONS.title, key=section_key(SectionKey.ACTIONS)),
        kit.markup(notes.statement(actions.summary), kit.styles.lead),
    ]
    if actions.lines:
        items.append(
            kit.para(
                "Every action agreed at a meeting and not yet closed, soonest due first. "
                "Overdue actions are marked ⚠ and shaded."
                + (
                    "" if actions.names_included else " Owners are named in the members' pack only."
                ),
                kit.styles.small,
            )
        )
        items.append(action_table(actions.lines, kit, names=actions.names_included))
    keep_with_end(items, notes.flowables())
    return items
