from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.spreadsheet_cells import neutralise_cell


@pytest.mark.parametrize(
    "value",
    [
        '=HYPERLINK("http://x")',
        "+1+2",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        "  =1+1",
        "＝1+1",
    ],
)
def test_formula_starts_are_neutralised(value: str) -> None:
    assert neutralise_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["", "Zoë Hartley", "2026-03-04", "In date", "a=b", "1-2"])
def test_ordinary_text_is_left_alone(value: str) -> None:
    assert neutralise_cell(value) == value


@given(st.text())
def test_no_cell_can_start_a_formula(value: str) -> None:
    safe = neutralise_cell(value)
    assert safe.endswith(value)
    first = safe.lstrip(" ")[:1]
    assert first not in set("=+-@＝＋－＠\t\r")
