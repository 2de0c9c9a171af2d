"""PDFium, driven through pypdfium2's ctypes layer (``pypdfium2_raw``).

Reading a report needs only a few of PDFium's functions: open a document held in memory,
load each page and its text, and ask about single characters. pypdfium2's helper classes
would take as long again to import as the library itself, so they are not used: the
objects here open and close PDFium's handles in the same way, and ``TextPage.text`` gives
exactly the text of pypdfium2's ``PdfTextPage.get_text_range``.
"""

from __future__ import annotations

import codecs
import ctypes
import math
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2_raw as pdfium_c

ERR_PASSWORD: int = pdfium_c.FPDF_ERR_PASSWORD
ERR_SECURITY: int = pdfium_c.FPDF_ERR_SECURITY

_started = False


class PdfiumError(Exception):
    """PDFium could not do what was asked; ``code`` is its error code, when it gives one."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


def _start() -> None:
    """Set PDFium up once per process, with the configuration pypdfium2 uses.

    If pypdfium2 itself is loaded too, its own set-up call does nothing: PDFium ignores a
    second one. The library is left for the process's end to release.
    """
    global _started
    if not _started:
        config = pdfium_c.FPDF_LIBRARY_CONFIG(
            version=2, m_pUserFontPaths=None, m_pIsolate=None, m_v8EmbedderSlot=0
        )
        pdfium_c.FPDF_InitLibraryWithConfig(config)
        _started = True


class Document:
    """An open PDF. ``data`` is held for as long as PDFium reads from it."""

    def __init__(self, raw: object, data: bytes) -> None:
        self._raw = raw
        self._data = data

    def __len__(self) -> int:
        return int(pdfium_c.FPDF_GetPageCount(self._raw))

    @contextmanager
    def text_page(self, index: int) -> Iterator[TextPage]:
        """The text of page ``index`` (from 0). Raises PdfiumError if it cannot be loaded."""
        page = pdfium_c.FPDF_LoadPage(self._raw, index)
        if not page:
            raise PdfiumError("Failed to load page.")
        try:
            raw_text = pdfium_c.FPDFText_LoadPage(page)
            if not raw_text:
                raise PdfiumError("Failed to load text page.")
            try:
                yield TextPage(raw_text)
            finally:
                pdfium_c.FPDFText_ClosePage(raw_text)
        finally:
            pdfium_c.FPDF_ClosePage(page)


@contextmanager
def open_document(data: bytes) -> Iterator[Document]:
    """Open the PDF in ``data``. Raises PdfiumError, with PDFium's error code, if it cannot
    be opened or has no pages."""
    _start()
    raw = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if pdfium_c.FPDF_GetPageCount(raw) < 1:
        code = int(pdfium_c.FPDF_GetLastError())
        if raw:
            pdfium_c.FPDF_CloseDocument(raw)
        raise PdfiumError("Failed to load document.", code)
    try:
        yield Document(raw, data)
    finally:
        pdfium_c.FPDF_CloseDocument(raw)


class TextPage:
    """A page's characters: their text, and each one's type size and place."""

    def __init__(self, raw: object) -> None:
        self._raw = raw
        self._x = ctypes.c_double()
        self._y = ctypes.c_double()
        self._left = ctypes.c_double()
        self._right = ctypes.c_double()
        self._bottom = ctypes.c_double()
        self._top = ctypes.c_double()
        self._matrix = pdfium_c.FS_MATRIX()

    def count(self) -> int:
        count = int(pdfium_c.FPDFText_CountChars(self._raw))
        if count == -1:
            raise PdfiumError("Failed to get character count.")
        return count

    def text(self) -> str:
        """All the page's text. Characters PDFium leaves out of its text at either end of
        the page are skipped, so it is never asked to read past them."""
        first, last = 0, self.count() - 1
        index_of = pdfium_c.FPDFText_GetTextIndexFromCharIndex
        while first <= last and index_of(self._raw, first) == -1:
            first += 1
        while first <= last and index_of(self._raw, last) == -1:
            last -= 1
        if first > last:
            return ""
        start, end = index_of(self._raw, first), index_of(self._raw, last)
        size = end + 2 - start  # with room for the closing NUL
        buffer = (ctypes.c_ushort * size)()
        written = pdfium_c.FPDFText_GetText(self._raw, first, last + 1 - first, buffer)
        return codecs.decode(memoryview(buffer)[: written - 1], "utf-16-le", errors="ignore")

    def size(self, index: int) -> float:
        """The type size of character ``index`` as printed, in points.

        PDFium gives the size the font was set at; a PDF may set every font at size 1 and
        scale the text instead (as Cairo does), so the character's matrix is taken into
        account.
        """
        nominal = float(pdfium_c.FPDFText_GetFontSize(self._raw, index))
        if not pdfium_c.FPDFText_GetMatrix(self._raw, index, self._matrix):
            return nominal
        matrix = self._matrix
        return nominal * math.hypot(matrix.c, matrix.d)

    def origin(self, index: int) -> tuple[float, float]:
        """Where character ``index`` sits: its left edge and its baseline."""
        pdfium_c.FPDFText_GetCharOrigin(self._raw, index, self._x, self._y)
        return self._x.value, self._y.value

    def right(self, index: int) -> float:
        """The right edge of character ``index``."""
        pdfium_c.FPDFText_GetCharBox(
            self._raw, index, self._left, self._right, self._bottom, self._top
        )
        return self._right.value
