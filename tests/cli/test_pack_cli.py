"""``briefing-app pack``, run as a real process."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from pypdf import PdfReader

from briefing_app.domain.exempt_information import ExemptParagraph
from briefing_app.domain.meetings import MeetingArrangements, MeetingDetails
from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot
from tests.pdfcheck import bookmarks, page_texts, qpdf_check
from tests.support.processes import run_cli


def test_with_only_out_it_builds_the_full_members_pack(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = run_cli("--database", str(tmp_path / "db.sqlite3"), "pack", "--out", str(out))
    assert result.returncode == 0, result.stderr
    qpdf_check(out)
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert result.stdout.splitlines() == [
        f"Wrote {out}: members' pack, {pages} pages (cover, contents, at-a-glance, "
        "children-in-care, care-leavers, findings, training, glossary, sources)",
        "Note: The pack is not for a meeting held in the app, so its front sheet gives only "
        "the date: choose a meeting to add its time, venue, membership and clerk.",
    ]
    assert [m.title for m in bookmarks(reader) if m.level == 0] == [
        "Cover",
        "Contents",
        "At a glance",
        "Children in care",
        "Care leavers",
        "Inspection findings by theme",
        "Training compliance",
        "Glossary",
        "Sources and caveats",
    ]
    assert "OFFICIAL-SENSITIVE" in page_texts(reader)[0]


def test_a_public_pack_of_chosen_sections_for_a_date_and_committee(tmp_path: Path) -> None:
    out = tmp_path / "public.pdf"
    result = run_cli(
        "pack",
        "--database",
        str(tmp_path / "db.sqlite3"),
        "--out",
        str(out),
        "--audience",
        "public",
        "--sections",
        "glossary,at-a-glance",
        "--date",
        "2024-06-12",
        "--committee",
        "Zoë Wójcik's Scrutiny Panel",
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert [m.title for m in bookmarks(reader)] == ["Cover", "Contents", "At a glance", "Glossary"]
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Zoë Wójcik's Scrutiny Panel: Public briefing pack, 12 June 2024"
    text = " ".join(page_texts(reader))
    assert "Zoë Wójcik's Scrutiny Panel" in text
    assert "Public pack, 12 June 2024" in text
    assert "OFFICIAL-SENSITIVE" not in text


def test_bad_choices_exit_2_with_one_plain_line(tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite3")
    out = str(tmp_path / "x.pdf")
    cases = [
        (["--sections", "actions"], "cannot be printed yet"),
        (["--sections", "questions"], "needs a meeting"),
        (["--sections", "minutes"], "'minutes' is not a section"),
        (["--meeting", "3"], "no meeting number 3"),
        (["--meeting", "3", "--date", "2024-06-12"], "A meeting sets the pack's committee"),
        (["--date", "2024-13-01"], "is not a date"),
        (["--audience", "everyone"], "invalid choice"),
    ]
    for extra, message in cases:
        result = run_cli("pack", "--database", db, "--out", out, *extra)
        assert result.returncode == 2, (extra, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, lines
        assert message in lines[0]
        assert "Traceback" not in result.stderr
    assert not Path(out).exists()


def test_a_missing_folder_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "pack.pdf"
    result = run_cli("pack", "--database", str(tmp_path / "db.sqlite3"), "--out", str(out))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert not out.parent.exists()


def test_a_pack_for_a_meeting_takes_its_committee_date_and_questions(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    services = AppRoot(app_paths, db).open()
    try:
        meeting = services.meetings.create(
            MeetingDetails("Children's Scrutiny Panel", date(2025, 3, 12), "Care leavers")
        )
        question = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-32")
        services.meetings.add_question(meeting.id, question.id)
    finally:
        services.close()
    out = tmp_path / "meeting.pdf"
    result = run_cli(
        "pack", "--database", str(db), "--out", str(out), "--meeting", str(meeting.id),
        "--sections", "questions,actions", "--audience", "public",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "public pack" in result.stdout
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == (
        "Children's Scrutiny Panel: Public briefing pack, 12 March 2025"
    )
    assert [m.title for m in bookmarks(reader)] == [
        "Cover",
        "Contents",
        "Questions for this meeting",
        "Question 1 (POR14-32)",
        "Open actions",
    ]
    text = " ".join(" ".join(page_texts(reader)).split())
    assert question.text in text
    assert "Your notes" in text


def test_a_pack_for_a_meeting_says_what_its_front_sheet_could_not(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    services = AppRoot(app_paths, db).open()
    try:
        bare = services.meetings.create(MeetingDetails("Board", date(2025, 3, 12)))
        papers = MeetingArrangements(
            start=time(16, 0),
            venue="Council Chamber",
            membership=("Councillor Zoë Hartley (Chair)",),
            clerk="Jane Smith",
            clerk_contact="023 9283 4057",
            exempt_paragraph=ExemptParagraph.INDIVIDUAL,
        )
        full = services.meetings.create(MeetingDetails("Board", date(2025, 6, 4), "", papers))
    finally:
        services.close()
    out = tmp_path / "pack.pdf"
    args = ("pack", "--database", str(db), "--out", str(out), "--sections", "training")
    result = run_cli(*args, "--meeting", str(bare.id))
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stdout.splitlines() if line.startswith("Note: ")]
    assert [note.split(":")[1].strip() for note in notes] == [
        "No start time is recorded for the meeting",
        "No venue is recorded for the meeting",
        "No membership is recorded for the meeting",
        "No clerk or contact is recorded for the meeting",
        "No paragraph of Schedule 12A is chosen for the meeting",
    ]
    text = " ".join(page_texts(PdfReader(out))[0].split())
    assert "Time To be confirmed Venue To be confirmed" in text

    result = run_cli(*args, "--meeting", str(full.id), "--force")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Wrote {out}: members' pack, {len(PdfReader(out).pages)} pages (cover, contents, training)"
    ]
    text = " ".join(page_texts(PdfReader(out))[0].split())
    assert "Time 4pm Venue Council Chamber Membership Councillor Zoë Hartley (Chair)" in text
