"""At a glance: the grades, and the few points a member should carry into the meeting."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from briefing_app.domain.disclosure import SUPPRESSION_NOTE
from briefing_app.domain.packs import PackContent, SectionKey, Statement
from briefing_app.packs.layout import Cell, Kit, Notes, esc
from briefing_app.packs.sections import section_key
from briefing_app.packs.styles import FRAME_WIDTH, GRADE_COLOURS, GRADE_SYMBOLS


def _marked(statement: Statement, notes: Notes) -> str:
    markup = esc(statement.text) + notes.mark(statement.source)
    if statement.suppressed:
        markup += notes.mark(SUPPRESSION_NOTE)
    return markup


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    glance = content.glance
    if glance is None:
        return []
    styles = kit.styles
    notes = kit.notes()
    items: list[Flowable] = [
        kit.heading(SectionKey.AT_A_GLANCE.title, key=section_key(SectionKey.AT_A_GLANCE)),
        Paragraph(_marked(glance.introduction, notes), styles.lead),
    ]
    if glance.judgements:
        rows: list[list[Cell]] = []
        extra: list[tuple[Any, ...]] = []
        for row, line in enumerate(glance.judgements, start=1):
            background, foreground = GRADE_COLOURS[line.grade]
            grade_style = styles.cell_bold.clone(
                f"grade-{row}", textColor=colors.HexColor(foreground)
            )
            rows.append(
                [
                    line.area,
                    Paragraph(f"{GRADE_SYMBOLS[line.grade]} {esc(line.grade.label)}", grade_style),
                ]
            )
            extra.append(("BACKGROUND", (1, row), (1, row), colors.HexColor(background)))
        items += [
            Paragraph("How the inspectors graded the council's services", styles.h2),
            kit.table(
                ["What was judged", "Grade"],
                rows,
                [FRAME_WIDTH - 58 * mm, 58 * mm],
                extra_style=extra,
            ),
            kit.source(glance.judgements_source),
            Paragraph("What the grades mean", styles.h3),
        ]
        grades = dict.fromkeys(line.grade for line in glance.judgements)
        items += kit.bullets(
            [f"<b>{esc(grade.label)}:</b> {esc(grade.meaning)}" for grade in grades]
        )
    if glance.points:
        items.append(Paragraph("Points to know", styles.h2))
        items += kit.bullets([_marked(point, notes) for point in glance.points])
    items += notes.flowables()
    return items
