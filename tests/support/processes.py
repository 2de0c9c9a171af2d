"""Running the app, or a few lines of Python, in a new process (Qt offscreen).

A new process shows what a real start loads and prints, which the test's own cannot.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from typing import Any


def offscreen_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``briefing-app ARGS``, its output read as UTF-8 (names such as Łukasz come through)."""
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env or offscreen_env(PYTHONIOENCODING="utf-8"),
        timeout=120,
        check=False,
    )


def run_python_for_json(code: str, *args: str, **env: str) -> Any:
    """Run ``code`` in a new Python process (``env`` added) and read the JSON it prints."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=offscreen_env(**env),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def modules_under(modules: Iterable[str], packages: Iterable[str]) -> list[str]:
    """The names in ``modules`` that are one of ``packages`` or inside one."""
    wanted = tuple(packages)
    return [
        name
        for name in modules
        if any(name == package or name.startswith(package + ".") for package in wanted)
    ]
