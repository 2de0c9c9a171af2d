"""The training catalogue: seats with training duties, modules, what each seat requires."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from briefing_app.domain.errors import InvalidInputError, NotFoundError
from briefing_app.domain.training.records import Completion, Module, RefreshKind, RefreshRule, Role
from briefing_app.storage.database import Database
from briefing_app.storage.members_repo import CompletionRepository


class TrainingCatalogueRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    # -- seats ---------------------------------------------------------------------------

    def roles(self) -> list[Role]:
        return [
            Role(
                key=row["key"],
                name=row["name"],
                member_title=row["member_title"],
                member_title_plural=row["member_title_plural"],
                description=row["description"],
                position=row["position"],
            )
            for row in self.db.query("SELECT * FROM training_roles ORDER BY position, name")
        ]

    def add_roles(self, roles: Iterable[Role]) -> None:
        with self.db.transaction():
            self.db.connection.executemany(
                "INSERT INTO training_roles (key, name, member_title, member_title_plural, "
                "description, position) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        r.key,
                        r.name,
                        r.member_title,
                        r.member_title_plural,
                        r.description,
                        r.position,
                    )
                    for r in roles
                ],
            )

    # -- modules -------------------------------------------------------------------------

    def modules(self) -> list[Module]:
        required: dict[int, set[str]] = {}
        for row in self.db.query("SELECT module_id, role_key FROM training_requirements"):
            required.setdefault(row["module_id"], set()).add(row["role_key"])
        return [
            _module(row, frozenset(required.get(row["id"], ())))
            for row in self.db.query("SELECT * FROM training_modules ORDER BY position, id")
        ]

    def module(self, module_id: int) -> Module:
        found = next((m for m in self.modules() if m.id == module_id), None)
        if found is None:
            raise NotFoundError(f"There is no training module number {module_id}.")
        return found

    def add_module(self, module: Module) -> int:
        """Add a module (at the end of the list unless it has a position); return its id."""
        with self.db.transaction():
            position = module.position or int(
                self.db.scalar("SELECT coalesce(max(position), 0) + 1 FROM training_modules")
            )
            try:
                cursor = self.db.execute(
                    "INSERT INTO training_modules (id, key, name, refresh, months, description, "
                    "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        module.id,
                        module.key,
                        module.name,
                        module.refresh.kind.value,
                        module.refresh.months,
                        module.description,
                        position,
                    ),
                )
            except sqlite3.IntegrityError as error:
                raise _duplicate(module) from error
            module_id = int(cursor.lastrowid or 0)
            self._write_requirements(module_id, module.required_for)
        return module_id

    def update_module(self, module: Module) -> None:
        if module.id is None:
            raise NotFoundError("This module has not been saved yet.")
        with self.db.transaction():
            try:
                cursor = self.db.execute(
                    "UPDATE training_modules SET name = ?, refresh = ?, months = ?, "
                    "description = ? WHERE id = ?",
                    (
                        module.name,
                        module.refresh.kind.value,
                        module.refresh.months,
                        module.description,
                        module.id,
                    ),
                )
            except sqlite3.IntegrityError as error:
                raise _duplicate(module) from error
            if cursor.rowcount == 0:
                raise NotFoundError(f"There is no training module called {module.name!r}.")
            self.db.execute("DELETE FROM training_requirements WHERE module_id = ?", (module.id,))
            self._write_requirements(module.id, module.required_for)

    def delete_module(self, module_id: int) -> None:
        """Remove a module and, with it, every completion recorded for it."""
        with self.db.transaction():
            self.db.execute("DELETE FROM training_modules WHERE id = ?", (module_id,))

    def restore_module(self, module: Module, completions: Iterable[Completion]) -> None:
        """Put back a deleted module with its original id, and its completions."""
        with self.db.transaction():
            self.add_module(module)
            CompletionRepository(self.db).restore(completions)

    def key_in_use(self, key: str) -> bool:
        return bool(self.db.scalar("SELECT 1 FROM training_modules WHERE key = ?", (key,)))

    def _write_requirements(self, module_id: int, role_keys: Iterable[str]) -> None:
        try:
            self.db.connection.executemany(
                "INSERT INTO training_requirements (module_id, role_key) VALUES (?, ?)",
                [(module_id, key) for key in sorted(role_keys)],
            )
        except sqlite3.IntegrityError as error:
            raise InvalidInputError(
                "A module can only be required of seats the app knows.",
                "Choose from the seats listed.",
            ) from error

    # -- settings ------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        value = self.db.scalar("SELECT value FROM training_settings WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO training_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def _module(row: sqlite3.Row, required_for: frozenset[str]) -> Module:
    kind = RefreshKind(row["refresh"])
    return Module(
        id=row["id"],
        key=row["key"],
        name=row["name"],
        refresh=RefreshRule(kind, row["months"] if kind is RefreshKind.EVERY_MONTHS else 0),
        required_for=required_for,
        description=row["description"],
        position=row["position"],
    )


def _duplicate(module: Module) -> InvalidInputError:
    return InvalidInputError(
        f"There is already a module called {module.name!r}.",
        "Give this module a different name, or edit the one that exists.",
    )
