"""Reading the council's list of councillors: its own columns, or a committee system's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.members_csv import read_members
from tests.conftest import REPO


def write(tmp_path: Path, text: str, name: str = "councillors.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_template_reads(tmp_path: Path) -> None:
    parsed = read_members(REPO / "data" / "templates" / "members-template.csv")
    assert parsed.problems == []
    zoe, lukasz, rhiannon = parsed.lines
    assert zoe.name == "Zoë Hartley"
    assert zoe.roles == ("corporate parenting panel", " children's scrutiny panel")
    assert zoe.term_start == date(2022, 5, 5)
    # The three ways of writing a date give the same day.
    assert lukasz.term_start == rhiannon.term_start == date(2022, 5, 5)
    assert rhiannon.roles == ("",)
    assert parsed.columns == {"name", "party", "ward", "email", "roles", "term_start", "term_end"}


def test_headers_are_matched_whatever_their_case_and_spacing(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "NAME, Party ,WARD,E_mail,ROLES,TermStart,term-end\n"
        "Zoë Hartley,Green,Harbour,zoe@council.example,fostering panel,2022-05-05,2026-05-07\n",
    )
    (zoe,) = read_members(path).lines
    assert (zoe.party, zoe.ward, zoe.email) == ("Green", "Harbour", "zoe@council.example")
    assert (zoe.term_start, zoe.term_end, zoe.has_term_end) == (
        date(2022, 5, 5),
        date(2026, 5, 7),
        True,
    )


def test_a_committee_system_s_export_is_recognised(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Councillor,Political party,Ward,E-mail address,Telephone\n"
        "Councillor Zoë Hartley,Liberal Democrat,Harbour,zoe@council.example,01234 567890\n"
        "Cllr. Łukasz Wójcik,Labour,Northgate,,\n",
    )
    parsed = read_members(path)
    assert parsed.problems == []
    assert [(m.name, m.party, m.ward) for m in parsed.lines] == [
        ("Zoë Hartley", "Liberal Democrat", "Harbour"),
        ("Łukasz Wójcik", "Labour", "Northgate"),
    ]
    # The export has no seats or term dates: those details are kept as they are held.
    assert parsed.lines[0].roles is None
    assert parsed.lines[0].term_start is None
    assert not parsed.lines[0].has_term_end
    member = write(tmp_path, "Member,Political group\nGareth Pryce,Conservative\n", "m.csv")
    (gareth,) = read_members(member).lines
    assert (gareth.name, gareth.party, gareth.ward) == ("Gareth Pryce", "Conservative", None)


def test_bad_dates_and_empty_names_are_listed_by_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "name,term_start,term_end\n"
        "Zoë Hartley,31/02/2022,\n"
        ",2022-05-05,\n"
        "\n"
        "Gareth Pryce,2022-05-05,someday\n"
        "Łukasz Wójcik,2022-05-05,\n",
    )
    parsed = read_members(path)
    assert [line for line, _ in parsed.problems] == [2, 3, 5]
    assert parsed.problems[0][1].startswith("The term start '31/02/2022' is not a date")
    assert parsed.problems[1][1] == "The name is empty."
    assert parsed.problems[2][1].startswith("The term end 'someday' is not a date")
    assert [m.name for m in parsed.lines] == ["Łukasz Wójcik"]


def test_a_file_without_a_name_column_is_refused_at_line_1(tmp_path: Path) -> None:
    path = write(tmp_path, "party,ward\nGreen,Harbour\n")
    with pytest.raises(ImportFileError, match="no column for the councillors' names") as error:
        read_members(path)
    assert error.value.line == 1
    assert "councillors.csv, line 1" in str(error.value)


def test_two_columns_for_one_detail_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "Name,Councillor\nZoë Hartley,Zoë Hartley\n")
    with pytest.raises(ImportFileError, match="two columns could both be the name"):
        read_members(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04" + b"\x00" * 40, "Excel workbook"),
        (b"%PDF-1.7\n", "PDF"),
        (b"name;party\nZo\xc3\xab;Green\n", "separated by semicolons"),
        (b'name,party\n"Zo\xc3\xab,Green\n', "not laid out as CSV"),
        (b"name\nZo\xc3\xab,Green,Harbour\n", "has 3 cells but the header names 1"),
    ],
)
def test_damaged_files_are_refused_naming_the_file(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=message) as error:
        read_members(path)
    assert str(error.value).startswith("list.csv")


def test_a_spreadsheet_s_windows_1252_file_reads(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("name,ward\nRenée Dubois-Marsh,Westmarsh\n".encode("cp1252"))
    (renee,) = read_members(path).lines
    assert renee.name == "Renée Dubois-Marsh"
