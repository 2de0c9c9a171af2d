"""Reading a member's notes exported to CSV (``target``, ``kind``, ``text``,
``created_at``, ``updated_at``), to keep them on another laptop."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from briefing_app.domain.briefing import Note, NoteKind, Target
from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.spreadsheet_cells import restore_cell
from briefing_app.importers.csv_rows import read_rows

NOTES_COLUMNS = ("target", "kind", "text", "created_at", "updated_at")
_ADVICE = (
    "Import a file of notes the app exported (File > Export my notes, or notes export): "
    "it has the columns target, kind, text, created_at and updated_at."
)


def read_notes(path: Path) -> list[Note]:
    """Every note in the file, checked whole: ImportFileError (naming the line) on the
    first that is not sound, and nothing is used."""
    notes: list[Note] = []
    for row in read_rows(path, NOTES_COLUMNS, advice=_ADVICE):
        values = {column: restore_cell(row.values[column]) for column in NOTES_COLUMNS}
        problem = _problem(values)
        if problem:
            raise ImportFileError(path, problem, _ADVICE, line=row.line)
        notes.append(
            Note(
                0,
                Target.parse(values["target"]),
                NoteKind(values["kind"]),
                values["text"],
                datetime.fromisoformat(values["created_at"]),
                datetime.fromisoformat(values["updated_at"]),
            )
        )
    return notes


def _problem(values: dict[str, str]) -> str | None:
    """What is wrong with a row's values, in plain words, or None."""
    try:
        Target.parse(values["target"])
    except ValueError:
        return (
            f"{values['target']!r} does not name a report paragraph, figure, question or "
            "meeting item."
        )
    if values["kind"] not in {kind.value for kind in NoteKind}:
        kinds = ", ".join(kind.value for kind in NoteKind)
        return f"the kind {values['kind']!r} is not one of {kinds}."
    for column in ("created_at", "updated_at"):
        try:
            datetime.fromisoformat(values[column])
        except ValueError:
            return f"{values[column]!r} is not a date and time like 2026-03-04T14:05:09."
    return None
