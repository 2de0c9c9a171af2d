"""Composition root: paths -> database -> services -> main window."""

from __future__ import annotations

from briefing_app.paths import AppPaths
from briefing_app.services.opening.recovery import Recovery
from briefing_app.ui.application import run_application


def run_gui(paths: AppPaths, database: str | None, *, exit_after_startup: bool = False) -> int:
    return run_application(
        Recovery(paths, paths.database(database)),
        settings_file=paths.settings_file,
        resources=paths.resources,
        exit_after_startup=exit_after_startup,
    )
