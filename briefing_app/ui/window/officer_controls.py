"""The controls on each page that change the data: officers' tools, not offered over a
briefing file (``Services.officer_tools`` is false).

Each page's controls are named here by their attribute on the page (a dotted path for a
control inside one of its parts), so that the pages need no code of their own for it; a
test checks that every name here is a control of its page.
"""

from __future__ import annotations

from functools import reduce

from PySide6.QtWidgets import QWidget

OFFICER_CONTROLS: dict[str, tuple[str, ...]] = {
    "children-in-care": ("edit_summary_button", "undo_button", "detail.edit_button"),
    "care-leavers": ("edit_summary_button", "undo_button", "detail.edit_button"),
    "questions": ("new_button", "edit_button", "retire_button", "add_to_meeting_button"),
    "meetings": (
        "new_button",
        "details_button",
        "delete_button",
        "up_button",
        "down_button",
        "remove_button",
        "lower_tabs.add_suggestion_button",
        "lower_tabs.add_action_questions_button",
    ),
    "actions": ("close_button", "reopen_button", "change_button", "delete_button"),
    "training": (
        "record_session",
        "import_button",
        "banner.remove",
        "banner.reload",
        "members_tab.add_member",
        "members_tab.edit_member",
        "members_tab.delete_member",
        "members_tab.import_members",
        "members_tab.record_training",
        "members_tab.edit_record",
        "members_tab.delete_record",
        "members_tab.take_check",
        "modules_tab.add_module",
        "modules_tab.edit_module",
        "modules_tab.delete_module",
    ),
}


def officer_controls(key: str, page: QWidget) -> list[QWidget]:
    """The officers' controls on the page called ``key``."""
    found = []
    for path in OFFICER_CONTROLS.get(key, ()):
        control = reduce(getattr, path.split("."), page)
        if not isinstance(control, QWidget):
            raise TypeError(f"{key}: {path} is not a control.")
        found.append(control)
    return found


def hide_officer_controls(key: str, page: QWidget) -> None:
    """Hide (and turn off) the officers' controls on a page over a briefing file."""
    for control in officer_controls(key, page):
        control.setEnabled(False)
        control.setVisible(False)
