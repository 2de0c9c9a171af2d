"""Self-checks: taking one after attending a module, and what officers may see of them.

A result is kept with the councillor's latest attendance of the module (on or before
the day it is taken); taking it again replaces that result. Officers get figures by
module (``figures``); a councillor's own answers are read only for that councillor
(``results_for_member``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.training.records import Completion, Member
from briefing_app.domain.training.self_checks import (
    SelfCheck,
    SelfCheckFigures,
    SelfCheckResult,
    self_check_figures,
)
from briefing_app.storage.database import Database
from briefing_app.storage.members_repo import CompletionRepository, MemberRepository
from briefing_app.storage.self_checks_repo import SelfCheckRepository
from briefing_app.storage.training_catalogue_repo import TrainingCatalogueRepository


class SelfCheckService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self.database = database
        self.today = today
        self._checks = SelfCheckRepository(database)
        self._completions = CompletionRepository(database)
        self._held: dict[int, SelfCheck] | None = None

    def checks(self) -> dict[int, SelfCheck]:
        """Every module's self-check, by module id (read once: the app never changes them;
        a module deleted since is left out)."""
        if self._held is None:
            self._held = self._checks.checks()
        modules = {m.id for m in TrainingCatalogueRepository(self.database).modules()}
        return {key: check for key, check in self._held.items() if key in modules}

    def attendance(self, member_id: int, module_id: int) -> Completion | None:
        """The member's latest attendance of the module up to today, which a self-check
        taken today is kept with."""
        today = self.today()
        found = [
            c
            for c in self._completions.for_member(member_id)
            if c.module_id == module_id and c.completed_on <= today
        ]
        return found[-1] if found else None

    def take(self, member_id: int, module_id: int, chosen: Sequence[int | None]) -> SelfCheckResult:
        """Mark the answers and keep the result with the member's latest attendance."""
        check = self.checks().get(module_id)
        module = TrainingCatalogueRepository(self.database).module(module_id)
        if check is None:
            raise InvalidInputError(f"{module.name} has no self-check.")
        completion = self.attendance(member_id, module_id)
        if completion is None or completion.id is None:
            member = MemberRepository(self.database).get(member_id)
            raise InvalidInputError(
                f"No attendance of {module.name} is recorded for {member.name}, so there "
                "is nothing to keep the self-check with.",
                "Record their attendance first, then take the self-check.",
            )
        result = SelfCheckResult(completion.id, self.today(), check.mark(chosen))
        self._checks.record(result)
        return result

    def results_for_member(self, member_id: int) -> dict[int, SelfCheckResult]:
        """The member's own results, by the attendance each is kept with."""
        ids = [c.id for c in self._completions.for_member(member_id) if c.id is not None]
        return {r.completion_id: r for r in self._checks.results(ids)}

    def figures(
        self,
        on: date | None = None,
        members: Sequence[Member] | None = None,
        completions: Sequence[Completion] | None = None,
    ) -> list[SelfCheckFigures]:
        """By module with a self-check: how many of the serving councillors who attended
        took it, and their average score (once enough have). ``members`` and
        ``completions`` may be given when the caller has just read them."""
        checks = self.checks()
        modules = [
            (m, checks[m.id])
            for m in TrainingCatalogueRepository(self.database).modules()
            if m.id in checks
        ]
        return self_check_figures(
            modules,
            MemberRepository(self.database).all() if members is None else members,
            self._completions.all() if completions is None else completions,
            self._checks.results(),
            on or self.today(),
        )
