"""Reminders and the yearly table as CSV files: safe cells, and never written over a file."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ExportFileError
from briefing_app.domain.training.records import Member
from briefing_app.domain.training.year import year_table
from briefing_app.services.opening.container import Services
from briefing_app.services.training.reminders import COLUMNS, write_reminders_csv
from briefing_app.services.training.year import write_year_table_csv
from tests.support.files import file_digest


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_reminders_give_a_letter_per_councillor_ready_to_merge(
    services: Services, tmp_path: Path
) -> None:
    training = services.training
    board = training.board(training.demo_reference_date())
    path = tmp_path / "reminders.csv"
    count = write_reminders_csv(board, path, 60)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _rows(path)
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == count
    by_name = {r["Councillor"]: r for r in rows}
    zoe = by_name["Zoë Hartley"]
    assert zoe["E-mail"] == "zoe.hartley@council.example"
    assert zoe["Greeting"] == "Dear Councillor Zoë Hartley,"
    assert zoe["What is due"].startswith("Corporate parenting refresher: due again by ")
    assert zoe["Letter"].startswith("Dear Councillor Zoë Hartley,\n\nAs a councillor")
    assert zoe["Demonstration record"] == "Yes"
    # Oluwaseun joined 55 days ago: his induction falls due within the 60 days.
    assert "Corporate parenting induction: to be done by" in by_name["Oluwaseun Adeyemi"]["Letter"]
    # Everyone fully in date with nothing falling due gets no letter.
    assert "Łukasz Wójcik" not in by_name


def test_an_existing_file_is_never_written_over(services: Services, tmp_path: Path) -> None:
    board = services.training.board()
    folder = tmp_path / "exports"
    folder.mkdir()
    earlier = folder / "reminders.csv"
    earlier.write_text("last month's reminders, as they were sent\n", encoding="utf-8")
    before = file_digest(earlier)
    with pytest.raises(ExportFileError, match="already there") as error:
        write_reminders_csv(board, earlier)
    assert "Nothing was written" in str(error.value)
    assert file_digest(earlier) == before
    table = folder / "table.csv"
    write_year_table_csv(year_table(board, public=False), table)
    kept = file_digest(table)
    with pytest.raises(ExportFileError, match="already there"):
        write_year_table_csv(year_table(board, public=True), table)
    assert file_digest(table) == kept
    # Nothing half-written is left behind either.
    assert sorted(p.name for p in folder.iterdir()) == ["reminders.csv", "table.csv"]


def test_the_app_s_own_files_are_refused(services: Services, tmp_path: Path) -> None:
    board = services.training.board()
    copy = tmp_path / "copy.sqlite3"
    services.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(services.database_path, copy)
    before = file_digest(copy)
    for write in (
        lambda p: write_reminders_csv(board, p),
        lambda p: write_year_table_csv(year_table(board, public=False), p),
    ):
        with pytest.raises(ExportFileError, match="holds the app's data"):
            write(copy)
        assert file_digest(copy) == before


def test_reminder_cells_cannot_run_as_formulas(services: Services, tmp_path: Path) -> None:
    training = services.training
    training.add_member(Member("=cmd|' /C calc'!A0", date(2024, 5, 2), ward="+Ward"))
    path = tmp_path / "reminders.csv"
    write_reminders_csv(training.board(), path)
    rows = [r for r in _rows(path) if "calc" in r["Councillor"]]
    assert rows
    assert rows[0]["Councillor"].startswith("'=cmd")
    assert rows[0]["Ward"] == "'+Ward"


def test_the_yearly_table_file_follows_the_public_rule(services: Services, tmp_path: Path) -> None:
    board = services.training.board(services.training.demo_reference_date())
    path = tmp_path / "public.csv"
    assert write_year_table_csv(year_table(board, public=True), path) == 6
    rows = {r["Seat"]: r for r in _rows(path)}
    assert rows["All councillors"]["Councillors"] == "15"
    assert rows["Corporate Parenting Board"]["Councillors"] == "9"
    for seat in ("Lead member for children", "Fostering panel", "Adoption panel"):
        assert rows[seat]["Councillors"] == "fewer than 3"
        assert rows[seat]["Trained"] == "not shown"
    assert {r["Includes demonstration records"] for r in rows.values()} == {"Yes"}
