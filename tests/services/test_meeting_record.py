"""The meeting record as CSV: what it holds, privacy, and formula neutralising."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import ExportFileError
from briefing_app.domain.meeting_record import CSV_HEADER, PRIVATE_PLACEHOLDER
from briefing_app.domain.meetings import ActionDetails, ItemStatus, MeetingDetails
from briefing_app.services.opening.container import Services

TODAY = date(2025, 3, 12)
ANSWERS = ['=HYPERLINK("http://evil.example","click")', "\t=cmd|' /C calc'!A0", "\r=1"]
OWNERS = ["+1+1", "-2+3", "@SUM(A1)"]
NASTY = ANSWERS + OWNERS


def _meeting(services: Services) -> int:
    services.records.today = lambda: TODAY
    meeting = services.meetings.create(MeetingDetails("=Corporate Parenting Board", TODAY, "@risk"))
    ids = {q.code: q.id for q in services.scrutiny.all_questions()}
    first = services.meetings.add_question(meeting.id, ids["POR14-32"])
    second = services.meetings.add_question(meeting.id, ids["POR14-31"])
    services.meetings.set_status(first.id, ItemStatus.ANSWERED)
    services.meetings.save_answer(first.id, ANSWERS[0], private=False)
    services.meetings.set_status(second.id, ItemStatus.ASKED)
    services.meetings.save_answer(second.id, "Names of three young people were given.", True)
    for code, answer in zip(("POR14-30", "POR14-33"), ANSWERS[1:], strict=True):
        item = services.meetings.add_question(meeting.id, ids[code])
        services.meetings.save_answer(item.id, answer, private=False)
    for owner in OWNERS:
        services.meetings.add_action(first.id, ActionDetails(owner, "=2*3", date(2025, 4, 30)))
    return meeting.id


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_every_cell_a_spreadsheet_would_run_is_neutralised(
    services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "record.csv"
    services.records.export_csv(_meeting(services), out)
    rows = _read(out)
    assert tuple(rows[0]) == CSV_HEADER
    cells = [cell for row in rows[1:] for cell in row]
    for cell in cells:
        assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), repr(cell)
    for nasty in NASTY:
        assert "'" + nasty in cells, nasty
    assert rows[1][2] == "'=Corporate Parenting Board, 12 March 2025: @risk"
    # The database is the demonstration, and the record says so.
    assert rows[2][0] == "Demonstration"
    assert "It is not your council's data." in rows[2][2]
    assert rows[3][:5] == [
        "Question",
        "1",
        next(q.text for q in services.scrutiny.all_questions() if q.code == "POR14-32"),
        "8, 22, 104",
        "Answered",
    ]
    actions = [row for row in rows if row[0] == "Action"]
    assert [row[1] for row in actions] == ["1.1", "1.2", "1.3"]
    assert actions[0][6:10] == ["'+1+1", "'=2*3", "2025-04-30", "Open"]


def test_private_answers_stay_out_unless_asked_for(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services)
    public = tmp_path / "public.csv"
    services.records.export_csv(meeting_id, public)
    text = public.read_text(encoding="utf-8-sig")
    assert "Names of three young people" not in text
    assert PRIVATE_PLACEHOLDER in text
    private = tmp_path / "private.csv"
    record = services.records.export_csv(meeting_id, private, include_private=True)
    assert "Names of three young people were given." in private.read_text(encoding="utf-8-sig")
    assert record.summary.startswith("'=Corporate Parenting Board".lstrip("'"))
    assert "2 of 4 questions were put; 3 actions were agreed" in record.summary


def test_a_failed_export_leaves_nothing_behind(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportFileError, match="does not exist"):
        services.records.export_csv(meeting_id, folder / "no-such-folder" / "r.csv")
    target = folder / "is-a-folder.csv"
    target.mkdir()
    with pytest.raises(ExportFileError, match="could not be written"):
        services.records.export_csv(meeting_id, target)
    assert sorted(p.name for p in folder.iterdir()) == ["is-a-folder.csv"]
