"""Training compliance: the council's yearly table by seat (``training_year``), how many
councillors are in date by module; in a members' pack, also who needs which training, by
name. In a public pack no figure is given for a group of fewer than 3 councillors."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.domain.training.records import Status
from briefing_app.domain.training.summary import TrainingSummary
from briefing_app.domain.training.year import FEWER
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit, keep_with_end
from briefing_app.packs.notes import Notes
from briefing_app.packs.paragraphs import esc
from briefing_app.packs.sections import training_year
from briefing_app.packs.styles import FRAME_WIDTH, NOTE_FILL
from briefing_app.packs.tables import Cell

NUMBER = 19 * mm
KEEP_WITH_HEADING = 60 * mm
_IN_DATE = Status.IN_DATE.text
_NOT_IN_DATE = f"{Status.OVERDUE.symbol} Not in date"


def _committees(summary: TrainingSummary, kit: Kit) -> list[Flowable]:
    rows: list[list[Cell]] = [[c.committee, c.line] for c in summary.committees]
    return [
        CondPageBreak(KEEP_WITH_HEADING),
        kit.subheading("By committee", 2),
        kit.table(
            ["Committee or seat", "How many are fully in date"],
            rows,
            [62 * mm, FRAME_WIDTH - 62 * mm],
        ),
    ]


def _figure(value: int | None) -> str:
    return FEWER if value is None else str(value)


def _modules(summary: TrainingSummary, kit: Kit) -> list[Flowable]:
    number = kit.styles.cell_number
    rows: list[list[Cell]] = []
    for m in summary.modules:
        if m.hidden:
            figures = [FEWER, *(["not shown"] * 5)]
        else:
            figures = [
                _figure(v)
                for v in (m.required_of, m.in_date, m.due_soon, m.to_do, m.overdue, m.never_done)
            ]
        rows.append([f"{m.module} ({m.refresh.lower()})", *(kit.para(f, number) for f in figures)])
    header = [
        "Module (how often)",
        "Needed by",
        Status.IN_DATE.text,
        Status.DUE_SOON.text,
        Status.TO_DO.text,
        Status.OVERDUE.text,
        Status.NEVER_DONE.text,
    ]
    items: list[Flowable] = [
        CondPageBreak(KEEP_WITH_HEADING),
        kit.subheading("By module", 2),
        kit.para(
            "How many serving councillors each module is required of, and where they stand. "
            "“Due soon” still counts as in date. “To do” is training a new member has not "
            "done yet but still has time to do.",
            kit.styles.small,
        ),
        kit.table(header, rows, [FRAME_WIDTH - 6 * NUMBER, *([NUMBER] * 6)]),
    ]
    if any(m.hidden for m in summary.modules):
        items.append(
            kit.para(
                "Figures for a module needed by fewer than 3 councillors are not shown, so "
                "that no one can be identified.",
                kit.styles.small,
            )
        )
    return items


def _members(summary: TrainingSummary, kit: Kit) -> list[Flowable]:
    extra: list[tuple[Any, ...]] = []
    rows: list[list[Cell]] = []
    # Demonstration members are marked when they sit among real ones.
    mixed = len({line.demo for line in summary.members}) > 1
    for line in summary.members:
        name = line.name + (" (demonstration)" if line.demo and mixed else "")
        status = _IN_DATE if line.fully_in_date else _NOT_IN_DATE
        rows.append([name, ", ".join(line.seats), status, "; ".join(line.needs) or "Nothing"])
    items: list[Flowable] = [
        CondPageBreak(KEEP_WITH_HEADING),
        kit.subheading("Each councillor", 2),
        kit.para(
            "Fully in date means no required module is overdue or never done. The last "
            "column lists what needs doing now or soon.",
            kit.styles.small,
        ),
        kit.table(
            ["Councillor", "Seats", "Fully in date?", "Needs doing"],
            rows,
            [40 * mm, 42 * mm, 28 * mm, FRAME_WIDTH - 110 * mm],
            extra_style=extra,
        ),
    ]
    if summary.needs:
        items += [
            CondPageBreak(KEEP_WITH_HEADING),
            kit.subheading("Who needs what, most urgent first", 2),
            kit.table(
                ["Councillor", "Module", "Status", "Due", "In words"],
                [
                    [
                        n.member,
                        n.module,
                        f"{n.symbol} {n.status}".strip(),
                        long_date(n.due) if n.due else "",
                        n.explanation,
                    ]
                    for n in summary.needs
                ],
                [34 * mm, 38 * mm, 26 * mm, 26 * mm, FRAME_WIDTH - 124 * mm],
            ),
        ]
    return items


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    summary = content.training
    if summary is None:
        return []
    notes: Notes = Notes(kit)
    source = f"The app's training records, on {long_date(content.created)}."
    items: list[Flowable] = [
        kit.heading(SectionKey.TRAINING.title, key=section_key(SectionKey.TRAINING)),
        kit.markup(esc(summary.headline) + notes.mark(source), kit.styles.lead),
        kit.para(
            f"Training counts as due soon in the {summary.due_soon_days} days before it runs out.",
            kit.styles.small,
        ),
    ]
    if summary.includes_demo:
        items.append(
            kit.table(
                ["Demonstration records"],
                [
                    [
                        "These records include made-up demonstration members, loaded so the app "
                        "can be tried out. Remove them on the Training page before relying on "
                        "these figures."
                    ]
                ],
                [FRAME_WIDTH],
                extra_style=[("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL)],
            )
        )
    if summary.year is not None:
        items += training_year.flowables(summary.year, kit)
    else:
        items += _committees(summary, kit)
    items += _modules(summary, kit)
    if summary.names_included:
        items += _members(summary, kit)
    else:
        items.append(kit.para("Councillors are named in the members' pack only.", kit.styles.small))
    keep_with_end(items, notes.flowables())
    return items
