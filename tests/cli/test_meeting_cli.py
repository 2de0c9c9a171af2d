"""export-meeting and meetings, run as a user would: a real process."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from briefing_app.domain.meetings import ActionDetails, ItemStatus, MeetingDetails
from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot
from tests.pdfcheck import bookmarks, page_texts, qpdf_check
from tests.support.processes import run_cli


def _meeting(app_paths: AppPaths, db: Path) -> int:
    services = AppRoot(app_paths, db).open()
    try:
        meeting = services.meetings.create(
            MeetingDetails("Corporate Parenting Board", date(2025, 3, 12), "Care leavers")
        )
        question = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-32")
        item = services.meetings.add_question(meeting.id, question.id)
        services.meetings.set_status(item.id, ItemStatus.ANSWERED)
        services.meetings.save_answer(item.id, "=cmd|' /C calc'!A0", private=False)
        services.meetings.add_action(
            item.id, ActionDetails("@Head of Service", "report back", date(2025, 6, 1))
        )
        return meeting.id
    finally:
        services.close()


def test_export_meeting_writes_a_safe_csv(app_paths: AppPaths, tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    meeting_id = _meeting(app_paths, db)
    out = tmp_path / "record.csv"
    result = run_cli("export-meeting", str(meeting_id), "--out", str(out), "--database", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote {out}: Corporate Parenting Board, 12 March 2025")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    # The database is the demonstration: the record says so on its second row.
    assert rows[2][:3] == ["Demonstration", "", rows[2][2]]
    assert rows[2][2].startswith("Demonstration: Ofsted's 2014 findings on Portsmouth")
    assert rows[3][5] == "'=cmd|' /C calc'!A0"
    assert rows[4][6] == "'@Head of Service"


def test_meetings_lists_ids_and_info_counts_records(app_paths: AppPaths, tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    meeting_id = _meeting(app_paths, db)
    listed = run_cli("meetings", "--json", "--database", str(db))
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [
        {
            "id": meeting_id,
            "committee": "Corporate Parenting Board",
            "date": "2025-03-12",
            "title": "Care leavers",
            "questions": 1,
            "done": 1,
            "open_actions": 1,
        }
    ]
    info = json.loads(run_cli("info", "--json", "--database", str(db)).stdout)
    assert info["counts"]["meetings"] == 1
    assert info["counts"]["actions"] == 1
    assert info["counts"]["questions"] >= 40


def test_export_errors_are_one_plain_line(app_paths: AppPaths, tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    meeting_id = _meeting(app_paths, db)
    missing = run_cli(
        "export-meeting", "99", "--out", str(tmp_path / "x.csv"), "--database", str(db)
    )
    assert missing.returncode == 2
    assert missing.stderr.strip() == "briefing-app: There is no meeting number 99."
    nowhere = tmp_path / "no-folder" / "x.csv"
    bad = run_cli("export-meeting", str(meeting_id), "--out", str(nowhere), "--database", str(db))
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1
    assert "does not exist" in bad.stderr
    assert not nowhere.parent.exists()
    no_out = run_cli("export-meeting", str(meeting_id), "--database", str(db))
    assert no_out.returncode == 2
    assert "--out" in no_out.stderr


def test_export_meeting_writes_a_pdf_by_its_name_or_when_asked(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    db = tmp_path / "cli.sqlite3"
    meeting_id = _meeting(app_paths, db)
    by_name = tmp_path / "record.PDF"
    asked = tmp_path / "record.out"
    for out, extra in ((by_name, []), (asked, ["--format", "pdf"])):
        result = run_cli(
            "export-meeting", str(meeting_id), "--out", str(out), "--database", str(db), *extra
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"Wrote {out} (1 page): Corporate Parenting Board")
        qpdf_check(out)
        reader = PdfReader(out)
        assert [m.title for m in bookmarks(reader)] == ["Meeting record"]
        text = " ".join(" ".join(page_texts(reader)).split())
        assert "=cmd|' /C calc'!A0" in text  # a PDF runs nothing: the answer as written
        assert "@Head of Service" in text
        assert "Meeting record, 12 March 2025" in text
    csv_anyway = tmp_path / "record.pdf"
    result = run_cli(
        "export-meeting", str(meeting_id), "--out", str(csv_anyway), "--format", "csv",
        "--database", str(db),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert csv_anyway.read_text(encoding="utf-8-sig").startswith("Kind,")
    missing = run_cli("export-meeting", "99", "--out", str(by_name), "--database", str(db))
    assert missing.returncode == 2
    assert "no meeting number 99" in missing.stderr
