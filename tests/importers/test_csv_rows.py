"""CSV files that are broken in the ways real files are: each gets a typed error and a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.csv_rows import read_rows
from briefing_app.importers.glossary_csv import read_glossary


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    return [(row.line, row.values) for row in read_rows(path, ("term",), advice="advice")]


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
    with pytest.raises(ImportFileError, match="a cell on this line is too long") as caught:
        _rows(path)
    assert caught.value.line == 2
    assert "quotes" not in str(caught.value)


@pytest.mark.parametrize("content", [b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n", b"\n\n"])
def test_a_file_with_nothing_but_a_byte_order_mark_or_blank_lines_is_empty(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match="the file is empty"):
        _rows(path)


@pytest.mark.parametrize(("separator", "name"), [(";", "semicolons"), ("\t", "tabs")])
def test_a_file_separated_by_semicolons_or_tabs_says_so(
    tmp_path: Path, separator: str, name: str
) -> None:
    path = tmp_path / "europe.csv"
    path.write_text(
        separator.join(["term", "meaning"]) + "\n" + separator.join(["IRO", "x"]) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError) as caught:
        _rows(path)
    assert caught.value.line == 1
    assert f"the columns are separated by {name}, not commas." in str(caught.value)


def test_short_rows_read_as_empty_cells(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("term,stands_for,meaning\nIRO\n", encoding="utf-8-sig")
    assert _rows(path) == [(2, {"term": "IRO", "stands_for": "", "meaning": ""})]
    with pytest.raises(ImportFileError, match="line 2: a term or its meaning is empty"):
        read_glossary(path)


def test_a_missing_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="could not be read"):
        _rows(tmp_path / "absent.csv")


def test_a_quote_left_open_names_the_line_it_opens_on(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text('term,meaning\nIRO,fine\nCAF,"open\nTAC,team\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match="not laid out as CSV") as caught:
        _rows(path)
    assert caught.value.line == 3
    assert "every quote that opens must close" in caught.value.advice


def test_a_cell_over_two_lines_gives_the_line_the_row_starts_on(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text('term,meaning\nIRO,"two\nlines"\n\nCAF,caf\n', encoding="utf-8")
    assert [line for line, _ in _rows(path)] == [2, 5]


def test_windows_1252_is_read_only_where_the_reader_allows_it(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("term,meaning\nZoë,caf\n".encode("cp1252"))
    with pytest.raises(ImportFileError, match="not UTF-8 text"):
        _rows(path)
    rows = list(read_rows(path, ("term",), windows_1252=True))
    assert rows[0].values["term"] == "Zoë"


def test_a_nul_byte_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_bytes(b"term,meaning\nIRO\x00,fine\n")
    with pytest.raises(ImportFileError, match="not a text file"):
        _rows(path)


def test_headers_in_any_case_and_trailing_empty_cells(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text("\ufeffTerm , Stands For\nIRO,Independent,,\n,,\n", encoding="utf-8")
    assert _rows(path) == [(2, {"term": "IRO", "stands_for": "Independent"})]


def test_a_row_longer_than_the_header_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text("term,meaning\nIRO,fine\nTAC,team, and family\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="3 cells but the header names 2 columns") as caught:
        _rows(path)
    assert caught.value.line == 3
    assert "double quotes" in caught.value.advice
