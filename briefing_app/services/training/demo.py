"""The default training catalogue and the demonstration roster, loaded from ``data/training``.

The demonstration members are fictional and marked as such in the database (``demo``),
and every screen that shows them says so. Their dates are written in the files as days
before a reference date; the reference date is the day they are loaded, and it is kept
in the database, so the same mix of statuses appears whenever the roster is loaded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.person_names import name_key
from briefing_app.domain.training.records import Completion
from briefing_app.services.training.service import (
    DEMO_REFERENCE_SETTING,
    DeletedMembers,
    TrainingService,
)
from briefing_app.storage.database import Database
from briefing_app.storage.members_repo import CompletionRepository, MemberRepository
from briefing_app.storage.training_catalogue_repo import TrainingCatalogueRepository

TRAINING_FOLDER = "training"


def load_catalogue(database: Database, data_dir: Path) -> None:
    """Load the seats and modules of the default catalogue (once, into an empty catalogue)."""
    # The CSV reader, only when the files are loaded, not with the Training page (about 5 ms).
    from briefing_app.importers.training_catalogue_csv import read_modules, read_roles

    folder = data_dir / TRAINING_FOLDER
    roles = read_roles(folder / "roles.csv")
    modules = read_modules(folder / "modules.csv", {r.key for r in roles})
    repository = TrainingCatalogueRepository(database)
    with database.transaction():
        repository.add_roles(roles)
        ids = {module.key: repository.add_module(module) for module in modules}
        for module in modules:  # once all are held, the modules that count for each
            repository.set_also_met_by(ids[module.key], module.also_met_by)


def load_demo_roster(database: Database, data_dir: Path, reference: date) -> int:
    """Add the fictional members and their completions, dated from ``reference``.

    Returns how many members were added.
    """
    # The CSV reader, only when the files are loaded, not with the Training page (about 5 ms).
    from briefing_app.importers.training_catalogue_csv import (
        read_demo_completions,
        read_demo_members,
    )

    folder = data_dir / TRAINING_FOLDER
    members = read_demo_members(folder / "demo-members.csv", reference)
    completions = read_demo_completions(folder / "demo-completions.csv", reference)
    catalogue = TrainingCatalogueRepository(database)
    module_ids = {m.key: m.id for m in catalogue.modules()}
    member_repository = MemberRepository(database)
    with database.transaction():
        ids: dict[str, int] = {}
        for member in members:
            ids[name_key(member.name)] = member_repository.add(member)
        rows = []
        for demo in completions:
            member_id = ids.get(name_key(demo.member))
            module_id = module_ids.get(demo.module_key)
            if member_id is None or module_id is None:
                # The officer may have edited the catalogue; skip what no longer fits.
                if member_id is None:
                    raise ImportFileError(
                        folder / "demo-completions.csv",
                        f"{demo.member!r} is not in demo-members.csv.",
                    )
                continue
            rows.append(
                Completion(member_id, module_id, demo.completed_on, demo.provider, demo.note)
            )
        CompletionRepository(database).add_many(rows)
        catalogue.set_setting(DEMO_REFERENCE_SETTING, reference.isoformat())
    return len(members)


def reload_demo_roster(service: TrainingService, reference: date) -> DeletedMembers:
    """Replace the demonstration members with fresh ones dated from ``reference``.

    Returns the members taken away, so the change can be undone.
    """
    if service.data_dir is None:
        raise ImportFileError(TRAINING_FOLDER, "the app's data folder is not known.")
    with service.database.transaction():
        removed = service.remove_demo_members()
        load_demo_roster(service.database, service.data_dir, reference)
    return removed
