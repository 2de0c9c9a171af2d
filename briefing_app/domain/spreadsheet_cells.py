"""Text written into spreadsheet cells, made safe to open.

A spreadsheet treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula,
and some also act on a leading tab or carriage return. A meeting record holds text that
people typed, so any such cell is neutralised by putting an apostrophe in front of it:
the spreadsheet then shows the text as text and never runs it.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_cell(value: object) -> str:
    """The cell's text, prefixed with an apostrophe if a spreadsheet could run it."""
    text = "" if value is None else str(value)
    if text.lstrip(" ").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def neutralise_row(values: Iterable[object]) -> list[str]:
    return [neutralise_cell(v) for v in values]
