"""Building blocks of the pack layout, checked against reportlab's own behaviour."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from briefing_app.packs.fonts import register_fonts
from briefing_app.packs.paragraphs import CellParagraph, esc, plain_paragraph
from briefing_app.packs.styles import make_styles
from tests.conftest import REPO


@pytest.mark.parametrize(
    "text",
    [
        "Łukasz Wójcik and Zoë Hartley are   in date  for the refresher.",
        "A long line " * 30,
        "Fish & chips <b>not bold</b> > 3",
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
            assert [vars(f) for f in fast.frags] == [vars(f) for f in parsed.frags]
            assert fast.wrap(160, 1000) == parsed.wrap(160, 1000)
            assert repr(fast.blPara.lines) == repr(parsed.blPara.lines)
