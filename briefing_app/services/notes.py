"""A member's own notes on a briefing: adding them to its paragraphs, figures, questions
and meeting items, and finding each one's place again in every newer briefing file.

The notes are kept in the member's notes file (``storage.notes_file``), never in the
briefing file. A note is attached by its target's lasting identity
(``domain.briefing.Target``); one whose target is not in the briefing open is kept and
listed as "no longer in the briefing".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import TracebackType

from briefing_app.domain.briefing import (
    Manifest,
    Note,
    NoteKind,
    OwnTraining,
    PlacedNote,
    ReportIdentity,
    Target,
)
from briefing_app.domain.errors import InvalidInputError, NotFoundError, OtherCouncilError
from briefing_app.domain.packs.sections import MyNotesContent, NoteLine
from briefing_app.importers.notes_csv import NOTES_COLUMNS, read_notes
from briefing_app.paths import AppPaths
from briefing_app.services.csv_export import write_safe_csv
from briefing_app.storage.briefing_content import BriefingContent
from briefing_app.storage.database import Database
from briefing_app.storage.notes_file import NotesFile

NOTES_FILENAME = "my-notes.sqlite3"


def default_notes_path(paths: AppPaths) -> Path:
    """The member's notes file in the user data folder."""
    return paths.user_data / NOTES_FILENAME


class NotesService:
    """A member's notes file, over the content of the briefing file open."""

    def __init__(self, notes: NotesFile, content: Database) -> None:
        self._notes = notes
        self._content = BriefingContent(content)

    @classmethod
    def open(
        cls,
        notes_path: Path,
        content: Database,
        manifest: Manifest,
        *,
        switch_council: bool = False,
    ) -> NotesService:
        """Open the notes file at ``notes_path`` (made if there is none) for the briefing
        ``manifest`` describes. Notes kept for another council are not mixed in silently:
        ``OtherCouncilError`` unless ``switch_council``; nothing is changed then."""
        notes = NotesFile.open(notes_path)
        try:
            council = notes.council()
            if council is not None and council != manifest.council and not switch_council:
                raise OtherCouncilError(content.path, manifest.council_name, notes.council_name())
            if council != manifest.council:
                notes.set_council(manifest.council, manifest.council_name)
        except BaseException:
            notes.close()
            raise
        return cls(notes, content)

    @property
    def path(self) -> Path:
        return self._notes.path

    def close(self) -> None:
        self._notes.close()

    def __enter__(self) -> NotesService:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- naming targets ---------------------------------------------------------------

    def reports(self) -> list[ReportIdentity]:
        """The council's reports in the briefing, newest first."""
        return self._content.reports()

    def paragraph(self, number: int, report: str | None = None) -> Target:
        """Paragraph ``number`` of the council's latest full inspection, or of the report
        ``report`` names (its inspection end date, 2019-01-25, or its whole identity)."""
        reports = self._content.reports()
        if report is None:
            full = [r for r in reports if r.kind == "inspection"]
            chosen = (full or reports)[:1]
        else:
            chosen = [r for r in reports if report in (r.text(), r.end.isoformat())][:1]
        if not chosen:
            held = ", ".join(r.text() for r in reports) or "none"
            raise NotFoundError(
                f"The briefing holds no such report ({report or 'no report at all'}).",
                f"Its reports: {held}.",
            )
        return Target.paragraph_of(chosen[0], number)

    def meeting_item(self, meeting: str, question_code: str) -> Target:
        """The item of question ``question_code`` at ``meeting``: the meeting's number in
        the briefing (as ``meetings`` lists it) or its lasting id."""
        if meeting.isdigit():
            stable_id = self._content.stable_id_of_meeting(int(meeting))
            if stable_id is None:
                raise NotFoundError(f"The briefing holds no meeting {meeting}.")
            meeting = stable_id
        return Target.meeting_item(meeting, question_code)

    # -- notes --------------------------------------------------------------------------

    def add(self, target: Target, text: str, kind: NoteKind = NoteKind.NOTE) -> Note:
        """Keep a note on ``target``, which must be in the briefing."""
        if kind is NoteKind.NOTE and not text.strip():
            raise InvalidInputError("a note needs some text")
        if not self._content.has(target):
            raise NotFoundError(
                f"The briefing holds no {target.kind.label} {target.key}.",
                "Nothing has been added to your notes.",
            )
        return self._notes.add(target, kind, text)

    def update(self, note_id: int, text: str) -> None:
        self._notes.update(note_id, text)

    def delete(self, note_id: int) -> None:
        self._notes.delete(note_id)

    def placed(self) -> list[PlacedNote]:
        """Every note, each with whether its target is in the briefing open."""
        return [PlacedNote(note, self._content.has(note.target)) for note in self._notes.all()]

    def on(self, target: Target) -> list[Note]:
        """The notes on ``target``."""
        return [note for note in self._notes.all() if note.target == target]

    def export_csv(self, path: Path) -> int:
        """Write every note to a new CSV file (to keep them on another laptop, or read them
        in a spreadsheet). Returns how many were written. A file at ``path`` is refused."""
        placed = self.placed()
        write_safe_csv(
            path,
            (*NOTES_COLUMNS, "where"),
            (
                (
                    entry.note.target.text(),
                    entry.note.kind.value,
                    entry.note.text,
                    entry.note.created_at.isoformat(timespec="seconds"),
                    entry.note.updated_at.isoformat(timespec="seconds"),
                    entry.where,
                )
                for entry in placed
            ),
            replace=False,
        )
        return len(placed)

    def pdf_content(self, briefing: Manifest) -> MyNotesContent:
        """Every note, as a PDF of the member's notes prints them."""
        return MyNotesContent(
            briefing=briefing.describe(),
            notes_file=self.path.name,
            lines=tuple(
                NoteLine(
                    entry.where,
                    entry.note.target.text(),
                    entry.note.kind.value,
                    entry.note.text,
                    entry.note.created_at.date(),
                )
                for entry in self.placed()
            ),
        )

    def import_csv(self, path: Path) -> int:
        """Keep the notes of an exported CSV file (read whole first: a file with a problem
        adds nothing). Notes already held are not added twice. Returns how many were new."""
        return self._notes.add_many(read_notes(Path(path)))

    # -- the member's own training record -------------------------------------------------

    def add_training(self, module: str, completed_on: date, note: str = "") -> OwnTraining:
        if not module.strip():
            raise InvalidInputError("a training record needs the module's name")
        return self._notes.add_training(module.strip(), completed_on, note)

    def training(self) -> list[OwnTraining]:
        return self._notes.training()
