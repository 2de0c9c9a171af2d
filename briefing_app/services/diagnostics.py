"""Help > Copy diagnostics: what someone supporting the app needs, and nothing personal.

Versions (of the app, Python, Qt, SQLite and the PDF reader and writer), file locations,
the database's format version and how many records of each kind it holds (numbers only),
its backups, and the last lines of the log. Never the contents of any record: no names,
notes, answers or report text.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Mapping
from pathlib import Path

from briefing_app import APP_NAME, __version__
from briefing_app.paths import AppPaths
from briefing_app.services.backups import backups_of
from briefing_app.services.logbook import last_lines
from briefing_app.storage.database import SQLITE_LIBRARY_VERSION, Database
from briefing_app.storage.migrations import SCHEMA_VERSION
from briefing_app.storage.stats import record_counts

LOG_LINES = 40


def _package_version(name: str) -> str:
    # Only when diagnostics are copied (about 30 ms).
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def diagnostics_text(
    paths: AppPaths,
    database_path: Path,
    database: Database | None,
    toolkit: Mapping[str, str] | None = None,
) -> str:
    """The diagnostics as plain text. ``toolkit`` adds versions only the window knows (Qt)."""
    lines = [
        f"{APP_NAME} diagnostics",
        "",
        f"App version: {__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Operating system: {platform.platform()}",
        *(f"{name}: {version}" for name, version in (toolkit or {}).items()),
        f"SQLite: {SQLITE_LIBRARY_VERSION}",
        f"sqlite-utils: {_package_version('sqlite-utils')}",
        f"reportlab: {_package_version('reportlab')}",
        f"pypdfium2: {_package_version('pypdfium2')}",
        f"Frozen app: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        "",
        f"Database file: {database_path}",
    ]
    if database is not None:
        counts = ", ".join(f"{kind} {count}" for kind, count in record_counts(database).items())
        lines += [
            f"Database format version: {database.schema_version()} (this app: {SCHEMA_VERSION})",
            f"Records: {counts}",
        ]
    else:
        lines.append("Database: not open")
    backups = backups_of(database_path)
    newest = f", newest {backups[0].made_at:%Y-%m-%d %H:%M}" if backups else ""
    lines += [
        f"Backups: {len(backups)} in {database_path.parent / 'backups'}{newest}",
        f"User data folder: {paths.user_data}",
        f"Settings file: {paths.settings_file}",
        f"Log file: {paths.log_file}",
        "",
        f"Last {LOG_LINES} lines of the log:",
        *last_lines(paths.log_file, LOG_LINES),
    ]
    return "\n".join(lines) + "\n"
