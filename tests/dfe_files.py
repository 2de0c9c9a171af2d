"""The DfE's own files, shipped (compressed) in ``sources/dfe``, for tests to read.

``unpacked`` gives a file back as the DfE published it (a plain CSV in a temporary
folder); ``rows`` reads one independently of the app's importer, with Python's own CSV
reader, so a test can check the app against the DfE's rows.
"""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

from tests.conftest import REPO

SOURCES = REPO / "sources" / "dfe"
CLA = SOURCES / "cla-2022-release"
OUTCOMES = SOURCES / "cla-outcomes-2022"


def source(name: str) -> Path:
    """The compressed copy of the DfE file called ``name`` (e.g. "ks4_la.csv")."""
    found = list(SOURCES.glob(f"*/{name}.gz"))
    assert len(found) == 1, f"{name} is not in {SOURCES}"
    return found[0]


def all_sources() -> list[Path]:
    return sorted(SOURCES.glob("*/*.csv.gz"))


def text(name: str) -> str:
    return gzip.decompress(source(name).read_bytes()).decode("utf-8-sig")


def unpacked(name: str, folder: Path, as_name: str | None = None) -> Path:
    """The DfE file, byte for byte, as a plain CSV in ``folder`` (under ``as_name``)."""
    path = folder / (as_name or name)
    path.write_bytes(gzip.decompress(source(name).read_bytes()))
    return path


def rows(name: str) -> list[dict[str, str]]:
    """The file's rows as Python's CSV reader reads them, each with its ``_line``."""
    reader = csv.DictReader(io.StringIO(text(name), newline=""))
    found = []
    for row in reader:
        row["_line"] = str(reader.line_num)
        found.append(row)
    return found
