"""CSV files that are broken in the ways real files are: each gets a typed error and a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.csv_rows import read_rows
from briefing_app.importers.glossary_csv import read_glossary


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    return list(read_rows(path, ("term",), "advice"))


def test_a_file_in_another_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_bytes("term,meaning\nIRO,fine\nCAF,caf\u00e9\n".encode("cp1252"))
    with pytest.raises(ImportFileError) as caught:
        _rows(path)
    assert caught.value.line == 3
    assert str(caught.value).startswith("glossary.csv, line 3: the file is not UTF-8 text.")
    assert "CSV UTF-8" in caught.value.advice


def test_a_field_too_long_for_csv_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("term,meaning\nX," + "y" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not laid out as CSV") as caught:
        _rows(path)
    assert caught.value.line == 2


def test_short_rows_read_as_empty_cells(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("term,stands_for,meaning\nIRO\n", encoding="utf-8-sig")
    assert _rows(path) == [(2, {"term": "IRO", "stands_for": "", "meaning": ""})]
    with pytest.raises(ImportFileError, match="line 2: a term or its meaning is empty"):
        read_glossary(path)


def test_a_missing_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="could not be read"):
        _rows(tmp_path / "absent.csv")
