"""Reading indicator files: every problem found, named by file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError, ImportProblemsError
from briefing_app.domain.outcomes import ComparatorKind, IndicatorDefinition, Stated, Unit
from briefing_app.importers.indicators_csv import read_definitions, read_figures
from tests.conftest import REPO

DEFINITIONS = {d.key: d for d in read_definitions(REPO / "data" / "indicator_definitions.csv")}


def write(tmp_path: Path, text: str, name: str = "figures.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_definitions_hold_the_shared_keys() -> None:
    assert len(DEFINITIONS) >= 25
    assert DEFINITIONS["care-leavers-neet"].unit is Unit.PERCENT
    assert all(isinstance(d, IndicatorDefinition) for d in DEFINITIONS.values())
    assert all("{value}" in d.statement for d in DEFINITIONS.values())


def test_reads_figures_with_comparators_and_sources(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "key,as_at,period,value,count,england,neighbours_stated,paragraphs,document,note\n"
        'care-leavers-neet,31/03/2015,2014–15,41.5%,37,39,below,104,"DfE, 2015",Provisional\n'
        'cla-count,2015-03-31,,"1,330",,,,,SSDA903 return,\n',
    )
    rows = read_figures(path, DEFINITIONS)
    assert [(r.line, r.key) for r in rows] == [(2, "care-leavers-neet"), (3, "cla-count")]
    neet = rows[0].observation
    assert neet.as_at == date(2015, 3, 31)
    assert (neet.period, neet.value, neet.count) == ("2014–15", 41.5, 37)
    england = neet.comparator(ComparatorKind.ENGLAND)
    assert england is not None
    assert england.value == 39
    neighbours = neet.comparator(ComparatorKind.STATISTICAL_NEIGHBOURS)
    assert neighbours is not None
    assert neighbours.stated is Stated.BELOW
    assert neet.source.paragraphs == (104,)
    assert neet.source.document == "DfE, 2015"
    assert neet.origin == "Imported from figures.csv"
    count = rows[1].observation
    assert count.value == 1330
    assert count.period == "31 March 2015"


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "key,as_at,value,document\n"
        "cla-cont,2015-03-31,330,Return\n"
        "cla-count,2015-13-31,lots,Return\n"
        "\n"
        "care-leavers-neet,2015-03-31,140,Return\n"
        "cla-count,2016-03-31,330,\n",
    )
    with pytest.raises(ImportProblemsError) as caught:
        read_figures(path, DEFINITIONS)
    error = caught.value
    lines = [line for line, _ in error.problems]
    assert lines == [2, 3, 3, 5, 6]
    assert str(error).startswith(
        "figures.csv, line 2: there is no indicator with the key “cla-cont”. "
        "Did you mean “cla-count”?"
    )
    assert "4 more problems, on lines 3, 5 and 6" in str(error)
    details = error.details()
    assert "figures.csv, line 3: the date (as_at) “2015-13-31” is not a date" in details
    assert "figures.csv, line 3: the value “lots” is not a number." in details
    assert "line 5: the value 140 is a percentage, so it cannot be over 100." in details
    assert "line 6: every figure needs a source" in details


def test_a_repeated_figure_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "key,as_at,value,document\ncla-count,2015-03-31,330,A\ncla-count,31/03/2015,331,B\n",
    )
    with pytest.raises(ImportProblemsError) as caught:
        read_figures(path, DEFINITIONS)
    assert caught.value.line == 3
    assert "already given on line 2" in str(caught.value)


def test_a_multi_line_cell_does_not_put_line_numbers_out(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'key,as_at,value,document,note\ncla-count,2015-03-31,330,A,"two\nlines"\n'
        "cla-count,2016-03-31,x,A,\n",
    )
    with pytest.raises(ImportProblemsError) as caught:
        read_figures(path, DEFINITIONS)
    assert caught.value.line == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("key,value\ncla-count,330\n", "line 1: the column “as_at” is missing."),
        ("key,as_at,value,englnd\n", "line 1: the column “englnd” is not one the app knows."),
        ("key,as_at,value,document\n", "the file has a header but no figures."),
        ("", "the file is empty."),
        (
            "key,as_at,value,document\ncla-count,2015-03-31,330,A,extra\n",
            "5 cells but the header names 4 columns",
        ),
    ],
)
def test_file_level_problems(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ImportFileError) as caught:
        read_figures(path, DEFINITIONS)
    assert message in str(caught.value)
    assert str(caught.value).startswith("figures.csv")


def test_a_workbook_or_binary_file_is_named_for_what_it_is(tmp_path: Path) -> None:
    workbook = tmp_path / "figures.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match="Excel workbook, not a CSV"):
        read_figures(workbook, DEFINITIONS)
    binary = tmp_path / "figures.csv"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    with pytest.raises(ImportFileError, match="not a text file"):
        read_figures(binary, DEFINITIONS)
    with pytest.raises(ImportFileError, match="could not be read"):
        read_figures(tmp_path / "missing.csv", DEFINITIONS)


def test_a_windows_1252_file_from_an_old_spreadsheet_program(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_bytes(
        "key,as_at,value,document,note\ncla-count,2015-03-31,330,Return,Zoë’s note\n".encode(
            "cp1252"
        )
    )
    assert read_figures(path, DEFINITIONS)[0].observation.note == "Zoë’s note"


def test_definitions_problems_are_named(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "key,label,audience,topic,unit,polarity,statement\n"
        "a,A,children-in-care,health,litres,higher,{value} a\n"
        "b,B,children-in-care,nowhere,count,higher,{value} b\n",
        "definitions.csv",
    )
    with pytest.raises(ImportProblemsError) as caught:
        read_definitions(path)
    assert [line for line, _ in caught.value.problems] == [2, 3]
    assert "'litres' is not a valid Unit" in caught.value.details()
    assert "there is no topic “nowhere”" in caught.value.details()


def test_numbers_too_large_to_hold_are_problems_on_their_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "key,as_at,value,count,denominator,england\n"
        f"cla-count,2015-03-31,330,{'9' * 400},,\n"
        f"cla-pep,2015-03-31,92,,{'9' * 25},\n"
        f"care-leavers-neet,2015-03-31,{'9' * 400},,,{'9' * 400}\n",
    )
    with pytest.raises(ImportProblemsError) as caught:
        read_figures(path, DEFINITIONS)
    problems = caught.value.problems
    assert [line for line, _ in problems] == [2, 3, 4, 4]
    assert "the count “999" in problems[0][1]
    assert problems[0][1].endswith("is too large to be a figure.")
    assert problems[1][1].endswith("is too large to be a figure.")
    assert problems[2][1].startswith("the value “999")


def test_figures_no_council_could_have_are_problems_on_their_line(tmp_path: Path) -> None:
    """A value of 1e26 written out, and figures dated 2099 or in the year 1."""
    path = write(
        tmp_path,
        "key,as_at,value,document\n"
        f"cla-count,2015-03-31,1{'0' * 26},Return\n"
        "cla-count,2099-03-31,330,Return\n"
        "cla-count,0001-03-31,330,Return\n"
        "cla-count,2016-03-31,999999999,Return\n",
    )
    with pytest.raises(ImportProblemsError) as caught:
        read_figures(path, DEFINITIONS)
    details = caught.value.details()
    assert [line for line, _ in caught.value.problems] == [2, 3, 4]
    assert f"figures.csv, line 2: the value “1{'0' * 26}” is too large to be a figure." in details
    assert (
        "figures.csv, line 3: the date (as_at) “2099-03-31” is not a date a figure can have: "
        "give one from 1 January 1970 to"
    ) in details
    assert "figures.csv, line 4: the date (as_at) “0001-03-31” is not a date" in details
