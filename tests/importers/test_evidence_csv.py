from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.evidence_csv import read_evidence_links


def test_reads_links(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text("recommendation,evidence\n13,3 43 44\n20,\n", encoding="utf-8")
    assert read_evidence_links(path) == {13: (3, 43, 44), 20: ()}


def test_missing_column_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text("recommendation,paragraphs\n13,3\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_evidence_links(path)
    assert caught.value.line == 1
    assert str(caught.value).startswith("links.csv, line 1: the column 'evidence' is missing.")


def test_bad_number_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text("recommendation,evidence\n13,3 43\n14,two\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_evidence_links(path)
    assert caught.value.line == 3
    assert "links.csv, line 3" in str(caught.value)
