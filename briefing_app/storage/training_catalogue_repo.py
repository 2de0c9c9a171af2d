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
                also_called=tuple(n for n in row["also_called"].split(";") if n),
            )
            for row in self.db.query("SELECT * FROM training_roles ORDER BY position, name")
        ]

    def add_roles(self, roles: Iterable[Role]) -> None:
        with self.db.transaction():
            self.db.connection.executemany(
                "INSERT INTO training_roles (key, name, member_title, member_title_plural, "
                "description, position, also_called) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r.key,
                        r.name,
                        r.member_title,
                        r.member_title_plural,
                        r.description,
                        r.position,
                        ";".join(r.also_called),
                    )
                    for r in roles
                ],
            )

    def set_also_called(self, key: str, names: Iterable[str]) -> None:
        self.db.execute(
            "UPDATE training_roles SET also_called = ? WHERE key = ?", (";".join(names), key)
        )

    # -- modules -------------------------------------------------------------------------

    def modules(self) -> list[Module]:
        required: dict[int, set[str]] = {}
        for row in self.db.query("SELECT module_id, role_key FROM training_requirements"):
            required.setdefault(row["module_id"], set()).add(row["role_key"])
        also: dict[int, set[str]] = {}
        for row in self.db.query(
            "SELECT e.module_id, m.key FROM training_module_equivalents e "
            "JOIN training_modules m ON m.id = e.counts_id"
        ):
            also.setdefault(row["module_id"], set()).add(row["key"])
        return [
            _module(row, frozenset(required.get(row["id"], ())), frozenset(also.get(row["id"], ())))
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
                    "position, grace_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        module.id,
                        module.key,
                        module.name,
                        module.refresh.kind.value,
                        module.refresh.months,
                        module.description,
                        position,
                        module.grace_months,
                    ),
                )
            except sqlite3.IntegrityError as error:
                raise _duplicate(module) from error
            module_id = int(cursor.lastrowid or 0)
            self._write_requirements(module_id, module.required_for)
            self.set_also_met_by(module_id, module.also_met_by)
        return module_id

    def update_module(self, module: Module) -> None:
        if module.id is None:
            raise NotFoundError("This module has not been saved yet.")
        with self.db.transaction():
            try:
                cursor = self.db.execute(
                    "UPDATE training_modules SET name = ?, refresh = ?, months = ?, "
                    "description = ?, grace_months = ? WHERE id = ?",
                    (
                        module.name,
                        module.refresh.kind.value,
                        module.refresh.months,
                        module.description,
                        module.grace_months,
                        module.id,
                    ),
                )
            except sqlite3.IntegrityError as error:
                raise _duplicate(module) from error
            if cursor.rowcount == 0:
                raise NotFoundError(f"There is no training module called {module.name!r}.")
            self.db.execute("DELETE FROM training_requirements WHERE module_id = ?", (module.id,))
            self._write_requirements(module.id, module.required_for)
            self.set_also_met_by(module.id, module.also_met_by)

    def delete_module(self, module_id: int) -> None:
        """Remove a module and, with it, every completion recorded for it."""
        with self.db.transaction():
            self.db.execute("DELETE FROM training_modules WHERE id = ?", (module_id,))

    def restore_module(self, module: Module, completions: Iterable[Completion]) -> None:
        """Put back a deleted module with its original id, and its completions."""
        with self.db.transaction():
            self.add_module(module)
            CompletionRepository(self.db).restore(completions)

    def set_also_met_by(self, module_id: int, keys: Iterable[str]) -> None:
        """The modules (by key) whose completions count for this one too; keys of modules
        not held are left out."""
        with self.db.transaction():
            self.db.execute(
                "DELETE FROM training_module_equivalents WHERE module_id = ?", (module_id,)
            )
            self.db.connection.executemany(
                "INSERT INTO training_module_equivalents (module_id, counts_id) "
                "SELECT ?, id FROM training_modules WHERE key = ? AND id <> ?",
                [(module_id, key, module_id) for key in sorted(keys)],
            )

    def add_requirement(self, module_id: int, role_key: str) -> None:
        """Make the module needed by one more seat (nothing changes if it already is)."""
        self.db.execute(
            "INSERT OR IGNORE INTO training_requirements (module_id, role_key) VALUES (?, ?)",
            (module_id, role_key),
        )

    def set_grace_months(self, module_id: int, months: int) -> None:
        self.db.execute(
            "UPDATE training_modules SET grace_months = ? WHERE id = ?", (months, module_id)
        )

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


def _module(row: sqlite3.Row, required_for: frozenset[str], also: frozenset[str]) -> Module:
    kind = RefreshKind(row["refresh"])
    return Module(
        id=row["id"],
        key=row["key"],
        name=row["name"],
        refresh=RefreshRule(kind, row["months"] if kind is RefreshKind.EVERY_MONTHS else 0),
        required_for=required_for,
        description=row["description"],
        position=row["position"],
        grace_months=row["grace_months"],
        also_met_by=also,
    )


def _duplicate(module: Module) -> InvalidInputError:
    return InvalidInputError(
        f"There is already a module called {module.name!r}.",
        "Give this module a different name, or edit the one that exists.",
    )
