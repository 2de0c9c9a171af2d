from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.spreadsheet_cells import (
    CONTROL_STARTS,
    FORMULA_STARTS,
    neutralise_cell,
    neutralise_row,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://example.com","x")', '\'=HYPERLINK("http://example.com","x")'),
        ("+44 23 9268 8000", "'+44 23 9268 8000"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("  =1", "'  =1"),
        ("The rate is -2%", "The rate is -2%"),
        ("Łukasz Wójcik", "Łukasz Wójcik"),
        ("", ""),
        (None, ""),
        (42, "42"),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_neutralised(value: object, expected: str) -> None:
    assert neutralise_cell(value) == expected


@given(st.text())
def test_no_neutralised_cell_starts_a_formula(text: str) -> None:
    cell = neutralise_cell(text)
    assert cell[:1] not in CONTROL_STARTS
    assert cell.lstrip(" ")[:1] not in FORMULA_STARTS
    assert cell in (text, "'" + text)


def test_rows() -> None:
    assert neutralise_row(["=A1", "fine", "@x"]) == ["'=A1", "fine", "'@x"]


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
def test_no_cell_can_start_a_formula_full_width(value: str) -> None:
    safe = neutralise_cell(value)
    assert safe.endswith(value)
    first = safe.lstrip(" ")[:1]
    assert first not in set("=+-@＝＋－＠\t\r")
