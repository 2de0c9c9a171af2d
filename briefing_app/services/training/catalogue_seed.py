"""Bringing a database's training catalogue up to the default dataset's, and its self-checks.

A database made before every councillor had training duties gains, once: the seat every
councillor holds, the modules it lacks (added at the end of the list), and, on modules
it already has under the same key, the requirement of every councillor, a period of
grace and the modules that count for it, where the file gives them and the module has
none. Nothing an officer set is taken away or changed. On a new database, which is
loaded from the same files, there is nothing to add.

Self-checks are loaded for each module (by key) that has none yet.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefing_app.domain.training.records import EVERY_COUNCILLOR
from briefing_app.importers.self_checks_toml import read_self_check
from briefing_app.importers.training_catalogue_csv import read_modules, read_roles
from briefing_app.storage.database import Database
from briefing_app.storage.self_checks_repo import SelfCheckRepository
from briefing_app.storage.training_catalogue_repo import TrainingCatalogueRepository

TRAINING_FOLDER = "training"
SELF_CHECKS_FOLDER = "self-checks"


def update_catalogue(database: Database, data_dir: Path) -> None:
    folder = data_dir / TRAINING_FOLDER
    roles = read_roles(folder / "roles.csv")
    modules = read_modules(folder / "modules.csv", {r.key for r in roles})
    repository = TrainingCatalogueRepository(database)
    with database.transaction():
        held_roles = {r.key: r for r in repository.roles()}
        repository.add_roles(r for r in roles if r.key not in held_roles)
        for role in roles:
            held_role = held_roles.get(role.key)
            if held_role is not None and not held_role.also_called and role.also_called:
                repository.set_also_called(role.key, role.also_called)
        held = {m.key: m for m in repository.modules()}
        for module in modules:
            if module.key not in held:
                repository.add_module(replace(module, position=0))
        ids = {m.key: m.id for m in repository.modules() if m.id is not None}
        for module in modules:
            module_id = ids[module.key]
            before = held.get(module.key)
            if before is None:
                repository.set_also_met_by(module_id, module.also_met_by)
                continue
            if EVERY_COUNCILLOR in module.required_for:
                repository.add_requirement(module_id, EVERY_COUNCILLOR)
            if not before.grace_months and module.grace_months:
                repository.set_grace_months(module_id, module.grace_months)
            if not before.also_met_by and module.also_met_by:
                repository.set_also_met_by(module_id, module.also_met_by)


def load_self_checks(database: Database, data_dir: Path) -> int:
    """Load each self-check whose module is held and has none; return how many."""
    folder = data_dir / TRAINING_FOLDER / SELF_CHECKS_FOLDER
    checks = [read_self_check(path) for path in sorted(folder.glob("*.toml"))]
    repository = SelfCheckRepository(database)
    held = repository.checks()
    ids = {m.key: m.id for m in TrainingCatalogueRepository(database).modules()}
    loaded = 0
    with database.transaction():
        for check in checks:
            module_id = ids.get(check.module_key)
            if module_id is None or module_id in held:
                continue  # the officer removed the module, or it has its own questions
            repository.put(module_id, check)
            loaded += 1
    return loaded
