"""Faults once seen on the page images of real packs, each checked where it arises."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String

from briefing_app.domain.charts import count_chart, trend_chart
from briefing_app.domain.outcomes import Comparator, ComparatorKind, Indicator, Observation
from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.domain.packs.sections import Statement
from briefing_app.packs.builder import render_pack
from briefing_app.packs.charts import GRID, chart_drawing
from briefing_app.packs.fonts import register_fonts
from tests.conftest import REPO
from tests.packs.conftest import NEET, outcomes, sample_content
from tests.pdfcheck import page_texts
from tests.tagged_pdf import Element, TaggedPdf, read_tagged

FONTS = REPO / "resources" / "fonts"


def _shapes(drawing: Drawing) -> list[object]:
    return list(drawing.contents)


def test_bar_chart_gridlines_never_cross_a_category_name() -> None:
    register_fonts(FONTS)
    chart = count_chart(
        "Paragraphs by theme",
        [("Social work practice and workforce", 37), ("Partnership", 31), ("Health", 5)],
        counted="paragraphs",
    )
    assert chart is not None
    drawing = chart_drawing(chart, 400)
    grid = [s for s in _shapes(drawing) if isinstance(s, Line) and s.strokeColor == GRID]
    names = [s for s in _shapes(drawing) if isinstance(s, String) and s.text in chart.categories]
    assert len(names) == 3
    assert grid
    for name, line in itertools.product(names, grid):
        left, right = name.x, name.x + name.getBounds()[2] - name.getBounds()[0]
        low, high = min(line.y1, line.y2), max(line.y1, line.y2)
        crosses = left < line.x1 < right and low < name.y + 3 < high
        assert not crosses, (name.text, line.x1)


def test_trend_markers_of_equal_figures_are_set_side_by_side() -> None:
    register_fonts(FONTS)
    both = (
        Comparator(ComparatorKind.ENGLAND, 40.0),
        Comparator(ComparatorKind.STATISTICAL_NEIGHBOURS, 40.5),
    )
    indicator = Indicator(
        NEET,
        (
            Observation(date(2013, 7, 1), "July 2013", 45.0, comparators=both),
            Observation(date(2014, 7, 1), "July 2014", 48.1, comparators=both),
        ),
    )
    chart = trend_chart(indicator, "Wójcik")
    assert chart is not None
    drawing = chart_drawing(chart, 240)
    markers = [
        s.getBounds()
        for s in _shapes(drawing)
        if isinstance(s, (Polygon, Circle)) or (isinstance(s, Rect) and s.width < 10)
    ]
    plotted = [m for m in markers if m[1] > 40]  # the legend's samples sit at the foot
    assert len(plotted) >= 4
    for a, b in itertools.combinations(plotted, 2):
        overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
        assert not overlap, (a, b)


def test_two_notes_in_one_place_are_not_run_together(tmp_path: Path) -> None:
    content = sample_content(audience=PackAudience.PUBLIC)
    content = dataclasses.replace(content, care_leavers=outcomes("Care leavers", suppressed=True))
    path = tmp_path / "pack.pdf"
    path.write_bytes(render_pack(content, FONTS).data)
    text = " ".join(page_texts(PdfReader(path)))
    assert re.search(r"\[c\]\d+,\d+", text), "the figure and hidden-number notes"
    assert not re.search(r"\[c\]\d{3,}", text)


def _leaves_by_page(tagged: TaggedPdf) -> dict[int, list[Element]]:
    pages: dict[int, list[Element]] = {}
    for element in tagged.root.walk():
        for page in dict.fromkeys(page for page, _ in element.mcids):
            pages.setdefault(page, []).append(element)
    return pages


def _is_note(element: Element) -> bool:
    return element.role == "P" and re.match(r"\d+\. ", element.text) is not None


def test_no_page_holds_a_single_note_alone(tmp_path: Path) -> None:
    for count in range(14, 40, 3):
        points = tuple(
            Statement(f"Point {n} about the children in care.", f"Source number {n}.")
            for n in range(count)
        )
        content = sample_content(sections=(SectionKey.COVER, SectionKey.AT_A_GLANCE), points=points)
        path = tmp_path / f"notes-{count}.pdf"
        path.write_bytes(render_pack(content, FONTS).data)
        for page, leaves in _leaves_by_page(read_tagged(path)).items():
            notes = [e for e in leaves if _is_note(e)]
            assert not (len(notes) == 1 and len(leaves) == 1), (count, page)


def check_real_pack_layout(tagged: TaggedPdf, name: str) -> None:
    """The faults seen on real packs' pages: "Your notes" starting a page, a chart's
    words split across pages, a page holding one note, a table's notes pages after it."""
    for page, leaves in _leaves_by_page(tagged).items():
        first = leaves[0]
        assert not (first.role.startswith("H") and first.text == "Your notes"), (name, page)
        assert not (len(leaves) == 1 and _is_note(leaves[0])), (name, page)
    for element in tagged.root.walk():
        if element.role == "P" and element.text.startswith("In words:"):
            assert len({page for page, _ in element.mcids}) == 1, (name, element.text[:40])
    walk = tagged.root.walk()
    for number, element in enumerate(walk):
        if element.role == "H2" and element.all_text == "The figures":
            table = next(e for e in walk[number:] if e.role == "Table")
            notes = next(e for e in walk[number:] if e.role == "H3" and e.text == "Notes")
            last_row = max(page for row in table.walk() for page, _ in row.mcids)
            assert notes.mcids[0][0] - last_row <= 1, name
