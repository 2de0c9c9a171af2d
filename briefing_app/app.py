"""Starting the window: the composition root chooses the database, the window opens it."""

from __future__ import annotations

from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot
from briefing_app.ui.application import run_application


def run_gui(paths: AppPaths, database: str | None, *, exit_after_startup: bool = False) -> int:
    return run_application(AppRoot.choose(paths, database), exit_after_startup=exit_after_startup)
