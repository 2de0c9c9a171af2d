"""Saving an answer as it is typed.

A save happens once typing pauses (``idle_ms``) and in any case no later than
``max_wait_ms`` after the first unsaved keystroke, so steady typing is saved too. The
owner also calls ``flush`` when focus leaves the box, on moving to another question and
on closing. If a save fails (say the file is locked) the text stays pending and the
next timer tries again; nothing typed is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from briefing_app.domain.errors import BriefingError

IDLE_MS = 300
MAX_WAIT_MS = 800


@dataclass(frozen=True)
class PendingAnswer:
    item_id: int
    text: str
    private: bool


class AnswerAutosaver(QObject):
    saved = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        save: Callable[[int, str, bool], None],
        parent: QObject | None = None,
        *,
        idle_ms: int = IDLE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: PendingAnswer | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_wait_ms)
        self._deadline.timeout.connect(self.flush)

    @property
    def pending(self) -> PendingAnswer | None:
        return self._pending

    def changed(self, item_id: int, text: str, private: bool) -> None:
        """Note the answer as it now stands; it is saved within ``max_wait_ms``."""
        if self._pending is not None and self._pending.item_id != item_id:
            self.flush()
        self._pending = PendingAnswer(item_id, text, private)
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> bool:
        """Save now if anything is waiting. False if the save failed (it will be retried)."""
        self._idle.stop()
        self._deadline.stop()
        pending = self._pending
        if pending is None:
            return True
        try:
            self._save(pending.item_id, pending.text, pending.private)
        except BriefingError as error:
            self.failed.emit(str(error))
            self._deadline.start()
            return False
        if self._pending == pending:
            self._pending = None
        self.saved.emit(pending.item_id)
        return True
