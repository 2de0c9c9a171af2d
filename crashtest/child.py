"""The child process of a crash trial: ``python -m crashtest.child SCENARIO FOLDER``."""

from __future__ import annotations

import sys
from pathlib import Path

from crashtest import scenarios  # noqa: F401 - registers the scenarios
from crashtest.harness import SCENARIOS, using_migrations


def ready() -> None:
    sys.stdout.write("ready\n")
    sys.stdout.flush()


def main(name: str, folder: str) -> int:
    scenario = SCENARIOS[name]
    with using_migrations(scenario.migrations):
        scenario.operation(Path(folder), ready)
    sys.stdout.write("done\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
