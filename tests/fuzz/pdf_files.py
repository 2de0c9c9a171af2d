"""PDF files for fuzzing the report importer: real reports bent out of shape, and noise.

Two kinds of real PDF are mutated:

- Ofsted's own reports (``samples/ofsted-reports``), cut to their first pages
  so each example reads quickly. Their page content is compressed, so damage there mostly
  tests PDFium's own defences; damage to their objects, cross-reference tables and
  trailers tests how the app reports a broken file.
- The Portsmouth report's front page and first paragraphs laid out by reportlab with
  compression off, so a mutation lands in the text itself: the strings, the type sizes
  and the positions the importer reads to find lines, footnotes and headings.
"""

from __future__ import annotations

import io
import re
from functools import cache

from hypothesis import strategies as st

from tests.conftest import REFERENCE_PDFS, REPO

PAGES_KEPT = 7
# The "%PDF-1.7" line and the binary comment after it: kept by mutations, so they reach
# past the app's first check into PDFium (noise covers files that are not PDFs at all).
HEADER = 16
NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
# Numbers worth putting where a number was: edges of what PDF readers expect.
ODD_NUMBERS = (b"0", b"-1", b"1", b"0.0001", b"99999999", b"2147483648", b"1e309", b"-0", b"3.")
ODD_TEXT = (
    b"(\\)",
    b"(",
    b")",
    b"<FEFF>",
    b"<>",
    b"/F1 0 Tf",
    b"/F1 -12 Tf",
    b"/F9 12 Tf",
    b"BT",
    b"ET",
    b"T*",
    b"1 0 0 1 0 0 Tm",
    b"q Q Q Q",
    b"endstream",
    b"endobj",
    b"trailer << /Root 1 0 R >>",
    b"xref\n0 1\n0000000000 65535 f \n",
    b"\x00",
    b"\xff\xfe",
)


@cache
def _cut_references() -> tuple[bytes, ...]:
    """The first pages of each reference report, saved as PDFs of their own."""
    import pypdfium2 as pdfium

    cut: list[bytes] = []
    for path in sorted(REFERENCE_PDFS.glob("*.pdf")):
        source = pdfium.PdfDocument(str(path))
        document = pdfium.PdfDocument.new()
        document.import_pages(source, list(range(min(PAGES_KEPT, len(source)))))
        buffer = io.BytesIO()
        document.save(buffer)
        cut.append(buffer.getvalue())
        document.close()
        source.close()
    return tuple(cut)


@cache
def _laid_out_report() -> bytes:
    """The Portsmouth report's first pages as an uncompressed PDF: headings larger, table
    cells in columns, long paragraphs wrapped, and a footnote mark after each paragraph."""
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    text = (REPO / "data" / "portsmouth-2014" / "report.txt").read_text(encoding="utf-8")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    y = 800.0
    for line in text.splitlines()[:90]:
        heading = len(line) < 60 and "\t" not in line and not line.endswith(".")
        size = 13 if heading else 10
        for part in textwrap.wrap(line, 95) or [""]:
            if y < 60:
                canvas.showPage()
                y = 800.0
            canvas.setFont("Helvetica-Bold" if heading else "Helvetica", size)
            for column, cell in enumerate(part.split("\t")):
                canvas.drawString(56 + 300 * column, y, cell)
            y -= size * 1.3
        if line.endswith("."):
            canvas.setFont("Helvetica", 6)
            canvas.drawString(56 + canvas.stringWidth(part, "Helvetica", size), y + 17, "1")
        y -= 6
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def real_pdfs() -> tuple[bytes, ...]:
    return (*_cut_references(), _laid_out_report())


@st.composite
def _mutated(draw: st.DrawFn, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        if not out:
            break
        if len(out) <= HEADER:
            break
        at = draw(st.integers(HEADER, len(out) - 1))
        action = draw(
            st.sampled_from(
                ["flip", "overwrite", "delete", "duplicate", "insert", "number", "text", "cut"]
            )
        )
        if action == "flip":
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "overwrite":
            noise = draw(st.binary(min_size=1, max_size=64))
            out[at : at + len(noise)] = noise
        elif action == "delete":
            del out[at : at + draw(st.integers(1, 4000))]
        elif action == "duplicate":
            out[at:at] = out[at : at + draw(st.integers(1, 4000))]
        elif action == "insert":
            out[at:at] = draw(st.sampled_from(ODD_TEXT))
        elif action == "number":
            numbers = list(NUMBER.finditer(bytes(out[at : at + 400])))
            if numbers:
                found = draw(st.sampled_from(numbers))
                out[at + found.start() : at + found.end()] = draw(st.sampled_from(ODD_NUMBERS))
        elif action == "text":
            out[at:at] = b"(" + draw(st.text(max_size=20)).encode("utf-8") + b") Tj "
        else:
            # Cut short, but still ending as a PDF does: past the app's own check, to PDFium.
            out = out[:at] + b"\n%%EOF\n"
    return bytes(out)


@st.composite
def pdf_files(draw: st.DrawFn) -> bytes:
    """Mostly a real PDF with a few mutations; sometimes noise, with or without PDF edges."""
    kind = draw(st.integers(0, 19))
    if kind == 0:
        return draw(st.binary(max_size=4000))
    if kind == 1:
        return b"%PDF-1.7\n" + draw(st.binary(max_size=4000)) + b"\n%%EOF\n"
    base = draw(st.sampled_from(real_pdfs()))
    if kind == 2:
        return base  # a whole real PDF must still be read (or refused as not a report)
    if kind == 3:
        other = draw(st.sampled_from(real_pdfs()))
        head = base[: draw(st.integers(HEADER, len(base)))]
        return head + other[draw(st.integers(0, len(other))) :]
    return draw(_mutated(base))
