"""Making text safe to open in a spreadsheet.

A cell that begins with ``=``, ``+``, ``-`` or ``@`` (or their full-width forms), or
with a tab or carriage return, can be run as a formula by Excel, LibreOffice or Google
Sheets. Such a cell gets a leading apostrophe, which spreadsheets show as plain text.
Spaces before the sign do not make it safe, so they are looked through.
"""

from __future__ import annotations

FORMULA_STARTS = frozenset("=+-@＝＋－＠")
CONTROL_STARTS = frozenset("\t\r\n")


def neutralise_cell(value: str) -> str:
    if not value:
        return value
    if value[0] in CONTROL_STARTS or value.lstrip(" ")[:1] in FORMULA_STARTS:
        return "'" + value
    return value
