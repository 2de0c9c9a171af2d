"""The officer's tools on the Training page: a session for many members, import and export.

Each change that records training can be undone (Ctrl+Z) until the page is closed.
Import and export work on small files and finish in a blink, so they run on the UI
thread with the wait cursor showing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from briefing_app.domain.errors import BriefingError, ImportProblemsError
from briefing_app.services.training.service import AttendanceResult
from briefing_app.ui.busy import busy
from briefing_app.ui.dialogs.attendance import AttendanceDialog, Session
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.pages.training_host import Host
from briefing_app.ui.undo import DoneCommand
from briefing_app.ui.widgets.message_boxes import confirm, message_box


def record_session(host: Host) -> None:
    training = host.training

    def save(session: Session) -> AttendanceResult:
        return training.record_attendance(
            session.module_id,
            session.completed_on,
            session.member_ids,
            session.provider,
            session.note,
        )

    members = [r.member for r in host.board.members_of(None)]  # not those who have left
    dialog = AttendanceDialog(host.board.catalogue, members, training.today(), save, host.widget())
    if dialog.exec() and dialog.result_value is not None:
        push_added(host, "record a training session", dialog.result_value)
        host.refresh()
        host.say(f"{dialog.result_value.message} Press Ctrl+Z to undo.")


def show_import_problems(host: Host, path: Path, error: ImportProblemsError) -> None:
    count = len(error.problems)
    box = message_box(
        QMessageBox.Icon.Warning,
        "The attendance file has problems",
        f"{path.name}: {count} {'line has a problem' if count == 1 else 'lines have problems'}."
        " Nothing was recorded.",
        host.widget(),
        informative="\n".join(f"Line {line}: {text}" for line, text in error.problems[:20])
        + (f"\n… and {count - 20} more." if count > 20 else ""),
        details="\n".join(f"Line {line}: {text}" for line, text in error.problems)
        + f"\n\n{error.advice}",
    )
    box.exec()
    box.deleteLater()


def import_attendance_file(host: Host, path: Path) -> None:
    """Check the file, say what it holds, and record it all if the officer agrees."""
    # Only when a file is imported (about 11 ms).
    from briefing_app.services.training.attendance import (
        apply_attendance_import,
        plan_attendance_import,
    )

    try:
        with busy():
            plan = plan_attendance_import(host.training, path)
    except ImportProblemsError as error:
        show_import_problems(host, path, error)
        return
    except BriefingError as error:
        show_user_error(host.widget(), "The attendance file cannot be used", error)
        return
    if not plan.completions:
        host.say(f"{plan.summary} Nothing new to record.")
        return
    if not confirm(host.widget(), "Import attendance", f"{plan.summary} Record them?", "Record"):
        return
    try:
        with busy():
            result = apply_attendance_import(host.training, plan)
    except BriefingError as error:
        show_user_error(host.widget(), "The attendance could not be recorded", error)
        return
    push_added(host, f"import {path.name}", result)
    host.refresh()
    host.say(f"Imported {path.name}. {result.message} Press Ctrl+Z to undo.")


def push_added(host: Host, text: str, result: AttendanceResult) -> None:
    """Let the officer take back completions just recorded."""
    added = result.added
    if not added:
        return
    training = host.training
    host.undo_stack.push(
        DoneCommand(
            text,
            lambda: training.delete_completions([c.id or 0 for c in added]),
            lambda: training.restore_completions(added),
            host.refresh,
            host.widget(),
        )
    )


def deleted(
    host: Host, text: str, undo: Callable[[], object], redo: Callable[[], object], said: str
) -> None:
    """After a deletion: let the officer undo it, show the page as it now is, and say so."""
    host.undo_stack.push(DoneCommand(text, undo, redo, host.refresh, host.widget()))
    host.refresh()
    host.say(f"{said} Press Ctrl+Z to undo.")


def export_compliance_to(host: Host, path: Path) -> None:
    """Write the statuses shown (same day, window and committee) to a CSV file."""
    # Only when a file is exported (about 4 ms).
    from briefing_app.services.training.export import write_compliance_csv

    try:
        with busy():
            rows = write_compliance_csv(host.board, path, host.role_key())
    except BriefingError as error:
        show_user_error(host.widget(), "The export could not be written", error)
        return
    host.say(f"Wrote {rows} rows to {path}.")
