"""The same report as another program would give it: its text as poppler's ``pdftotext``
extracts it (the text a user might save and import), and the PDF written out again by
poppler's ``pdftocairo`` (another PDF producer: text set at size 1 and scaled, other
fonts, other text objects). A report must read the same in every form."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found is not None, f"{name} (poppler-utils) is needed to run this test"
    return found


def text_copy(pdf: Path, folder: Path) -> Path:
    """``pdf``'s text as ``pdftotext`` gives it, in reading order, saved as a text file."""
    target = folder / f"{pdf.stem}.txt"
    subprocess.run([_tool("pdftotext"), str(pdf), str(target)], check=True, timeout=120)
    return target


def cairo_copy(pdf: Path, folder: Path) -> Path:
    """``pdf`` written out again by Cairo."""
    target = folder / pdf.name
    subprocess.run([_tool("pdftocairo"), "-pdf", str(pdf), str(target)], check=True, timeout=300)
    return target
