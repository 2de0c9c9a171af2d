"""At a glance: the grades, and the few points a member should carry into the meeting:
the report's headlines, the figures most off track, open actions and training."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.domain.packs.sections import Statement
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit, keep_with_end
from briefing_app.packs.notes import Notes
from briefing_app.packs.paragraphs import esc
from briefing_app.packs.styles import FRAME_WIDTH
from briefing_app.packs.tables import Cell


def _points(
    title: str, statements: tuple[Statement, ...], kit: Kit, notes: Notes, explanation: str = ""
) -> list[Flowable]:
    """A heading and its points, kept on one page (a group holds five points at most)."""
    if not statements:
        return []
    items: list[Flowable] = [kit.subheading(title, 2)]
    if explanation:
        items.append(kit.para(explanation, kit.styles.small))
    items += kit.bullets([notes.statement(statement) for statement in statements])
    return [KeepTogether(items)]


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    glance = content.glance
    if glance is None:
        return []
    styles = kit.styles
    notes = Notes(kit)
    items: list[Flowable] = [
        kit.heading(SectionKey.AT_A_GLANCE.title, key=section_key(SectionKey.AT_A_GLANCE)),
        kit.markup(notes.statement(glance.introduction), styles.lead),
    ]
    if glance.judgements:
        rows: list[list[Cell]] = []
        extra: list[tuple[Any, ...]] = []
        for row, line in enumerate(glance.judgements, start=1):
            rows.append([line.area, kit.coloured(line.grade.text, line.grade.colours, bold=True)])
            extra.append(("BACKGROUND", (1, row), (1, row), colors.HexColor(line.grade.colours[0])))
        items += [
            kit.subheading("How the inspectors graded the council's services", 2),
            kit.table(
                ["What was judged", "Grade"],
                rows,
                [FRAME_WIDTH - 58 * mm, 58 * mm],
                extra_style=extra,
            ),
            kit.source(glance.judgements_source),
            kit.subheading("What the grades mean", 3),
        ]
        grades = dict.fromkeys(line.grade for line in glance.judgements)
        items += kit.bullets(
            [f"<b>{esc(grade.label)}:</b> {esc(grade.meaning)}" for grade in grades]
        )
    items += _points("Points to know", glance.points, kit, notes)
    items += _points(
        "Figures most off track",
        glance.off_track,
        kit,
        notes,
        "Worse than England (or similar councils) and getting worse first, then worse than "
        "England, then getting worse; the furthest off first. Every figure is in the "
        "children in care and care leavers sections.",
    )
    items += _points("Actions still open", glance.actions, kit, notes)
    items += _points("Councillors' training", glance.training, kit, notes)
    keep_with_end(items, notes.flowables())
    return items
