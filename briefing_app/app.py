"""Starting the window: the composition root chooses the database, the window opens it."""

from __future__ import annotations

from pathlib import Path

from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.ui.application import run_application, run_briefing


def run_gui(paths: AppPaths, database: str | None, *, exit_after_startup: bool = False) -> int:
    return run_application(AppRoot.choose(paths, database), exit_after_startup=exit_after_startup)


def run_briefing_window(
    services: Services, notes: Path, *, exit_after_startup: bool = False
) -> int:
    """Show the briefing file ``services`` hold, read-only, with the notes file ``notes``."""
    return run_briefing(services, notes, exit_after_startup=exit_after_startup)
