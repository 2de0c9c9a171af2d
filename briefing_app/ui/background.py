"""Running slow work off the UI thread, with progress, so the window stays responsive.

``BackgroundTask`` runs one function on a worker thread. The function is given a
``progress(fraction, message)`` callback it may call as often as it likes; a timer on
the UI thread passes the latest progress, then the result or the error, to the
callbacks given, so they always run on the UI thread. The function must not touch the
database or any widget: give it plain data.

Why a timer and not signals: PySide6 6.12.0 under Python 3.11 drops a reference to
``True`` on every ``SignalInstance.emit()`` made from Python, so a few hundred progress
signals crash the interpreter. Signals Qt itself emits (the timer's) are not affected.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

ProgressCallback = Callable[[float, str], None]
Work = Callable[[ProgressCallback], Any]
POLL_MS = 40


class BackgroundTask:
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
        on_progress: Callable[[float, str], None],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_finished: Callable[[], None] = lambda: None,
    ) -> None:
        self._work = work
        self._on_progress = on_progress
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_finished = on_finished
        self._latest: tuple[float, str] | None = None
        self._shown: tuple[float, str] | None = None
        self._outcome: tuple[bool, Any] | None = None
        self._delivered = False
        self._thread = threading.Thread(target=self._run, name="background-task", daemon=True)
        self._timer = QTimer(parent)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def is_running(self) -> bool:
        return not self._delivered

    def wait(self) -> None:
        """Block until the work is done, then deliver its outcome (the window is closing)."""
        if self._thread.is_alive():
            self._thread.join()
        self._poll()

    # -- worker thread ---------------------------------------------------------------

    def _run(self) -> None:
        try:
            result = self._work(self._report)
        except Exception as error:
            self._outcome = (False, error)
        else:
            self._outcome = (True, result)

    def _report(self, fraction: float, message: str) -> None:
        self._latest = (fraction, message)  # one assignment: safe without a lock

    # -- UI thread -------------------------------------------------------------------

    def _poll(self) -> None:
        if self._delivered:
            return
        latest = self._latest
        if latest is not None and latest != self._shown:
            self._shown = latest
            self._on_progress(*latest)
        outcome = self._outcome
        if outcome is None:
            return
        self._delivered = True
        self._timer.stop()
        self._thread.join()
        succeeded, value = outcome
        try:
            if succeeded:
                self._on_success(value)
            else:
                self._on_failure(value)
        finally:
            self._on_finished()


def report_bug(error: BaseException) -> None:
    """Send an unexpected error from a background task to the bug dialog."""
    sys.excepthook(type(error), error, error.__traceback__)
