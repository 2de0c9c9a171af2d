"""Children in care and care leavers: the plain-English summaries with what each sentence
rests on, every figure with how it compares and where it comes from, and the charts the
window draws, from the same definitions.

``children_in_care.py`` and ``care_leavers.py`` are the registered sections; both print
an ``OutcomesContent`` with the functions here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from briefing_app.domain.disclosure import SUPPRESSION_NOTE
from briefing_app.domain.packs.content import SectionKey
from briefing_app.domain.packs.sections import ChartBlock, FigureRow, OutcomesContent
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.charts import chart_parts
from briefing_app.packs.layout import Kit, keep_with_end
from briefing_app.packs.notes import Notes
from briefing_app.packs.paragraphs import ContentsEntry, esc
from briefing_app.packs.sections import published as published_part
from briefing_app.packs.styles import FRAME_HEIGHT, FRAME_WIDTH, MUTED, TOPIC_FILL
from briefing_app.packs.tables import Cell, DataTable

COLUMNS = (185.0, 72.0, 118.0)  # the last column takes the rest
CHART_GAP = 14.0
CHART_ROW_PADDING = 12.0
KEEP_WITH_HEADING = 160.0

SUMMARIES = "In plain English"
PUBLISHED = "Published figures"
PUBLISHED_CHARTS = "Published figures over five years"
FIGURES = "The figures"
CHARTS = "Charts"
# With the published figures beside them, the report's own are named as such.
REPORT_FIGURES = "Figures quoted in the report"
REPORT_CHARTS = "Charts of the figures quoted in the report"


def _sub_key(key: SectionKey, part: str) -> str:
    return f"{section_key(key)}-{part.lower().replace(' ', '-')}"


def contents_entries(key: SectionKey, outcomes: OutcomesContent | None) -> list[ContentsEntry]:
    entries = [ContentsEntry(0, key.title, section_key(key))]
    if outcomes is None:
        return entries
    published = outcomes.published
    figures, charts = _report_headings(outcomes)
    parts = [
        (SUMMARIES, bool(outcomes.summaries)),
        (PUBLISHED, published is not None),
        (PUBLISHED_CHARTS, published is not None and bool(published.charts)),
        (figures, bool(outcomes.rows)),
        (charts, bool(outcomes.charts)),
    ]
    entries += [ContentsEntry(1, part, _sub_key(key, part)) for part, shown in parts if shown]
    return entries


def _report_headings(outcomes: OutcomesContent) -> tuple[str, str]:
    if outcomes.published is not None:
        return REPORT_FIGURES, REPORT_CHARTS
    return FIGURES, CHARTS


def _summaries(outcomes: OutcomesContent, kit: Kit, notes: Notes) -> list[Flowable]:
    styles = kit.styles
    items: list[Flowable] = []
    muted = MUTED.hexval()[2:]
    for summary in outcomes.summaries:
        parts = []
        for sentence in summary.sentences:
            text = esc(sentence.text)
            if sentence.suppressed:
                text += notes.hidden()
            if sentence.source:
                text += f' <font size="8.5" color="#{muted}">[{esc(sentence.source)}]</font>'
            parts.append(text)
        items += [kit.subheading(summary.title, 3), kit.markup(" ".join(parts), styles.body)]
    return items


def _figure_cell(row: FigureRow, kit: Kit, notes: Notes) -> Flowable:
    sources = [row.source, SUPPRESSION_NOTE] if row.suppressed else [row.source]
    return kit.markup(f"<b>{esc(row.figure)}</b>{notes.marks(*sources)}", kit.styles.cell)


def _table(outcomes: OutcomesContent, kit: Kit, notes: Notes) -> DataTable:
    rows: list[list[Cell]] = []
    extra: list[tuple[Any, ...]] = []
    topic = None
    for row in outcomes.rows:
        if row.topic != topic:
            topic = row.topic
            rows.append([kit.para(topic, kit.styles.cell_bold), "", "", ""])
            number = len(rows)
            extra += [
                ("SPAN", (0, number), (-1, number)),
                ("BACKGROUND", (0, number), (-1, number), TOPIC_FILL),
            ]
        rows.append(
            [
                kit.markup(f"{esc(row.label)}<br/>{esc(row.period)}", kit.styles.cell),
                _figure_cell(row, kit, notes),
                kit.coloured(row.status, row.status_colours),
                kit.coloured(row.trend, row.trend_colours),
            ]
        )
        number = len(rows)
        extra += [
            ("BACKGROUND", (2, number), (2, number), colors.HexColor(row.status_colours[0])),
            ("BACKGROUND", (3, number), (3, number), colors.HexColor(row.trend_colours[0])),
        ]
    return kit.table(
        [
            "What is measured, and when",
            "Latest figure",
            "Compared with others",
            "Since the figure before",
        ],
        rows,
        [*COLUMNS, FRAME_WIDTH - sum(COLUMNS)],
        extra_style=extra,
    )


def _chart_cell(block: ChartBlock, kit: Kit, notes: Notes, width: float) -> list[Flowable]:
    sources = [block.source, SUPPRESSION_NOTE] if block.suppressed else [block.source]
    return chart_parts(block.chart, kit, width, mark=notes.marks(*sources))


def _fits_a_page(parts: list[Flowable], width: float) -> bool:
    """Whether a chart's parts, side by side with another's, fit on one page."""
    height = sum(
        part.wrap(width, FRAME_HEIGHT)[1] + part.getSpaceBefore() + part.getSpaceAfter()
        for part in parts
    )
    return height + CHART_ROW_PADDING <= FRAME_HEIGHT


def _charts(blocks: Sequence[ChartBlock], kit: Kit, notes: Notes) -> list[Flowable]:
    """Charts two to a row, each half the page wide; one table per row, so rows break
    between pages cleanly."""
    width = (FRAME_WIDTH - CHART_GAP) / 2
    rows: list[Flowable] = []
    for first in range(0, len(blocks), 2):
        cells: list[Any] = [_chart_cell(b, kit, notes, width) for b in blocks[first : first + 2]]
        if not all(_fits_a_page(cell, width) for cell in cells):
            # A table's row cannot run on to the next page, and a chart of many figures
            # has more figures in words than a page holds: such a row's charts follow one
            # another, each kept with its title, and the words run on from page to page.
            for cell in cells:
                rows += [KeepTogether(cell[:-1]), cell[-1]]
            continue
        if len(cells) == 1:
            cells.append("")
        rows.append(
            kit.layout_table(
                [cells],
                [width + CHART_GAP, width],
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), CHART_GAP),
                    ("RIGHTPADDING", (1, 0), (1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), CHART_ROW_PADDING),
                ],
            )
        )
    return rows


def render_outcomes(key: SectionKey, outcomes: OutcomesContent | None, kit: Kit) -> list[Flowable]:
    if outcomes is None:
        return []
    notes = Notes(kit)
    items: list[Flowable] = [
        kit.heading(key.title, key=section_key(key)),
        kit.para(outcomes.introduction),
    ]
    if outcomes.summaries:
        items.append(kit.heading(SUMMARIES, key=_sub_key(key, SUMMARIES), level=1))
        items += _summaries(outcomes, kit, notes)
        keep_with_end(items, notes.flowables(level=3))
    published = outcomes.published
    if published is not None:
        items += [
            CondPageBreak(KEEP_WITH_HEADING),
            kit.heading(PUBLISHED, key=_sub_key(key, PUBLISHED), level=1),
            *published_part.introduction(published, kit),
        ]
        table = published_part.table(published, kit, notes)
        items.append(CondPageBreak(KEEP_WITH_HEADING))
        keep_with_end(items, [table, *notes.flowables(level=3)])
        if published.charts:
            first, *rest = _charts(published.charts, kit, notes)
            heading = [
                kit.heading(PUBLISHED_CHARTS, key=_sub_key(key, PUBLISHED_CHARTS), level=1),
                kit.para(
                    "The charts the app shows for the figures the summaries speak of: the "
                    "council's figure each year against England, the region and the "
                    "average of its statistical neighbours. Each line has its own marks "
                    "and dashes, so the charts read in black and white.",
                    kit.styles.small,
                ),
            ]
            items += [KeepTogether([*heading, first]), *rest]
            keep_with_end(items, notes.flowables(level=3))
    figures_heading, charts_heading = _report_headings(outcomes)
    if outcomes.rows:
        items += [
            CondPageBreak(KEEP_WITH_HEADING),
            kit.heading(figures_heading, key=_sub_key(key, figures_heading), level=1),
            kit.para(
                "“Compared with others” sets the latest figure against England (or similar "
                "councils when England has no figure); “since the figure before” says which "
                "way it moved. The colours repeat the words. Each figure's note gives its "
                "source.",
                kit.styles.small,
            ),
        ]
        # The table's notes follow it, not the charts pages later.
        keep_with_end(items, [_table(outcomes, kit, notes), *notes.flowables(level=3)])
    if outcomes.charts:
        first, *rest = _charts(outcomes.charts, kit, notes)
        heading = [
            kit.heading(charts_heading, key=_sub_key(key, charts_heading), level=1),
            kit.para(
                "The same charts the app shows for each figure: how it compares, and how it "
                "has changed over time.",
                kit.styles.small,
            ),
        ]
        items += [KeepTogether([*heading, first]), *rest]
        keep_with_end(items, notes.flowables(level=3))
    keep_with_end(items, notes.flowables())
    return items
