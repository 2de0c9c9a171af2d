"""Running slow work off the UI thread, with progress, so the window stays responsive.

``BackgroundTask`` runs one function on a QThread. The function is given a
``progress(fraction, message)`` callback it may call as often as it likes; the thread's
signals carry each report, then the result or the error, to the callbacks given, which
Qt calls on the UI thread. The function must not touch the database or any widget: give
it plain data.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from briefing_app.domain.progress import ProgressCallback

# The work: given where to say how far it has got, it returns its result.
Work = Callable[[ProgressCallback], Any]


class _Runner(QThread):
    """Runs the work in ``run`` (on its own thread) and keeps what came of it."""

    progressed = Signal(float, str)

    def __init__(self, work: Work, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self.outcome: tuple[bool, Any] = (False, None)

    def run(self) -> None:
        try:
            self.outcome = (True, self._work(self.progressed.emit))
        except Exception as error:
            self.outcome = (False, error)


class BackgroundTask(QObject):
    """One run of ``work`` on its own thread, reporting back on the UI thread.

    ``on_failure`` gets the exception; the caller decides whether it is a user's problem
    (a ``BriefingError``) or a bug to pass to ``report_bug``. ``on_finished`` runs last,
    whatever the outcome.
    """

    def __init__(
        self,
        work: Work,
        *,
        parent: QObject,
        on_progress: ProgressCallback,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_finished: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._on_progress = on_progress
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_finished = on_finished
        self._delivered = False
        # Signals from the runner's thread to this object (on the UI thread) are queued,
        # so the callbacks run on the UI thread, in the order the work reported.
        self._runner = _Runner(work, self)
        self._runner.progressed.connect(self._progressed)
        self._runner.finished.connect(self._deliver)

    def start(self) -> None:
        self._runner.start()

    def is_running(self) -> bool:
        return not self._delivered

    def wait(self) -> None:
        """Block until the work is done, then deliver its outcome (the window is closing)."""
        self._runner.wait()
        self._deliver()

    @Slot(float, str)
    def _progressed(self, fraction: float, message: str) -> None:
        if not self._delivered:
            self._on_progress(fraction, message)

    @Slot()
    def _deliver(self) -> None:
        if self._delivered:
            return
        self._delivered = True
        self._runner.wait()  # it has finished or is about to: let it end before anything else
        succeeded, value = self._runner.outcome
        try:
            if succeeded:
                self._on_success(value)
            else:
                self._on_failure(value)
        finally:
            self._on_finished()
            self.deleteLater()  # and its thread with it: each task runs once


def report_bug(error: BaseException) -> None:
    """Send an unexpected error from a background task to the bug dialog."""
    sys.excepthook(type(error), error, error.__traceback__)
