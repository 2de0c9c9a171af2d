"""A meeting's particulars for the front sheet: kept with the meeting, given back as they
were saved, added to a database of the format before with its meetings kept."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

import pytest

from briefing_app.domain.exempt_information import ExemptParagraph
from briefing_app.domain.meetings import MeetingArrangements, MeetingDetails
from briefing_app.storage import migrations
from briefing_app.storage.database import Database, apply_migrations
from briefing_app.storage.meetings_repo import MeetingRepository

PAPERS = MeetingArrangements(
    start=time(16, 30),
    venue="Conference Room A, Civic Offices",
    membership=("Councillor Zoë Hartley (Chair)", "Councillor Łukasz Wójcik"),
    clerk="Jane Smith, Democratic Services",
    clerk_contact="023 9283 4057, democratic@example.gov.uk",
    exempt_paragraph=ExemptParagraph.CRIME,
    alternative_formats="Accessibility team, 023 9283 4000",
)


def test_the_particulars_come_back_as_they_were_saved(tmp_path: Path) -> None:
    with Database.open(tmp_path / "db.sqlite3") as db:
        meetings = MeetingRepository(db)
        meeting_id = meetings.add(MeetingDetails("Board", date(2025, 3, 12), "", PAPERS))
        assert meetings.get(meeting_id).arrangements == PAPERS
        changed = MeetingArrangements(venue="Council Chamber")
        meetings.update(meeting_id, MeetingDetails("Board", date(2025, 3, 12), "", changed))
        assert meetings.get(meeting_id).arrangements == changed
        row = db.query("SELECT start_time, exempt_paragraph FROM meetings")[0]
        assert (row["start_time"], row["exempt_paragraph"]) == ("", None)


@pytest.mark.parametrize(
    ("column", "value"),
    [("exempt_paragraph", 8), ("exempt_paragraph", 0), ("start_time", "4pm")],
)
def test_the_table_refuses_a_paragraph_or_time_that_is_not_one(
    tmp_path: Path, column: str, value: object
) -> None:
    with Database.open(tmp_path / "db.sqlite3") as db:
        meeting_id = MeetingRepository(db).add(MeetingDetails("Board", date(2025, 3, 12)))
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(f"UPDATE meetings SET {column} = ? WHERE id = ?", (value, meeting_id))


def test_meetings_held_before_gain_empty_particulars(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    names = [function.__name__ for function in migrations.MIGRATIONS]
    before = names.index("m_scrutiny_2_meeting_arrangements")
    database = Database(path, sqlite3.connect(path, isolation_level=None))
    apply_migrations(database, stop_after=before)
    database.execute(
        "INSERT INTO meetings (committee, meeting_date, title, created_at) "
        "VALUES ('Board', '2024-03-01', 'Spring', 'now')"
    )
    database.close()
    with Database.open(path) as upgraded:
        [meeting] = MeetingRepository(upgraded).all()
        assert (meeting.committee, meeting.title) == ("Board", "Spring")
        assert meeting.arrangements == MeetingArrangements()
