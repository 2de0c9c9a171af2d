"""Searching as the user types, off the window's thread: the typing never waits for a
search, and a search overtaken by newer typing is dropped.

``LatestSearch`` keeps one worker thread. ``ask(work)`` hands it a search (a function of
no arguments that returns what it found). The thread runs only the newest search waiting
(older ones are dropped unrun), and ``found`` carries the result of the newest search
asked for back to the window's thread; the result of a search overtaken while it ran is
dropped there. A search function reads the database on a connection of its own (see
``ReportService.searcher``), never the window's.

The thread is a Python daemon thread, not a QThread: one waiting for the next search
when its page goes (or the app ends) holds nothing Qt must tear down, and stops itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from briefing_app.ui.background import report_bug

Search = Callable[[], Any]
Deliver = Callable[[int, bool, object], None]


class _Worker:
    """A thread that runs the newest search waiting, one at a time, until stopped."""

    def __init__(self, deliver: Deliver) -> None:
        self._deliver = deliver
        self._condition = threading.Condition()
        self._waiting: tuple[int, Search] | None = None
        self._stopping = False
        self._idle = True
        self._thread = threading.Thread(target=self._run, name="search", daemon=True)

    def ask(self, number: int, work: Search) -> None:
        with self._condition:
            self._waiting = (number, work)  # one waiting before it is dropped unrun
            self._idle = False
            self._condition.notify()
        if not self._thread.is_alive():
            self._thread.start()

    def finish(self) -> None:
        """Drop the search waiting, and end the thread once the one running (if any) ends."""
        with self._condition:
            self._stopping = True
            self._waiting = None
            self._condition.notify()

    def stop(self) -> None:
        """``finish``, and wait for the thread to end."""
        self.finish()
        if self._thread.is_alive():
            self._thread.join()

    def wait_until_idle(self, timeout: float) -> bool:
        """Block until no search runs or waits (for tests); False if ``timeout`` ran out."""
        with self._condition:
            return self._condition.wait_for(lambda: self._idle, timeout)

    def _run(self) -> None:
        while True:
            with self._condition:
                while self._waiting is None and not self._stopping:
                    self._idle = True
                    self._condition.notify_all()
                    self._condition.wait()
                if self._stopping:
                    self._idle = True
                    self._condition.notify_all()
                    return
                assert self._waiting is not None
                number, work = self._waiting
                self._waiting = None
            try:
                outcome: tuple[bool, object] = (True, work())
            except Exception as error:
                outcome = (False, error)
            try:
                self._deliver(number, *outcome)
            except RuntimeError:  # the page has gone: nobody to tell
                return


class LatestSearch(QObject):
    """Searches on a thread of its own; ``found`` gives the newest one's result."""

    found = Signal(object)
    # From the worker thread to this object's (the window's): queued by Qt.
    _delivered = Signal(int, bool, object)

    def __init__(self, parent: QObject, on_stop: Callable[[], None] = lambda: None) -> None:
        super().__init__(parent)
        self._asked = 0
        self._answered = 0
        self._stopped = False
        self._on_stop = on_stop
        self._delivered.connect(self._on_delivered)
        self._worker = _Worker(self._delivered.emit)
        # A page that goes without being asked to stop (a test's, say) ends its thread too.
        self.destroyed.connect(self._worker.finish)

    @property
    def waiting(self) -> bool:
        """True until the newest search asked for has been answered."""
        return self._answered != self._asked

    def ask(self, work: Search) -> None:
        """Run ``work`` on the search thread as soon as it is free, unless asked again first."""
        if self._stopped:
            return
        self._asked += 1
        self._worker.ask(self._asked, work)

    def stop(self) -> None:
        """Let a search running end, drop any waiting, and end the thread (the window is
        closing)."""
        if self._stopped:
            return
        self._stopped = True
        self._worker.stop()
        self._answered = self._asked
        self._on_stop()

    def wait_until_idle(self, timeout: float = 10.0) -> bool:
        return self._worker.wait_until_idle(timeout)

    @Slot(int, bool, object)
    def _on_delivered(self, number: int, succeeded: bool, result: object) -> None:
        if number != self._asked:  # newer typing has overtaken it: dropped
            return
        self._answered = number
        if succeeded:
            self.found.emit(result)
        elif isinstance(result, BaseException):
            report_bug(result)
