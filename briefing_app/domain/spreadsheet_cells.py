"""Making text safe to open in a spreadsheet.

A cell that begins with ``=``, ``+``, ``-`` or ``@`` (or their full-width forms), or
with a tab, carriage return or line feed, can be run as a formula by Excel, LibreOffice or
Google Sheets. Such a cell gets a leading apostrophe, which spreadsheets show as plain
text and never run. Spaces before the sign do not make it safe, so they are looked through.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = frozenset("=+-@＝＋－＠")
CONTROL_STARTS = frozenset("\t\r\n")


def neutralise_cell(value: object) -> str:
    """The cell's text, with an apostrophe in front if a spreadsheet could run it."""
    text = "" if value is None else str(value)
    if not text:
        return text
    if text[0] in CONTROL_STARTS or text.lstrip(" ")[:1] in FORMULA_STARTS:
        return "'" + text
    return text


def neutralise_row(values: Iterable[object]) -> list[str]:
    return [neutralise_cell(v) for v in values]
