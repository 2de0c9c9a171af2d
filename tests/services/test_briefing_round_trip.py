"""The round trip of a briefing file: an officer publishes, a member keeps notes, the
officer imports a new report and new figures and publishes again, and every note is in
its place in the new file; notes moved to another laptop lose nothing."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date
from pathlib import Path

from briefing_app.domain.briefing import Edition, NoteKind, Target, TargetKind
from briefing_app.domain.meetings import MeetingDetails
from briefing_app.paths import AppPaths
from briefing_app.services.notes import NotesService
from briefing_app.services.opening.briefing import open_briefing_services
from briefing_app.services.opening.container import Services
from tests.conftest import REFERENCE_PDFS

PORTSMOUTH = REFERENCE_PDFS / "portsmouth-2014-09-01.pdf"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new_report_and_figures(services: Services, tmp_path: Path) -> int:
    """What an officer does between two publications: a newer inspection report of the
    council, and figures for a newer year."""
    report = services.imports.read(PORTSMOUTH)
    later = dataclasses.replace(
        report, inspection_start=date(2018, 5, 14), inspection_end=date(2018, 5, 25)
    )
    report_id = services.imports.save(later).report_id
    figures = tmp_path / "figures.csv"
    figures.write_text(
        "key,as_at,period,value,england,document\n"
        "cla-count,2015-03-31,31 March 2015,330,,Children looked after return 2015\n",
        encoding="utf-8",
    )
    services.outcomes.import_figures(figures)
    return report_id


def test_every_note_finds_its_place_in_a_republished_briefing(
    services: Services, app_paths: AppPaths, tmp_path: Path
) -> None:
    # The officer's workspace: a meeting with two questions on its agenda.
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2026, 3, 4))
    )
    questions = {q.code: q for q in services.scrutiny.all_questions()}
    kept_item = services.meetings.add_question(meeting.id, questions["POR14-01"].id)
    dropped_item = services.meetings.add_question(meeting.id, questions["POR14-03"].id)
    briefing = tmp_path / "sent" / "corporate-parenting.briefing"
    briefing.parent.mkdir()
    first = services.publisher.publish(briefing, edition=Edition.MEMBERS)
    assert first.manifest.council == "851"

    # A member's laptop: the briefing file and a fresh notes file, nothing else.
    laptop = tmp_path / "laptop-a" / "my-notes.sqlite3"
    opened = open_briefing_services(app_paths, briefing)
    assert not opened.officer_tools
    assert opened.briefing is not None
    with opened, NotesService.open(laptop, opened.database, opened.briefing) as notes:
        stable = opened.database.scalar(
            "SELECT stable_id FROM meetings WHERE id = ?", (meeting.id,)
        )
        paragraph = notes.paragraph(12)
        # A meeting is named by its number in the briefing or by its lasting id.
        by_number = notes.meeting_item(str(meeting.id), "POR14-01")
        assert by_number == Target.meeting_item(stable, "POR14-01")
        written = [
            notes.add(paragraph, "Why so few visits were on time?"),
            notes.add(Target.indicator("cla-count"), "Rising again."),
            notes.add(Target.question("POR14-02"), "", NoteKind.TO_ASK),
            notes.add(Target.meeting_item(stable, "POR14-01"), "Answer was vague."),
            notes.add(Target.meeting_item(stable, "POR14-03"), "Ask for the audit."),
        ]
        assert all(entry.attached for entry in notes.placed())
    assert paragraph.paragraph()[0].end == date(2014, 7, 16)

    # The officer imports a newer report and figures, drops an item, and republishes.
    newer_report = _new_report_and_figures(services, tmp_path)
    services.meetings.remove_item(dropped_item.id)
    assert kept_item.id in {item.id for item in services.meetings.items(meeting.id)}
    second = services.publisher.publish(briefing, edition=Edition.MEMBERS)
    assert second.manifest.published_at >= first.manifest.published_at

    reopened = open_briefing_services(app_paths, briefing)
    with reopened:
        assert reopened.briefing is not None
        assert newer_report in {h.id for h in reopened.reports.headers()}
        assert [o.value for o in reopened.outcomes.indicator("cla-count").observations][-1] == 330
        with NotesService.open(laptop, reopened.database, reopened.briefing) as notes:
            placed = {entry.note.id: entry for entry in notes.placed()}
            assert [placed[n.id].note for n in written] == written  # nothing lost or changed
            attached = {placed[n.id].note.text: placed[n.id].attached for n in written}
            assert attached == {
                "Why so few visits were on time?": True,
                "Rising again.": True,
                "": True,
                "Answer was vague.": True,
                "Ask for the audit.": False,
            }
            assert placed[written[-1].id].where == "no longer in the briefing"
            # --paragraph now means the newer full inspection; the old note keeps its own.
            assert notes.paragraph(12).paragraph()[0].end == date(2018, 5, 25)

            export = tmp_path / "my-notes.csv"
            assert notes.export_csv(export) == len(written)

        # Another laptop: a new notes file, the same briefing, the exported notes.
        other = tmp_path / "laptop-b" / "my-notes.sqlite3"
        with NotesService.open(other, reopened.database, reopened.briefing) as moved:
            before = _sha(export)
            assert moved.import_csv(export) == len(written)
            assert moved.import_csv(export) == 0  # importing again adds nothing twice
            assert _sha(export) == before
            got = [
                (e.note.target, e.note.kind, e.note.text, e.note.created_at, e.attached)
                for e in moved.placed()
            ]
    want = [(n.target, n.kind, n.text, n.created_at, attached[n.text]) for n in written]
    assert got == want
    assert {t.kind for t, *_ in got} == set(TargetKind)
