"""The text of a PDF, line by line, with each line's place and type size (PDFium).

Only the text layer is read: a scanned report (pictures of pages) has none and is refused,
as are files that are not PDFs at all (a web page saved with a ``.pdf`` name is common),
files cut short, and files locked with a password. Each refusal names the file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.progress import ProgressCallback
from briefing_app.importers.page_lines import PageLine, normalise_text

if TYPE_CHECKING:
    from briefing_app.importers.pdfium import PdfiumError, TextPage

PDF_MAGIC = b"%PDF-"
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<\?xml[^>]*>\s*<html)", re.I)
_TAIL = 4096
_LINE = re.compile(r"[^\r\n]+")
# Fewer characters than this per page on average: there is no real text layer.
_MIN_CHARS_PER_PAGE = 40
# A digit this much smaller than the letter before it, or this far raised, is a footnote mark.
_SUPERSCRIPT_SIZE = 0.85
_SUPERSCRIPT_RISE = 0.25
_MARK_CANDIDATE = re.compile(r"(?<=[^\s\d])\d{1,3}(?=[\s,.;:)\]’”'\"]|$)")
_DIGIT = re.compile(r"\d")

_GET_ANOTHER = "Download the report again from Ofsted's website, and choose the PDF file."


def looks_like_pdf(head: bytes) -> bool:
    return PDF_MAGIC in head[:1024]


def check_pdf_bytes(data: bytes, path: Path) -> None:
    """Refuse, naming the file, anything that cannot be a whole PDF."""
    if not data.strip():
        raise ImportFileError(path, "the file is empty.", _GET_ANOTHER)
    if not looks_like_pdf(data):
        if _HTML_START.match(data[:1024]):
            raise ImportFileError(
                path,
                "this is a web page saved with a .pdf name, not a PDF.",
                "Open the report's page on Ofsted's website and download the PDF itself.",
            )
        raise ImportFileError(path, "this is not a PDF file.", _GET_ANOTHER)
    if b"%%EOF" not in data[-_TAIL:]:
        raise ImportFileError(
            path,
            "the PDF is cut short (the end of the file is missing), so it may be incomplete.",
            _GET_ANOTHER,
        )


def read_pdf_pages(path: Path, progress: ProgressCallback | None = None) -> list[list[PageLine]]:
    """Every page's lines. Raises ImportFileError, naming ``path``, if there is no usable text."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            path, f"the file could not be read ({error.strerror}).", "Check the file is there."
        ) from error
    check_pdf_bytes(data, path)

    # PDFium only for a PDF: a text report never loads it (about 25 ms).
    from briefing_app.importers import pdfium

    pages: list[list[PageLine]] = []
    characters = 0
    try:
        with pdfium.open_document(data) as document:
            count = len(document)
            for index in range(count):
                try:
                    with document.text_page(index) as text_page:
                        lines, chars = _page_lines(text_page)
                except pdfium.PdfiumError as error:
                    raise ImportFileError(
                        path, f"page {index + 1} of the PDF is damaged.", _GET_ANOTHER
                    ) from error
                pages.append(lines)
                characters += chars
                if progress is not None:
                    progress((index + 1) / count, f"Reading page {index + 1} of {count}…")
    except pdfium.PdfiumError as error:
        raise _open_error(path, error) from error
    if count == 0 or characters < _MIN_CHARS_PER_PAGE * count:
        raise ImportFileError(
            path,
            "the PDF has no text to read: it looks like a scan (pictures of pages).",
            "Use the PDF published on Ofsted's website, which has its text, not a scanned copy.",
        )
    return pages


def _open_error(path: Path, error: PdfiumError) -> ImportFileError:
    # Already loaded by read_pdf_pages, the only caller; named here to keep it so.
    from briefing_app.importers.pdfium import ERR_PASSWORD, ERR_SECURITY

    code = error.code
    if code == ERR_PASSWORD:
        return ImportFileError(
            path,
            "the PDF is protected by a password.",
            "Use the unprotected PDF published on Ofsted's website.",
        )
    if code == ERR_SECURITY:
        return ImportFileError(
            path, "the PDF is locked in a way this app cannot open.", _GET_ANOTHER
        )
    return ImportFileError(path, "the PDF is damaged and cannot be read.", _GET_ANOTHER)


def _page_lines(text_page: TextPage) -> tuple[list[PageLine], int]:
    count = text_page.count()
    text = text_page.text()
    # Each character's place is asked for by its index, which matches the text's only
    # when PDFium has left nothing out of it.
    reader = text_page if len(text) == count else None
    lines: list[PageLine] = []
    for match in _LINE.finditer(text):
        lines.extend(_pieces(match.group(), match.start(), reader))
    return lines, len("".join(text.split()))


def _pieces(raw_line: str, start: int, reader: TextPage | None) -> list[PageLine]:
    """A line of extracted text; PDFium joins a line broken after a hyphen, marked U+FFFE."""
    out: list[PageLine] = []
    position = start
    parts = raw_line.split("\ufffe")
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        piece = part if last else part + "-"
        line = _line(piece, position, reader, joins_next=not last)
        if line is not None:
            out.append(line)
        position += len(part) + 1
    return out


def _line(piece: str, start: int, reader: TextPage | None, joins_next: bool) -> PageLine | None:
    stripped = piece.strip()
    if not stripped:
        return None
    if reader is None:
        return PageLine(normalise_text(stripped), joins_next=joins_next)
    first = start + (len(piece) - len(piece.lstrip()))
    last = start + len(piece.rstrip()) - 1
    if joins_next:
        last -= 1  # the hyphen stands in for U+FFFE, whose box is the line's end
    cleaned = _without_marks(piece, start, reader)
    # Sizes finer than a tenth of a point come from scaling arithmetic, not from the type.
    size = round(reader.size(first), 1)
    left, baseline = reader.origin(first)
    right = reader.right(max(last, first))
    return PageLine(
        normalise_text(cleaned),
        size=size,
        left=left,
        right=right,
        baseline=baseline,
        joins_next=joins_next,
    )


def _without_marks(piece: str, start: int, reader: TextPage) -> str:
    """Remove footnote marks: digits set smaller or raised after a word."""
    if _DIGIT.search(piece) is None:
        return piece  # most lines: quicker to rule out than to look for marks
    cuts: list[tuple[int, int]] = []
    for match in _MARK_CANDIDATE.finditer(piece):
        before = start + match.start() - 1
        digit = start + match.start()
        before_size = reader.size(before)
        if before_size <= 0:
            continue
        smaller = reader.size(digit) < before_size * _SUPERSCRIPT_SIZE
        raised = (
            reader.origin(digit)[1] - reader.origin(before)[1] > before_size * _SUPERSCRIPT_RISE
        )
        if smaller or raised:
            cuts.append((match.start(), match.end()))
    for begin, end in reversed(cuts):
        piece = piece[:begin] + piece[end:]
    return piece
