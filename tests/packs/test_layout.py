"""Building blocks of the pack layout, checked against reportlab's own behaviour."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Paragraph

from briefing_app.packs.fonts import register_fonts
from briefing_app.packs.paragraphs import (
    CellParagraph,
    ListParagraph,
    esc,
    noted_paragraph,
    plain_paragraph,
)
from briefing_app.packs.styles import make_styles
from tests.conftest import REPO


def _lines(paragraph: Paragraph) -> list[tuple[float, str]]:
    """Each line as laid out: the space left at its end, and its words."""
    laid_out: Any = vars(paragraph)["blPara"]  # set by wrap(); reportlab declares no type
    lines = laid_out.lines
    if laid_out.kind == 0:
        return [(round(extra, 6), " ".join(words)) for extra, words in lines]
    return [(round(line.extraSpace, 6), "".join(w.text for w in line.words)) for line in lines]


def _runs(paragraph: Paragraph) -> list[tuple[str, dict[str, object]]]:
    """The text in each run of one look (neighbouring fragments that differ only in their
    words are one run: reportlab sets them as one)."""
    runs: list[tuple[str, dict[str, object]]] = []
    for frag in paragraph.frags:
        look = {k: v for k, v in vars(frag).items() if k != "text"}
        if runs and runs[-1][1] == look:
            runs[-1] = (runs[-1][0] + frag.text, look)
        else:
            runs.append((frag.text, look))
    return runs


@pytest.mark.parametrize(
    "text",
    [
        "Łukasz Wójcik and Zoë Hartley are   in date  for the refresher.",
        "A long line " * 30,
        "Fish & chips <b>not bold</b> > 3 " * 6,
        "",
    ],
)
def test_a_plain_paragraph_lays_out_exactly_as_a_parsed_one(text: str) -> None:
    register_fonts(REPO / "resources" / "fonts")
    styles = make_styles()
    for style in (styles.cell, styles.body, styles.cell_bold.clone("red", textColor="#7a1010")):
        for kind in (Paragraph, CellParagraph):
            fast = plain_paragraph(text, style, kind)
            parsed = kind(esc(text), style)
            assert type(fast) is kind
            assert _runs(fast) == _runs(parsed)
            assert fast.wrap(160, 1000) == parsed.wrap(160, 1000)
            assert _lines(fast) == _lines(parsed)


@pytest.mark.parametrize(
    "markup",
    [
        'Nearly half &amp; more were not in work.<super><a href="#note-1-2">2</a>,'
        '<a href="#note-1-3">3</a></super>',
        '<b>48.1%</b><super><a href="#note-2-1">1</a></super>',
        "Ofsted judged   services to require improvement. " * 5
        + '<super><a href="#note-3-1">14</a></super>',
        'Words &amp; a <b>bold</b> part<super><a href="#n">1</a></super>',  # parsed
        "Source: Ofsted report &lt;first page&gt;",
    ],
)
def test_words_with_their_note_numbers_lay_out_exactly_as_parsed(markup: str) -> None:
    register_fonts(REPO / "resources" / "fonts")
    styles = make_styles()
    for style in (styles.cell, styles.lead):
        fast = noted_paragraph(markup, style, CellParagraph)
        parsed = CellParagraph(markup, style)
        assert _runs(fast) == _runs(parsed)
        assert fast.wrap(160, 1000) == parsed.wrap(160, 1000)
        assert _lines(fast) == _lines(parsed)
    bullet = noted_paragraph(markup, styles.bullet, ListParagraph, bulletText="•")
    assert isinstance(bullet, ListParagraph)
    assert bullet.bulletText == "•"
    assert _runs(bullet) == _runs(ListParagraph(markup, styles.bullet, bulletText="•"))
