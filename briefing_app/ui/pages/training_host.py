"""What the Training page offers the tabs and tools built into it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from briefing_app.domain.training.compliance import TrainingBoard
from briefing_app.services.training.self_checks import SelfCheckService
from briefing_app.services.training.service import TrainingService

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget


class Host(Protocol):
    training: TrainingService
    self_checks: SelfCheckService
    undo_stack: QUndoStack
    # Everyone's status for the day and window chosen on the page. Its records hold only
    # each member's latest completion of each module (``TrainingService.board``).
    board: TrainingBoard

    def refresh(self) -> None: ...

    def say(self, text: str) -> None: ...

    def role_key(self) -> str | None: ...

    def widget(self) -> QWidget: ...

    def import_members(self) -> None: ...
