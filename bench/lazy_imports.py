"""Imports inside functions: what each keeps off the import of its own module.

For every group of imports made inside a function (found as the test of the rule finds
them, ``tests/architecture/lazy_imports.py``), a new process imports the group's module
alone, which is the baseline, and then times importing the group: that is what waiting
keeps off every path that loads the module but never calls the function (the window's
start-up, a command, a dry run). Goal: every group keeps at least 1 ms off; one that keeps
less belongs at the top of its module. Run with ``make bench`` (about a minute).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import PYTHON, REPO, env

from tests.architecture.lazy_imports import LazyImports, lazy_imports

GOAL_MS = 1.0

# Nothing else is imported before the timing: json, say, is itself an import timed here.
_TIME_GROUP = """
import importlib, sys, time
importlib.import_module(sys.argv[1])
start = time.perf_counter()
for name in sys.argv[2:]:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError:
        pass  # a name defined in the module, not a module of its own
print(time.perf_counter() - start)
"""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _wanted(group: LazyImports) -> list[str]:
    """The modules the group loads: each module named, and each name that is a module."""
    lines = group.path.read_text(encoding="utf-8").splitlines()
    text = " ".join(lines[group.first_line - 1 : group.last_line])
    wanted = list(group.modules)
    for module in group.modules:
        marker = f"from {module} import "
        if marker in text:
            names = text.split(marker, 1)[1].split(" from ")[0]
            for name in names.replace("(", " ").replace(")", " ").split(","):
                name = name.split(" as ")[0].strip()
                if name.isidentifier():
                    wanted.append(f"{module}.{name}")
    return wanted


def _kept_off(group: LazyImports, rounds: int) -> float:
    command = [PYTHON, "-c", _TIME_GROUP, _module_name(group.path), *_wanted(group)]
    times = []
    for _ in range(rounds):
        done = subprocess.run(
            command, capture_output=True, text=True, env=env(), cwd=REPO, check=True
        )
        times.append(float(done.stdout))
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    groups = [g for p in sorted((REPO / "briefing_app").rglob("*.py")) for g in lazy_imports(p)]
    short = []
    for group in groups:
        kept = _kept_off(group, args.rounds)
        where = f"{group.path.relative_to(REPO)}:{group.first_line}"
        print(f"{kept:8.1f} ms  {where}  {', '.join(group.modules)}")
        if kept < GOAL_MS:
            short.append(where)
    verdict = "meets" if not short else "MISSES"
    print(
        f"lazy imports: {len(groups) - len(short)} of {len(groups)} keep at least "
        f"{GOAL_MS:g} ms off their module ({verdict} the goal)"
    )
    for where in short:
        print(f"lazy imports: {where} keeps less: import it at the top of its module")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
