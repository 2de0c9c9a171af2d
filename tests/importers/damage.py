"""Damaged copies of a real report: a few bytes changed inside chosen parts of the PDF.

A PDF keeps each page's text and each font's glyphs in compressed streams. Changing a
few bytes inside one of them leaves a file that opens, but whose page has lost its text
from that point on, or whose font draws nothing. These copies are how damaged reports
turn up in practice (a download cut short and mended, a bad disk), and the importer must
refuse them or say what looks wrong, never import them silently as something else.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import REFERENCE_PDFS

SHEFFIELD = REFERENCE_PDFS / "sheffield-2023-11-03.pdf"


def _stream_span(data: bytes, number: int) -> tuple[int, int]:
    """Where the stream of object ``number`` lies in the file."""
    start = re.search(rb"[\r\n]%d 0 obj\b" % number, data)
    assert start is not None, number
    opening = re.compile(rb"stream\r?\n").search(data, start.end())
    assert opening is not None, number
    return opening.end(), data.index(b"endstream", opening.end())


def font_program(path: Path, font_name: str) -> int:
    """The object number of the embedded program of the font whose name ends with
    ``font_name`` (the subset prefix, as in "BCDFEE+Tahoma", aside)."""
    from pypdf import PdfReader

    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if not str(font.get("/BaseFont")).endswith(font_name):
                continue
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            program = described["/FontDescriptor"].get_object().raw_get("/FontFile2")
            return int(program.idnum)
    raise AssertionError(f"no font {font_name} in {path.name}")


def page_contents(path: Path, page: int) -> int:
    """The object number of the text and drawing of page ``page`` (from 1)."""
    from pypdf import PdfReader

    return int(PdfReader(path).pages[page - 1].raw_get("/Contents").idnum)


def damaged_copy(source: Path, target: Path, changes: list[tuple[int, int]]) -> int:
    """Copy ``source`` to ``target`` with, for each (object, count), ``count`` bytes set to
    zero a tenth of the way into that object's stream. Returns how many bytes changed."""
    data = bytearray(source.read_bytes())
    for number, count in changes:
        start, end = _stream_span(bytes(data), number)
        place = start + (end - start) // 10
        data[place : place + count] = bytes(count)
    target.write_bytes(bytes(data))
    original = source.read_bytes()
    return sum(a != b for a, b in zip(original, data, strict=True))


def sheffield_without_page_9(target: Path) -> Path:
    """Sheffield's report with the text of page 9 lost (3 bytes changed)."""
    damaged_copy(SHEFFIELD, target, [(page_contents(SHEFFIELD, 9), 3)])
    return target


def sheffield_without_bullets(target: Path) -> Path:
    """Sheffield's report with its bullet font (Wingdings) damaged (4 bytes changed), so the
    bulleted list of what needs to improve loses its bullets."""
    damaged_copy(SHEFFIELD, target, [(font_program(SHEFFIELD, "+Wingdings-Regular"), 4)])
    return target


def sheffield_ten_bytes(target: Path) -> int:
    """Sheffield's report with 10 bytes changed: its main font (the title goes), page 9's
    text and its bullet font. Returns the number of bytes changed."""
    return damaged_copy(
        SHEFFIELD,
        target,
        [
            (font_program(SHEFFIELD, "+Tahoma"), 3),
            (page_contents(SHEFFIELD, 9), 3),
            (font_program(SHEFFIELD, "+Wingdings-Regular"), 4),
        ],
    )
