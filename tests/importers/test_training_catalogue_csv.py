from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.training.records import RefreshKind
from briefing_app.importers.training_catalogue_csv import (
    read_demo_completions,
    read_demo_members,
    read_modules,
    read_roles,
)
from tests.conftest import REPO

FOLDER = REPO / "data" / "training"


def test_the_shipped_catalogue_reads() -> None:
    roles = read_roles(FOLDER / "roles.csv")
    modules = read_modules(FOLDER / "modules.csv", {r.key for r in roles})
    assert [m.key for m in modules] == [
        "induction",
        "refresher",
        "care-leavers",
        "safeguarding",
        "exploitation",
        "scrutiny-skills",
        "cp-conference",
        "fostering-panel",
        "adoption-panel",
        "dbs-check",
    ]
    assert [m.refresh.kind for m in modules].count(RefreshKind.ONCE_PER_TERM) == 3
    assert all(m.description.endswith(".") for m in modules)
    by_key = {m.key: m for m in modules}
    # Every councillor is a corporate parent: these three are needed by every one of them.
    for key in ("induction", "refresher", "care-leavers"):
        assert by_key[key].required_for == {"councillor"}
    assert by_key["induction"].also_met_by == {"refresher"}
    assert by_key["refresher"].also_met_by == {"induction"}
    assert (by_key["induction"].grace_months, by_key["dbs-check"].grace_months) == (3, 0)
    board = next(r for r in roles if r.key == "board")
    assert board.is_called("Corporate Parenting Panel")


def test_demo_dates_count_back_from_the_reference_date() -> None:
    reference = date(2024, 2, 29)
    members = read_demo_members(FOLDER / "demo-members.csv", reference)
    assert all(m.demo for m in members)
    kwame = next(m for m in members if m.name == "Kwame Asante")
    assert kwame.term_start == reference - timedelta(days=45)
    completions = read_demo_completions(FOLDER / "demo-completions.csv", reference)
    names = {m.name for m in members}
    assert {c.member for c in completions} <= names
    assert max(c.completed_on for c in completions) <= reference


def test_a_module_for_an_unknown_seat_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "modules.csv"
    path.write_text(
        "key,name,refresh,months,required_for\na,A,once,,board\nb,B,every,12,cabinet\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError, match=r"'cabinet' is not in roles\.csv") as caught:
        read_modules(path, {"board"})
    assert caught.value.line == 3


def test_a_bad_refresh_rule_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "modules.csv"
    path.write_text("key,name,refresh,months,required_for\na,A,every,0,board\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="between 1 and 120") as caught:
        read_modules(path, {"board"})
    assert caught.value.line == 2


def _roster(tmp_path: Path, line: str) -> Path:
    path = tmp_path / "demo-members.csv"
    path.write_text(
        "name,party,ward,roles,term_began_days_ago,term_ends_in_days\n"
        "Zoë Hartley,Liberal Democrat,Harbour,board,700,760\n" + line + "\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (",Labour,Northgate,board,700,760", "The member's name is empty."),
        ("Amara Okafor,Labour,North\x07gate,board,700,760", "The ward contains a control"),
        ("Amara Okafor,Labour,Northgate,board,99999999,760", "more than a hundred years"),
        ("Amara Okafor,Labour,Northgate,board,700,-5", "cannot be negative"),
        ("Amara Okafor,Labour,Northgate,board,1_000,760", "'1_000' is not a whole number"),
    ],
)
def test_a_bad_roster_line_is_named_by_file_and_line(
    tmp_path: Path, line: str, message: str
) -> None:
    path = _roster(tmp_path, line)
    with pytest.raises(ImportFileError) as caught:
        read_demo_members(path, date(2026, 1, 15))
    assert caught.value.path == path
    assert caught.value.line == 3
    assert message in str(caught.value)
