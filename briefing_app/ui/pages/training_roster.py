"""Importing the council's list of councillors on the Training page (and File > Import
councillors…): check the file, show every change it would make, and make them all if the
officer agrees. A backup is made first; the database is not changed if anything is wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from briefing_app.domain.errors import BriefingError, ImportProblemsError
from briefing_app.ui.busy import busy
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.pages.training_host import Host
from briefing_app.ui.widgets.message_boxes import message_box, name_buttons

SHOWN = 20  # lines listed in the box itself; all of them are under "Show Details"


def _listed(lines: list[str]) -> str:
    more = f"\n… and {len(lines) - SHOWN} more." if len(lines) > SHOWN else ""
    return "\n".join(lines[:SHOWN]) + more


def show_member_problems(host: Host, path: Path, error: ImportProblemsError) -> None:
    count = len(error.problems)
    lines = [f"Line {line}: {text}" if line else text for line, text in error.problems]
    box = message_box(
        QMessageBox.Icon.Warning,
        "The list of councillors has problems",
        f"{path.name}: {count} {'line has a problem' if count == 1 else 'lines have problems'}."
        " Nothing was changed.",
        host.widget(),
        informative=_listed(lines),
        details="\n".join(lines) + f"\n\n{error.advice}",
    )
    box.exec()
    box.deleteLater()


def _agree(host: Host, summary: str, details: list[str]) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Import councillors",
        f"{summary} Make these changes?",
        parent=host.widget(),
    )
    box.setAccessibleName("Import councillors")
    box.setInformativeText(_listed(details))
    box.setDetailedText("\n".join(details))
    go = box.addButton("Update the list", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    name_buttons(box)
    box.exec()
    chosen = box.clickedButton() is go
    box.deleteLater()
    return chosen


def import_members_file(host: Host, path: Path) -> None:
    """Check the file, say what it would change, and change it all if the officer agrees."""
    # Only when a file is imported (about 20 ms).
    from briefing_app.services.training.members import apply_members_import, plan_members_import

    try:
        with busy():
            plan = plan_members_import(host.training, path)
    except ImportProblemsError as error:
        show_member_problems(host, path, error)
        return
    except BriefingError as error:
        show_user_error(host.widget(), "The list of councillors cannot be used", error)
        return
    if not plan.changes.anything:
        host.say(f"{plan.summary} Nothing to change.")
        return
    if not _agree(host, plan.summary, plan.changes.details()):
        return
    try:
        with busy():
            result = apply_members_import(host.training, plan)
    except BriefingError as error:
        show_user_error(host.widget(), "The list of councillors could not be updated", error)
        return
    host.refresh()
    backup = f" A backup from before the import is in {result.backup}." if result.backup else ""
    host.say(f"Imported {path.name}. {result.message}{backup}")
