"""Where the app keeps things: the user's data folder, and the files it ships with.

Works both from a source checkout and from a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from briefing_app import APP_ID, ORGANISATION

DATABASE_ENV = "BRIEFING_APP_DATABASE"
DATABASE_FILENAME = "briefing.sqlite3"


def _install_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class AppPaths:
    """Folders the app reads and writes. Tests build one on temporary folders."""

    user_data: Path
    user_config: Path
    resources: Path
    data: Path

    @classmethod
    def default(cls) -> AppPaths:
        # Only when no folders are given (tests give them; about 15 ms).
        import platformdirs

        root = _install_root()
        return cls(
            user_data=Path(platformdirs.user_data_dir(APP_ID, ORGANISATION)),
            user_config=Path(platformdirs.user_config_dir(APP_ID, ORGANISATION)),
            resources=root / "resources",
            data=root / "data",
        )

    def database(self, override: str | os.PathLike[str] | None = None) -> Path:
        """The database file: ``--database`` first, then the environment, then the default."""
        if override:
            return Path(override).expanduser()
        from_env = os.environ.get(DATABASE_ENV)
        if from_env:
            return Path(from_env).expanduser()
        return self.user_data / DATABASE_FILENAME

    @property
    def settings_file(self) -> Path:
        return self.user_config / "settings.ini"

    @property
    def log_file(self) -> Path:
        """The app's log, in the user data folder (rotated: it never grows without end)."""
        return self.user_data / "logs" / "briefing-app.log"
