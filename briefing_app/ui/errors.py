"""Showing errors: plain words for problems a user can fix, one dialog for bugs.

The message boxes are made only when there is something to show, so the window starts
without loading them.
"""

from __future__ import annotations

import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from briefing_app.domain.errors import BriefingError
from briefing_app.services.logbook import log_bug, log_user_error

if TYPE_CHECKING:
    from types import TracebackType


def show_user_error(parent: QWidget | None, title: str, error: BriefingError) -> None:
    """Tell the user what went wrong and what to do, in a modal message box."""
    # Only when there is something to show: the boxes' module and Qt's QMessageBox class.
    from PySide6.QtWidgets import QMessageBox

    from briefing_app.ui.widgets.message_boxes import message_box

    box = message_box(
        QMessageBox.Icon.Warning, title, error.message, parent, informative=error.advice
    )
    box.exec()


class BugDialogHook:
    """The excepthook: a bug is shown once, with its details to copy into a report."""

    def __init__(self) -> None:
        self._showing = False

    def __call__(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        # Only when there is something to show: the boxes' module and Qt's QMessageBox class.
        from PySide6.QtWidgets import QMessageBox

        from briefing_app.ui.widgets.message_boxes import message_box

        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
        if isinstance(value, BriefingError):
            log_user_error(value)
            show_user_error(QApplication.activeWindow(), "Something needs your attention", value)
            return
        log_bug(kind, value, tb)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = message_box(
                QMessageBox.Icon.Critical,
                "Something went wrong",
                "The app hit a problem it did not expect. Your saved work is safe in the "
                "database. Please copy the details below into a message to whoever supports "
                "the app.",
                QApplication.activeWindow(),
                details=details,
            )
            box.exec()
        finally:
            self._showing = False


def install_excepthook() -> None:
    sys.excepthook = BugDialogHook()
