"""Actions across meetings: what is open, due soon or overdue, and closing them with a note."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.meetings import (
    ActionDetails,
    ActionFilter,
    ActionState,
    ActionView,
)
from briefing_app.storage.actions_repo import ActionRepository
from briefing_app.storage.database import Database


class ActionService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._actions = ActionRepository(database)
        self.today = today

    def actions(self, choice: ActionFilter = ActionFilter.OPEN) -> list[ActionView]:
        """Actions the filter accepts: open ones soonest due first, closed ones latest first."""
        today = self.today()
        views = [v for v in self._actions.views() if choice.accepts(v.action, today)]
        if choice is ActionFilter.CLOSED:
            views.sort(key=lambda v: (v.action.closed_on or date.min, v.action.id), reverse=True)
        return views

    def view(self, action_id: int) -> ActionView:
        return self._actions.view(action_id)

    def counts(self) -> dict[ActionState, int]:
        today = self.today()
        counted = Counter(v.action.state(today) for v in self._actions.views())
        return {state: counted.get(state, 0) for state in ActionState}

    def update(self, action_id: int, details: ActionDetails) -> ActionView:
        problems = details.problems()
        if problems:
            raise InvalidInputError(problems, "Nothing has been saved yet.")
        self._actions.update(action_id, details)
        return self._actions.view(action_id)

    def close(self, action_id: int, note: str, on: date | None = None) -> ActionView:
        """Close an action, saying what was done. Reopen undoes it."""
        action = self._actions.get(action_id)
        try:
            closed = action.closed(on or self.today(), note)
        except ValueError as error:
            raise InvalidInputError([str(error)]) from error
        self._actions.close(action_id, closed.closed_on or self.today(), closed.closing_note)
        return self._actions.view(action_id)

    def reopen(self, action_id: int) -> ActionView:
        self._actions.reopen(action_id)
        return self._actions.view(action_id)

    def delete(self, action_id: int) -> None:
        self._actions.delete(action_id)
