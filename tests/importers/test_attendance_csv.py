"""Reading attendance files as officers make them: Excel, accents, mistakes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.dates import parse_day
from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.attendance_csv import read_attendance
from tests.conftest import REPO


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "attendance.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_the_shipped_template_reads() -> None:
    parsed = read_attendance(REPO / "data" / "templates" / "attendance-template.csv")
    assert parsed.problems == []
    assert [(x.member, x.completed_on) for x in parsed.lines] == [
        ("Zoë Hartley", date(2025, 3, 4)),
        ("Łukasz Wójcik", date(2025, 3, 4)),
    ]
    assert parsed.lines[1].note == "Joined for the second half"


def test_excel_utf8_with_bom_any_column_order_and_case(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Date,MEMBER,Module,Provider\r\n4 March 2025,Łukasz Wójcik,Safeguarding children,LGA\r\n",
        "utf-8-sig",
    )
    parsed = read_attendance(path)
    assert parsed.problems == []
    line = parsed.lines[0]
    assert (line.line, line.member, line.module, line.provider) == (
        2,
        "Łukasz Wójcik",
        "Safeguarding children",
        "LGA",
    )


def test_plain_excel_csv_in_windows_1252_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "member,module,date\nZoë Hartley,refresher,04/03/2025\n", "cp1252")
    assert read_attendance(path).lines[0].member == "Zoë Hartley"


def test_every_bad_line_is_reported_with_its_number(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "member,module,date,note\n"
        "Zoë Hartley,refresher,2025-03-04,\n"
        "\n"
        'Tomás Ferreira,refresher,2025-02-30,"a note\nover two lines"\n'
        "Kwame Asante,,2025-03-04,\n"
        "Priya Raman,refresher,04/03/25,\n"
        "Amara Okafor,,,\n",
    )
    parsed = read_attendance(path)
    assert [x.member for x in parsed.lines] == ["Zoë Hartley"]
    assert [line for line, _ in parsed.problems] == [4, 6, 7, 8]
    assert "'2025-02-30' is not a date" in parsed.problems[0][1]
    assert parsed.problems[1][1] == "The module is empty."
    assert parsed.problems[3][1] == "The module and the date are empty."


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"PK\x03\x04rest of a zip file", "Excel workbook"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"", "empty"),
        (b"\xff\xfem\x00e\x00", "UTF-16"),
        (b"\x00\x01\x02binary", "not a text file"),
    ],
)
def test_files_that_are_not_csv_are_refused(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "attendance.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=words) as caught:
        read_attendance(path)
    assert str(caught.value).startswith("attendance.csv: ")


def test_a_missing_column_names_line_1(tmp_path: Path) -> None:
    path = write(tmp_path, "member,course,date\nZoë Hartley,refresher,2025-03-04\n")
    with pytest.raises(ImportFileError, match="'module' is missing") as caught:
        read_attendance(path)
    assert caught.value.line == 1


def test_an_unquoted_comma_names_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "member,module,date\nZoë Hartley,refresher,2025-03-04\nHartley, Zoë,refresher,2025-03-04\n",
    )
    with pytest.raises(ImportFileError, match="double quotes") as caught:
        read_attendance(path)
    assert caught.value.line == 3


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="could not be read"):
        read_attendance(tmp_path / "nowhere.csv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-04", date(2025, 3, 4)),
        ("04/03/2025", date(2025, 3, 4)),
        ("4/3/2025", date(2025, 3, 4)),
        ("4 March 2025", date(2025, 3, 4)),
        ("4th Mar 2025", date(2025, 3, 4)),
        ("29/02/2024", date(2024, 2, 29)),
        ("29/02/2025", None),
        ("04/03/25", None),
        ("March 4, 2025", None),
        ("4 Smarch 2025", None),
        ("", None),
    ],
)
def test_dates_as_officers_write_them(text: str, expected: date | None) -> None:
    assert parse_day(text) == expected
