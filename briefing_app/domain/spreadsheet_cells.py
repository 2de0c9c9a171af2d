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
# A cell starting with anything else is safe as it is (the usual case, so checked first).
_LOOK_CLOSER = FORMULA_STARTS | CONTROL_STARTS | {" "}


def neutralise_cell(value: object) -> str:
    """The cell's text, with an apostrophe in front if a spreadsheet could run it."""
    text = value if isinstance(value, str) else "" if value is None else str(value)
    if not text or text[0] not in _LOOK_CLOSER:
        return text
    if text[0] in CONTROL_STARTS or text.lstrip(" ")[:1] in FORMULA_STARTS:
        return "'" + text
    return text


def neutralise_row(values: Iterable[object]) -> list[str]:
    return [neutralise_cell(v) for v in values]


def restore_cell(text: str) -> str:
    """The text a cell held before ``neutralise_cell`` guarded it (its apostrophe taken off)."""
    if text.startswith("'") and neutralise_cell(text[1:]) == text:
        return text[1:]
    return text
