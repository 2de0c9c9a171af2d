"""Briefing files and notes files: what each edition holds, and every file that is not
right refused with a plain message, byte for byte unchanged."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.briefing import BRIEFING_FORMAT_VERSION, Edition, Target
from briefing_app.domain.errors import (
    BriefingFileError,
    ImportFileError,
    NewerBriefingFileError,
    NotesFileError,
)
from briefing_app.domain.meetings import MeetingDetails
from briefing_app.domain.outcomes import Audience
from briefing_app.domain.publication import NOT_PUBLISHED, TextKind
from briefing_app.domain.training.records import Member
from briefing_app.paths import AppPaths
from briefing_app.services.notes import NotesService
from briefing_app.services.opening.briefing import open_briefing_services
from briefing_app.services.opening.container import Services
from briefing_app.storage.briefing_file import write_briefing

PRIVATE_ANSWER = "Private-answer-91c4: a named child's placement"
MEMBER = "Ysolde Quarrington-Żabińska"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def briefing(services: Services, tmp_path: Path) -> Path:
    path = tmp_path / "sent" / "board.briefing"
    path.parent.mkdir()
    services.publisher.publish(path)
    return path


def _refused(app_paths: AppPaths, path: Path, error: type[Exception]) -> str:
    before, files = _sha(path), _beside(path)
    with pytest.raises(error) as caught:
        open_briefing_services(app_paths, path)
    assert _sha(path) == before
    assert _beside(path) == files
    return str(caught.value)


def test_opening_a_briefing_never_writes_to_it(
    app_paths: AppPaths, briefing: Path, tmp_path: Path
) -> None:
    before, files = _sha(briefing), _beside(briefing)
    with open_briefing_services(app_paths, briefing) as opened:
        assert not opened.officer_tools
        assert opened.council.label().startswith("Portsmouth")
        assert opened.scrutiny.all_questions()
        # Nothing can be saved to a briefing's content, not even by a page's own button.
        with pytest.raises(BriefingFileError) as caught, opened.database.transaction():
            opened.database.execute("DELETE FROM questions")
        assert "this is a briefing file, which is read-only" in str(caught.value)
        assert opened.scrutiny.all_questions()
    assert _sha(briefing) == before
    assert _beside(briefing) == files


def test_a_file_that_is_not_a_briefing_is_refused(
    app_paths: AppPaths, seeded_db_path: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "pack.briefing"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    message = _refused(app_paths, pdf, BriefingFileError)
    assert message.startswith("pack.briefing: it is not a briefing file.")
    assert "The file has not been changed." in message
    # The app's own database is not a briefing file either.
    assert "it is not a briefing file" in _refused(app_paths, seeded_db_path, BriefingFileError)
    empty = tmp_path / "empty.briefing"
    empty.write_bytes(b"")
    assert "it is not a briefing file" in _refused(app_paths, empty, BriefingFileError)


def test_a_damaged_or_altered_briefing_is_refused(
    app_paths: AppPaths, briefing: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.briefing"
    data = bytearray(briefing.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte inside the content
    damaged.write_bytes(bytes(data))
    message = _refused(app_paths, damaged, BriefingFileError)
    assert "the briefing file is damaged or has been altered" in message

    altered = tmp_path / "altered.briefing"
    altered.write_bytes(briefing.read_bytes())
    with sqlite3.connect(altered) as connection:
        connection.execute("UPDATE manifest SET value = 'public' WHERE key = 'edition'")
    connection.close()
    message = _refused(app_paths, altered, BriefingFileError)
    assert "does not match its checksum" in message

    cut = tmp_path / "cut.briefing"
    cut.write_bytes(briefing.read_bytes()[: briefing.stat().st_size // 3])
    assert "damaged or has been altered" in _refused(app_paths, cut, BriefingFileError)


def test_a_briefing_from_a_newer_version_is_refused(
    services: Services, app_paths: AppPaths, tmp_path: Path
) -> None:
    manifest = services.publisher.publish(tmp_path / "now.briefing").manifest
    newer = tmp_path / "newer.briefing"
    write_briefing(
        services.database,
        newer,
        dataclasses.replace(manifest, format_version=BRIEFING_FORMAT_VERSION + 1),
        lambda copy: None,
    )
    message = _refused(app_paths, newer, NewerBriefingFileError)
    assert "published by a newer version of the app" in message
    assert "Update the app" in message

    newer_data = tmp_path / "newer-data.briefing"
    write_briefing(
        services.database,
        newer_data,
        dataclasses.replace(manifest, schema_version=manifest.schema_version + 1),
        lambda copy: copy.set_schema_version(copy.schema_version() + 1),
    )
    assert "newer version of the app" in _refused(app_paths, newer_data, NewerBriefingFileError)


def _plant(services: Services) -> tuple[int, int]:
    services.training.add_member(
        Member(MEMBER, date(2022, 5, 5), ward="Harbour", roles=frozenset({"board"}))
    )
    codes = {q.code: q.id for q in services.scrutiny.all_questions()}
    one = services.meetings.create(MeetingDetails("Corporate Parenting Board", date(2024, 3, 1)))
    two = services.meetings.create(MeetingDetails("Corporate Parenting Board", date(2024, 6, 1)))
    item = services.meetings.add_question(one.id, codes["POR14-32"])
    services.meetings.save_answer(item.id, PRIVATE_ANSWER, private=True)
    services.meetings.add_question(two.id, codes["POR14-01"])
    outcomes = services.outcomes
    figure = outcomes.parse_figure(
        {
            "key": "care-leavers-university",
            "as_at": "2015-03-31",
            "value": "3",
            "document": "Leaving care team caseload, March 2015",
        }
    )
    outcomes.record_figure("care-leavers-university", figure)
    summary = next(s for s in outcomes.summaries(Audience.CARE_LEAVERS) if "university" in s.text)
    outcomes.save_summary(
        summary, f"{summary.text} In March 2015, 3 were at university [care-leavers-university]."
    )
    return one.id, two.id


def test_the_public_edition_holds_only_what_a_public_pack_may(
    services: Services, app_paths: AppPaths, tmp_path: Path
) -> None:
    _plant(services)
    members, public = tmp_path / "members.briefing", tmp_path / "public.briefing"
    services.publisher.publish(members)
    services.publisher.publish(public, edition=Edition.PUBLIC)
    with open_briefing_services(app_paths, members) as opened:
        assert opened.briefing is not None
        assert opened.briefing.edition is Edition.MEMBERS
        assert MEMBER in {m.name for m in opened.training.members()}
        answers = [r[0] for r in opened.database.query("SELECT answer FROM meeting_items")]
        assert PRIVATE_ANSWER in answers
        university = opened.outcomes.indicator("care-leavers-university")
        assert date(2015, 3, 31) in {o.as_at for o in university.observations}

    with open_briefing_services(app_paths, public) as opened:
        assert opened.briefing is not None
        assert opened.briefing.edition is Edition.PUBLIC
        assert opened.training.members() == []
        answers = [r[0] for r in opened.database.query("SELECT answer FROM meeting_items")]
        assert PRIVATE_ANSWER not in answers
        university = opened.outcomes.indicator("care-leavers-university")
        # The council's own count of 3 is left out; the report's own figures stay.
        assert date(2015, 3, 31) not in {o.as_at for o in university.observations}
        assert university.observations
        texts = " ".join(s.text for s in opened.outcomes.summaries(Audience.CARE_LEAVERS))
        assert "In March 2015, [c] were at university [care-leavers-university]." in texts
        assert "just three were there at the time of the inspection [104]." in texts
    # Nothing of the private answer or the member's name is anywhere in the file's bytes.
    raw = public.read_bytes()
    assert PRIVATE_ANSWER.encode() not in raw
    assert MEMBER.encode() not in raw
    assert b"91c4" not in raw  # not even a word of it in the search index
    assert b"91c4" in members.read_bytes()


def test_a_briefing_for_one_meeting_holds_only_that_meeting(
    services: Services, app_paths: AppPaths, tmp_path: Path
) -> None:
    _one, two = _plant(services)
    path = tmp_path / "june.briefing"
    manifest = services.publisher.publish(path, meetings=[two]).manifest
    assert len(manifest.meetings) == 1
    with open_briefing_services(app_paths, path) as opened:
        assert [m.meeting.id for m in opened.meetings.meetings()] == [two]


def test_a_notes_file_not_proven_ours_is_never_written(
    app_paths: AppPaths, briefing: Path, tmp_path: Path
) -> None:
    other_program = tmp_path / "other.sqlite3"
    with sqlite3.connect(other_program) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO notes (text) VALUES ('someone else''s')")
    connection.close()
    text_file = tmp_path / "notes.txt"
    text_file.write_text("My notes, typed elsewhere.\n", encoding="utf-8")
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with open_briefing_services(app_paths, briefing) as opened:
        assert opened.briefing is not None
        for path in (other_program, text_file, empty):
            before = _sha(path)
            with pytest.raises(NotesFileError) as caught:
                NotesService.open(path, opened.database, opened.briefing)
            assert f"{path.name}: it is not a notes file of this app" in str(caught.value)
            assert _sha(path) == before

        # A notes file of ours that was damaged (cut short on a copy).
        good = tmp_path / "good.sqlite3"
        with NotesService.open(good, opened.database, opened.briefing) as notes:
            for number in range(1, 60):
                notes.add(notes.paragraph(number), "x" * 200)
        damaged = tmp_path / "damaged.sqlite3"
        damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        before = _sha(damaged)
        with pytest.raises(NotesFileError) as caught:
            NotesService.open(damaged, opened.database, opened.briefing)
        assert "the notes file is damaged" in str(caught.value)
        assert _sha(damaged) == before


def test_a_damaged_notes_export_adds_nothing(
    app_paths: AppPaths, briefing: Path, tmp_path: Path
) -> None:
    export = tmp_path / "notes.csv"
    export.write_text(
        "target,kind,text,created_at,updated_at\n"
        "question:POR14-02,note,Fine,2026-03-04T14:05:09,2026-03-04T14:05:09\n"
        "question:POR14-03,scribble,Odd,2026-03-04T14:05:09,2026-03-04T14:05:09\n",
        encoding="utf-8",
    )
    with open_briefing_services(app_paths, briefing) as opened:
        assert opened.briefing is not None
        with NotesService.open(tmp_path / "n.sqlite3", opened.database, opened.briefing) as notes:
            with pytest.raises(ImportFileError) as caught:
                notes.import_csv(export)
            assert "notes.csv, line 3: the kind 'scribble' is not one of" in str(caught.value)
            assert notes.placed() == []
            notes.add(Target.question("POR14-02"), "Kept")
            assert [p.note.text for p in notes.placed()] == ["Kept"]


def test_a_briefing_from_an_older_version_opens_brought_up_to_date(
    services: Services, app_paths: AppPaths, tmp_path: Path
) -> None:
    from briefing_app.storage.database import Database, apply_migrations
    from briefing_app.storage.migrations import MIGRATIONS, m_briefing_1_meeting_stable_ids

    older_db = tmp_path / "older.sqlite3"
    old = Database(older_db, sqlite3.connect(older_db, isolation_level=None))
    apply_migrations(old, stop_after=MIGRATIONS.index(m_briefing_1_meeting_stable_ids))
    old.execute(
        "INSERT INTO meetings (committee, meeting_date, created_at) "
        "VALUES ('Corporate Parenting Board', '2024-03-01', '2024-02-01T10:00:00')"
    )
    manifest = services.publisher.publish(tmp_path / "now.briefing").manifest
    older = tmp_path / "older.briefing"
    write_briefing(
        old,
        older,
        dataclasses.replace(manifest, schema_version=old.schema_version()),
        lambda copy: None,
    )
    old.close()
    before = _sha(older)
    with open_briefing_services(app_paths, older) as opened:
        assert opened.database.schema_version() == services.database.schema_version()
        stable = opened.database.scalar("SELECT stable_id FROM meetings")
        assert isinstance(stable, str)
        assert len(stable) == 32
    assert _sha(older) == before


UNPUBLISHED = "Mr Unpublished-7d2e met the 2 children at Oak House"
PUBLISHED = "The board heard that placements are reviewed each month"


def test_the_public_edition_holds_only_free_text_an_officer_has_published(
    services: Services, app_paths: AppPaths, tmp_path: Path
) -> None:
    codes = {q.code: q.id for q in services.scrutiny.all_questions()}
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2024, 3, 1))
    )
    held = services.meetings.add_question(meeting.id, codes["POR14-32"])
    shared = services.meetings.add_question(meeting.id, codes["POR14-01"])
    edited = services.meetings.add_question(meeting.id, codes["POR14-02"])
    services.meetings.save_answer(held.id, UNPUBLISHED, private=False)
    services.meetings.save_answer(shared.id, PUBLISHED, private=False)
    services.meetings.save_answer(edited.id, "Reviewed monthly", private=False)
    services.publication.publish(TextKind.ANSWER, shared.id, PUBLISHED)
    services.publication.publish(TextKind.ANSWER, edited.id, "Reviewed monthly")
    # An edit after publication takes the text out again.
    services.meetings.save_answer(edited.id, "Reviewed monthly by Ms Edited-5b1f", private=False)
    public, members = tmp_path / "public.briefing", tmp_path / "members.briefing"
    services.publisher.publish(public, edition=Edition.PUBLIC)
    services.publisher.publish(members)

    with open_briefing_services(app_paths, public) as opened:
        answers = {
            r[0]: r[1] for r in opened.database.query("SELECT id, answer FROM meeting_items")
        }
    assert answers[shared.id] == PUBLISHED
    assert answers[held.id] == NOT_PUBLISHED
    assert answers[edited.id] == NOT_PUBLISHED
    raw = public.read_bytes()
    for word in (b"Unpublished-7d2e", b"Oak House", b"Edited-5b1f"):
        assert word not in raw
        assert word in members.read_bytes()
