"""Reading back the PDFs the app writes, as a reader's software would (pypdf and qpdf)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader

# A contents line comes out as its title, its dotted leader and its page number.
_CONTENTS_LINE = re.compile(r"^(?P<title>[^.\n][^\n]*?)\n *(?:\. ?)+\n(?P<page>\d+)$", re.M)


@dataclass(frozen=True)
class Bookmark:
    level: int
    title: str
    page: int  # 1-based, as printed


def qpdf_check(path: Path) -> str:
    """Run ``qpdf --check``; fail the test with its output unless the file is clean."""
    qpdf = shutil.which("qpdf")
    assert qpdf, "qpdf is needed to check PDFs (apt-get install qpdf)"
    result = subprocess.run(
        [qpdf, "--check", str(path)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout, result.stdout
    return result.stdout


def bookmarks(reader: PdfReader) -> list[Bookmark]:
    found: list[Bookmark] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append(
                    Bookmark(level, str(item.title), reader.get_destination_page_number(item) + 1)
                )

    walk(reader.outline, 0)
    return found


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def contents_lines(reader: PdfReader, page_number: int) -> list[tuple[str, int]]:
    """The contents page's lines in order: each title and the page number printed beside it."""
    text = reader.pages[page_number - 1].extract_text()
    return [(match["title"].strip(), int(match["page"])) for match in _CONTENTS_LINE.finditer(text)]


def contents_entries(reader: PdfReader, page_number: int) -> dict[str, int]:
    """The contents page's entries: title -> the page number printed beside it."""
    return dict(contents_lines(reader, page_number))


def fonts(reader: PdfReader) -> dict[str, Any]:
    """Every font the pages use, by its PDF name, with its font dictionary."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found
