"""Showing errors: plain words for problems a user can fix, one dialog for bugs."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from briefing_app.domain.errors import BriefingError
from briefing_app.services.logbook import log_bug, log_user_error


def show_user_error(parent: QWidget | None, title: str, error: BriefingError) -> None:
    """Tell the user what went wrong and what to do, in a modal message box."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, parent=parent)
    box.setInformativeText(error.advice)
    box.setAccessibleName(title)
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
        import traceback

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
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "Something went wrong",
                "The app hit a problem it did not expect. Your saved work is safe in the "
                "database. Please copy the details below into a message to whoever supports "
                "the app.",
                parent=QApplication.activeWindow(),
            )
            box.setDetailedText(details)
            box.setAccessibleName("Unexpected problem")
            box.exec()
        finally:
            self._showing = False


def install_excepthook() -> None:
    sys.excepthook = BugDialogHook()
