from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.questions_csv import read_question_bank

HEADER = "code,question,why,theme,principle,findings,recommendations,indicators\n"
GOOD = (
    'A-1,"Is it better, now?",Because.,care-leavers,high-aspirations,104 8,22,care-leavers-neet\n'
)


def _write(tmp_path: Path, text: str, name: str = "questions.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_a_good_file(tmp_path: Path) -> None:
    rows = read_question_bank(_write(tmp_path, HEADER + GOOD))
    assert len(rows) == 1
    row = rows[0]
    assert (row.line, row.code) == (2, "A-1")
    assert row.draft.text == "Is it better, now?"
    assert row.draft.findings == (8, 104)
    assert row.draft.recommendations == (22,)
    assert row.draft.indicators == ("care-leavers-neet",)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (HEADER.replace(",indicators", ""), 1, "'indicators' is missing"),
        (HEADER + GOOD + GOOD, 3, "appears twice"),
        (HEADER + GOOD.replace("care-leavers,", "carers,"), 2, "no theme called 'carers'"),
        (HEADER + GOOD.replace("104 8", "104 eight"), 2, "'eight' is not a paragraph"),
        (HEADER + GOOD.replace("104 8", ""), 2, "at least one paragraph"),
        (HEADER + GOOD.replace('now?"', 'now"'), 2, "question mark"),
        (HEADER + GOOD.replace("A-1", "A 1"), 2, "code 'A 1' is not valid"),
        (HEADER + GOOD.rstrip("\n") + ",extra\n", 2, "9 cells but the header names 8 columns"),
        (HEADER + GOOD + "B-2,Ok?,,care-leavers,nice,1,,\n", 3, "principle called 'nice'"),
    ],
)
def test_bad_files_name_the_file_and_the_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ImportFileError) as caught:
        read_question_bank(path)
    assert caught.value.line == line
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"questions.csv, line {line}:")


def test_empty_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="holds no questions"):
        read_question_bank(_write(tmp_path, HEADER))
    with pytest.raises(ImportFileError, match="could not be read"):
        read_question_bank(tmp_path / "missing.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes((HEADER + GOOD.replace("Because.", "Caf\xe9.")).encode("latin-1"))
    with pytest.raises(ImportFileError, match=r"latin\.csv, line 2: the file is not UTF-8 text"):
        read_question_bank(latin)
