"""Fuzzing every importer: whatever the file holds, only a typed user error may escape.

An importer given a broken, foreign or hostile file must either read it or raise
ImportFileError naming the file; any other exception is a bug. ``make test`` runs these
with a few dozen examples each; ``make fuzz`` with thousands (HYPOTHESIS_PROFILE=fuzz).

Adding an importer is one entry in IMPORTERS: its reader and a strategy for its files.
When the PDF report importer lands, add it here with PDF bytes, e.g. the reference PDFs
in ../shared/reference/ofsted-pdfs cut short, with bytes flipped, or with their streams
shuffled (see ``csv_files`` and ``report_text_files`` for the pattern).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.evidence_csv import read_evidence_links
from briefing_app.importers.glossary_csv import read_glossary
from briefing_app.importers.ofsted_report import read_report_file
from tests.conftest import REPO
from tests.fuzz.strategies import csv_files, report_text_files


@dataclass(frozen=True)
class Importer:
    name: str
    read: Callable[[Path], object]
    files: st.SearchStrategy[bytes]
    suffix: str


IMPORTERS = [
    Importer("report-text", read_report_file, report_text_files(), ".txt"),
    Importer(
        "recommendation-evidence-csv",
        read_evidence_links,
        csv_files(
            ("recommendation", "evidence"),
            (REPO / "data" / "portsmouth-2014" / "recommendation_evidence.csv").read_text(
                encoding="utf-8"
            ),
        ),
        ".csv",
    ),
    Importer(
        "glossary-csv",
        read_glossary,
        csv_files(
            ("term", "stands_for", "meaning"),
            (REPO / "data" / "glossary.csv").read_text(encoding="utf-8"),
        ),
        ".csv",
    ),
]


def _typed_error(importer: Importer, path: Path) -> ImportFileError | None:
    try:
        importer.read(path)
    except ImportFileError as error:
        return error
    return None


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.mark.fuzz
@pytest.mark.parametrize("importer", IMPORTERS, ids=[i.name for i in IMPORTERS])
@given(data=st.data())
def test_only_typed_errors_escape(importer: Importer, folder: Path, data: st.DataObject) -> None:
    contents = data.draw(importer.files, label="file contents")
    path = folder / f"user file{importer.suffix}"
    path.write_bytes(contents)
    error = _typed_error(importer, path)  # anything else fails the test
    if error is not None:
        assert error.path == path
        assert str(error).startswith(path.name)
        assert error.detail.strip()
