"""Undo for changes already made: a command whose first "redo" is the change itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from briefing_app.domain.errors import BriefingError
from briefing_app.ui.errors import show_user_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class DoneCommand(QUndoCommand):
    """Pushed after the change has been made, so the first redo does nothing."""

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        after: Callable[[], None],
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._after = after
        self._parent = parent_widget
        self._first = True

    def undo(self) -> None:
        self._run(self._undo, "undone")

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo, "done again")

    def _run(self, step: Callable[[], object], what: str) -> None:
        try:
            step()
        except BriefingError as error:
            self.setObsolete(True)
            show_user_error(self._parent, f"This could not be {what}", error)
        finally:
            self._after()
