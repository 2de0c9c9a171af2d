"""Composition root: paths -> database -> services -> main window."""

from __future__ import annotations

from briefing_app.paths import AppPaths
from briefing_app.services.container import Services
from briefing_app.ui.application import run_application


def run_gui(paths: AppPaths, database: str | None, *, exit_after_startup: bool = False) -> int:
    database_path = paths.database(database)
    return run_application(
        open_services=lambda: Services.open(paths, database_path),
        settings_file=paths.settings_file,
        resources=paths.resources,
        exit_after_startup=exit_after_startup,
    )
