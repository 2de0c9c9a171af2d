"""Keeping the training records: members, modules, completions, and the day's statuses.

Every change is checked against the domain's rules first and written in one
transaction. Deleting returns what was deleted, so the window can offer to undo it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from briefing_app.domain.errors import InvalidInputError, NotFoundError
from briefing_app.domain.person_names import loose_key, name_key
from briefing_app.domain.training.compliance import Catalogue, TrainingBoard, build_board
from briefing_app.domain.training.records import (
    DEFAULT_DUE_SOON_DAYS,
    Completion,
    Member,
    Module,
    check_due_soon_days,
)
from briefing_app.domain.training.self_checks import SelfCheckResult
from briefing_app.domain.training.summary import (
    TrainingSummary,
    members_pack_summary,
    public_pack_summary,
)
from briefing_app.storage.database import Database
from briefing_app.storage.members_repo import CompletionRepository, MemberRepository
from briefing_app.storage.self_checks_repo import SelfCheckRepository
from briefing_app.storage.training_catalogue_repo import TrainingCatalogueRepository

DUE_SOON_SETTING = "due_soon_days"
DEMO_REFERENCE_SETTING = "demo_reference_date"


@dataclass(frozen=True)
class DeletedMembers:
    members: tuple[Member, ...]
    completions: tuple[Completion, ...]
    # For demonstration members: the reference date their dates were counted from.
    demo_reference: date | None = None


@dataclass(frozen=True)
class DeletedModule:
    module: Module
    completions: tuple[Completion, ...]
    # The modules it counted for (their stand-ins are put back with it).
    counted_for: tuple[Module, ...] = ()


@dataclass(frozen=True)
class AttendanceResult:
    recorded: int
    already_held: int
    # The completions just recorded, with their ids, so they can be taken back.
    added: tuple[Completion, ...] = ()
    # The backup made first, when an import recorded anything.
    backup: Path | None = None

    @property
    def message(self) -> str:
        text = f"Recorded for {self.recorded} {'member' if self.recorded == 1 else 'members'}."
        if self.already_held:
            held = self.already_held
            text += (
                f" {held} {'was' if held == 1 else 'were'} already recorded for that day, "
                "so left as they were."
            )
        return text


class TrainingService:
    def __init__(
        self,
        database: Database,
        data_dir: Path | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.database = database
        self.data_dir = data_dir
        self.today = today
        self._members = MemberRepository(database)
        self._completions = CompletionRepository(database)
        self._catalogue = TrainingCatalogueRepository(database)
        # Self-check results of completions deleted, by completion, until they are put back.
        self._set_aside: dict[int, SelfCheckResult] = {}

    # -- reading -------------------------------------------------------------------------

    def catalogue(self) -> Catalogue:
        return Catalogue(tuple(self._catalogue.roles()), tuple(self._catalogue.modules()))

    def members(self) -> list[Member]:
        return self._members.all()

    def member(self, member_id: int) -> Member:
        return self._members.get(member_id)

    def completions(self, member_id: int | None = None) -> list[Completion]:
        if member_id is None:
            return self._completions.all()
        return self._completions.for_member(member_id)

    def board(
        self,
        as_at: date | None = None,
        due_soon_days: int | None = None,
        *,
        history: bool = True,
    ) -> TrainingBoard:
        """Everyone's status on ``as_at`` (default today). Without ``history`` the records
        hold only each member's latest completion of each module: the statuses are the
        same, and a council's full history need not be read."""
        days = self.due_soon_days() if due_soon_days is None else check_due_soon_days(due_soon_days)
        on = as_at or self.today()
        completions = self.completions() if history else self._completions.latest(on)
        return build_board(self.catalogue(), self.members(), completions, on, days)

    def members_pack_summary(self, as_at: date | None = None) -> TrainingSummary:
        """For the members' pack: committee figures and who needs which training, by name."""
        return members_pack_summary(self.board(as_at))

    def public_pack_summary(self, as_at: date | None = None) -> TrainingSummary:
        """For the public pack: committee and module figures only, no names or notes."""
        return public_pack_summary(self.board(as_at))

    def due_soon_days(self) -> int:
        stored = self._catalogue.setting(DUE_SOON_SETTING)
        try:
            return check_due_soon_days(int(stored)) if stored is not None else DEFAULT_DUE_SOON_DAYS
        except (ValueError, InvalidInputError):
            return DEFAULT_DUE_SOON_DAYS

    def set_due_soon_days(self, days: int) -> None:
        self._catalogue.set_setting(DUE_SOON_SETTING, str(check_due_soon_days(days)))

    def demo_reference_date(self) -> date | None:
        stored = self._catalogue.setting(DEMO_REFERENCE_SETTING)
        return date.fromisoformat(stored) if stored else None

    # -- members -------------------------------------------------------------------------

    def add_member(self, member: Member) -> Member:
        self._check_member(member)
        return replace(member, id=self._members.add(replace(member, id=None)))

    def update_member(self, member: Member) -> Member:
        self._check_member(member)
        self._members.update(member)
        return member

    def delete_members(self, member_ids: Iterable[int]) -> DeletedMembers:
        ids = list(member_ids)
        members = tuple(self._members.get(i) for i in ids)
        completions = tuple(c for i in ids for c in self._completions.for_member(i))
        self._set_aside_results(completions)
        self._members.delete(ids)
        return DeletedMembers(members, completions)

    def remove_demo_members(self) -> DeletedMembers:
        """Delete every demonstration member (and their completions)."""
        deleted = self.delete_members(m.id for m in self.members() if m.demo and m.id is not None)
        return replace(deleted, demo_reference=self.demo_reference_date())

    def restore_members(self, deleted: DeletedMembers) -> None:
        with self.database.transaction():
            self._members.restore(deleted.members, deleted.completions)
            self._put_back_results(deleted.completions)
            if deleted.demo_reference is not None:
                self._catalogue.set_setting(
                    DEMO_REFERENCE_SETTING, deleted.demo_reference.isoformat()
                )

    def find_members(self, query: str) -> list[Member]:
        """Members whose name, party or ward contains ``query``, ignoring case and accents."""
        wanted = loose_key(query)
        return [m for m in self.members() if wanted in loose_key(f"{m.name} {m.party} {m.ward}")]

    def _check_member(self, member: Member) -> None:
        known = {r.key for r in self._catalogue.roles()}
        if not member.roles <= known:
            raise InvalidInputError(
                "A member can only hold seats the app knows.", "Choose from the seats listed."
            )
        for other in self.members():
            if (
                other.id != member.id
                and name_key(other.name) == name_key(member.name)
                and name_key(other.ward) == name_key(member.ward)
            ):
                ward = f" for {member.ward} ward" if member.ward else ""
                raise InvalidInputError(
                    f"{member.name}{ward} is already on the list of members.",
                    "Edit the member who is there, or add the ward to tell two people apart.",
                )

    # -- modules -------------------------------------------------------------------------

    def add_module(self, module: Module) -> Module:
        self._check_module_name(module)
        key = self._new_key(module.name)
        saved = replace(module, id=None, key=key, position=0)
        return replace(saved, id=self._catalogue.add_module(saved))

    def update_module(self, module: Module) -> Module:
        self._check_module_name(module)
        self._catalogue.update_module(module)
        return module

    def delete_module(self, module_id: int) -> DeletedModule:
        module = self._catalogue.module(module_id)
        completions = tuple(self._completions.for_module(module_id))
        counted_for = tuple(m for m in self._catalogue.modules() if module.key in m.also_met_by)
        self._set_aside_results(completions)
        self._catalogue.delete_module(module_id)
        return DeletedModule(module, completions, counted_for)

    def restore_module(self, deleted: DeletedModule) -> None:
        with self.database.transaction():
            self._catalogue.restore_module(deleted.module, deleted.completions)
            self._put_back_results(deleted.completions)
            for other in deleted.counted_for:
                if other.id is not None:
                    self._catalogue.set_also_met_by(other.id, other.also_met_by)

    def completions_of_module(self, module_id: int) -> int:
        return len(self._completions.for_module(module_id))

    def _check_module_name(self, module: Module) -> None:
        for other in self._catalogue.modules():
            if other.id != module.id and name_key(other.name) == name_key(module.name):
                raise InvalidInputError(
                    f"There is already a module called {other.name!r}.",
                    "Give this module a different name, or edit the one that exists.",
                )

    def _new_key(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", loose_key(name)).strip("-")[:40] or "module"
        key, number = base, 1
        while self._catalogue.key_in_use(key):
            number += 1
            key = f"{base}-{number}"
        return key

    # -- completions ---------------------------------------------------------------------

    def record_completion(self, completion: Completion) -> Completion:
        self._check_completion(completion)
        if self._completions.exists(
            completion.member_id, completion.module_id, completion.completed_on
        ):
            raise InvalidInputError(
                "That training is already recorded for this member on that day.",
                "Choose another date, or edit the record that is there.",
            )
        self._completions.add_many([replace(completion, id=None)])
        return next(
            c
            for c in self._completions.for_member(completion.member_id)
            if c.module_id == completion.module_id and c.completed_on == completion.completed_on
        )

    def update_completion(self, completion: Completion) -> Completion:
        self._check_completion(completion)
        self._completions.update(completion)
        return completion

    def delete_completions(self, completion_ids: Iterable[int]) -> tuple[Completion, ...]:
        ids = list(completion_ids)
        deleted = tuple(self._completions.get(i) for i in ids)
        self._set_aside_results(deleted)
        self._completions.delete(ids)
        return deleted

    def restore_completions(self, completions: Iterable[Completion]) -> None:
        kept = list(completions)
        with self.database.transaction():
            self._completions.restore(kept)
            self._put_back_results(kept)

    def _set_aside_results(self, completions: Iterable[Completion]) -> None:
        """Keep the self-check results of completions about to be deleted (they go with
        them), so that putting the completions back, to undo, puts the results back too."""
        ids = [c.id for c in completions if c.id is not None]
        for result in SelfCheckRepository(self.database).results(ids):
            self._set_aside[result.completion_id] = result

    def _put_back_results(self, completions: Iterable[Completion]) -> None:
        repository = SelfCheckRepository(self.database)
        for completion in completions:
            result = self._set_aside.pop(completion.id or 0, None)
            if result is not None:
                repository.record(result)

    def completions_matching(self, wanted: Iterable[Completion]) -> list[Completion]:
        """The stored completions (with ids) for the same member, module and day as ``wanted``."""
        keys = {(c.member_id, c.module_id, c.completed_on) for c in wanted}
        return [
            c for c in self._completions.all() if (c.member_id, c.module_id, c.completed_on) in keys
        ]

    def record_attendance(
        self,
        module_id: int,
        completed_on: date,
        member_ids: Iterable[int],
        provider: str = "",
        note: str = "",
    ) -> AttendanceResult:
        """One session: the same module on the same day for many members, all or nothing."""
        ids = sorted(set(member_ids))
        if not ids:
            raise InvalidInputError(
                "No members are chosen.", "Tick the members who attended the session."
            )
        completions = [Completion(i, module_id, completed_on, provider, note) for i in ids]
        for completion in completions:
            self._check_completion(completion)
        new = [
            c
            for c in completions
            if not self._completions.exists(c.member_id, module_id, completed_on)
        ]
        recorded = self._completions.add_many(new)
        return AttendanceResult(
            recorded, len(completions) - len(new), tuple(self.completions_matching(new))
        )

    def _check_completion(self, completion: Completion) -> None:
        completion.check_date(self.today())
        try:
            self._members.get(completion.member_id)
            self._catalogue.module(completion.module_id)
        except NotFoundError as error:
            raise InvalidInputError(
                "That member or module is no longer in the records.",
                "Close this window and try again.",
            ) from error
