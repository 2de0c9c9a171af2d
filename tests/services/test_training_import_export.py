"""Importing attendance (all or nothing) and exporting compliance (safe in a spreadsheet)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError, ImportProblemsError
from briefing_app.domain.training.records import Member
from briefing_app.services.opening.container import Services
from briefing_app.services.training.attendance import (
    apply_attendance_import,
    plan_attendance_import,
)
from briefing_app.services.training.export import COLUMNS, write_compliance_csv
from briefing_app.services.training.service import TrainingService

TODAY = date(2026, 3, 1)


def _training(services: Services) -> TrainingService:
    return TrainingService(services.database, today=lambda: TODAY)


def _snapshot(services: Services) -> list[tuple[object, ...]]:
    return [tuple(r) for r in services.database.query("SELECT * FROM training_completions")]


def test_a_good_file_is_recorded_after_a_backup(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "march.csv"
    path.write_text(
        "member,module,date,provider,note\n"
        "Łukasz Wójcik,Corporate parenting refresher,2026-02-27,LGA,\n"
        "zoë hartley,refresher,27/02/2026,LGA,Left early\n"
        "Kwame Asante,Safeguarding children,27 February 2026,,\n"
        "Kwame Asante,safeguarding,2026-02-27,,\n",
        encoding="utf-8-sig",
    )
    training = _training(services)
    plan = plan_attendance_import(training, path)
    assert len(plan.completions) == 3
    assert plan.repeated == 1
    assert plan.members == 3
    assert "3 new completions for 3 members" in plan.summary
    result = apply_attendance_import(training, plan)
    assert result.recorded == 3
    assert any("before-import-attendance" in b.name for b in services.database.backups())
    zoe = next(m for m in training.members() if m.name == "Zoë Hartley")
    recorded = [c for c in training.completions(zoe.id) if c.completed_on == date(2026, 2, 27)]
    assert [(c.provider, c.note) for c in recorded] == [("LGA", "Left early")]
    again = plan_attendance_import(training, path)
    assert (len(again.completions), again.already_held, again.repeated) == (0, 4, 0)


def test_any_problem_means_nothing_is_recorded(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "member,module,date\n"
        "Zoë Hartley,refresher,2026-02-27\n"
        "Lukasz Wojcik,refresher,2026-02-27\n"
        "Zoë Hartley,Knitting,2026-02-27\n"
        "Zoë Hartley,refresher,2026-03-02\n"
        "Zoë Hartley,refresher,31/02/2026\n",
        encoding="utf-8",
    )
    before = _snapshot(services)
    training = _training(services)
    with pytest.raises(ImportProblemsError) as caught:
        plan_attendance_import(training, path)
    problems = dict(caught.value.problems)
    assert sorted(problems) == [3, 4, 5, 6]
    assert "Did you mean 'Łukasz Wójcik'?" in problems[3]
    assert "No module is called 'Knitting'" in problems[4]
    assert "not come yet" in problems[5]
    assert "not a date" in problems[6]
    message = str(caught.value)
    assert message.startswith("bad.csv, line 3: ")
    assert "(3 more problems, on lines 4, 5 and 6.)" in message
    assert "Nothing was recorded" in message
    assert "\n" not in message
    assert _snapshot(services) == before


def test_two_members_with_one_name_need_a_ward(services: Services, tmp_path: Path) -> None:
    training = _training(services)
    training.add_member(
        Member("Zoë Hartley", date(2024, 5, 2), ward="Hillside", roles=frozenset({"board"}))
    )
    path = tmp_path / "same-name.csv"
    path.write_text("member,module,date\nZoë Hartley,refresher,2026-02-27\n", encoding="utf-8")
    with pytest.raises(ImportProblemsError, match="add a ward column"):
        plan_attendance_import(training, path)
    path.write_text(
        "member,ward,module,date\nZoë Hartley,Hillside,refresher,2026-02-27\n", encoding="utf-8"
    )
    plan = plan_attendance_import(training, path)
    member = next(m for m in training.members() if m.ward == "Hillside" and m.name == "Zoë Hartley")
    assert plan.completions[0].member_id == member.id


def test_a_workbook_is_refused_and_nothing_changes(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "attendance.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    before = _snapshot(services)
    with pytest.raises(ImportFileError, match="Excel workbook"):
        plan_attendance_import(_training(services), path)
    assert _snapshot(services) == before


def test_export_has_a_row_per_member_and_required_module(
    services: Services, tmp_path: Path
) -> None:
    training = services.training
    reference = training.demo_reference_date()
    board = training.board(reference)
    path = tmp_path / "compliance.csv"
    rows = write_compliance_csv(board, path, "board")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert tuple(table[0]) == COLUMNS
    # Nine board members, each needing the board's four modules and every councillor's three.
    assert rows == 9 * 7
    assert len(table) == rows + 1
    by_key = {(r[0], r[4]): r for r in table[1:]}
    renee = by_key[("Renée Dubois-Marsh", "Observing a child protection conference")]
    assert renee[6] == "Never done"
    assert renee[11] == "Yes"
    assert {r[0] for r in table[1:]} >= {"Łukasz Wójcik", "Chloë Brennan"}


def test_export_cells_cannot_run_as_formulas(services: Services, tmp_path: Path) -> None:
    training = services.training
    training.add_member(
        Member(
            '=HYPERLINK("http://example.invalid","x")',
            date(2024, 5, 2),
            party="+Party",
            ward="@Ward",
            roles=frozenset({"board"}),
        )
    )
    path = tmp_path / "compliance.csv"
    write_compliance_csv(training.board(), path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    rows = [r for r in table if "HYPERLINK" in r[0]]
    assert rows
    for row in rows:
        assert row[0].startswith("'=HYPERLINK")
        assert row[1] == "'+Party"
        assert row[2] == "'@Ward"
    for row in table:
        for cell in row:
            assert cell[:1] not in {"=", "+", "-", "@", "\t", "\r"}


def test_export_to_a_folder_that_is_not_there(services: Services, tmp_path: Path) -> None:
    from briefing_app.domain.errors import ExportFileError

    with pytest.raises(ExportFileError, match="does not exist"):
        write_compliance_csv(services.training.board(), tmp_path / "missing" / "c.csv")
    assert not (tmp_path / "missing").exists()
