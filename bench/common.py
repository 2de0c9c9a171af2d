"""Helpers shared by the benchmarks: alternate two commands and compare their medians."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def env(**extra: str) -> dict[str, str]:
    """The environment for the timed processes.

    Python may write compiled bytecode, as it can for an installed app (pip and the packaged
    app ship it compiled); a shell that forbids it would time compiling our sources too.
    """
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment.update(extra)
    return environment


def time_command(command: Sequence[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=environment, cwd=REPO, capture_output=True)
    return time.perf_counter() - start


def alternate(
    ours: Sequence[str],
    baseline: Sequence[str],
    *,
    rounds: int,
    environment: dict[str, str],
    warmup: int = 1,
) -> tuple[list[float], list[float]]:
    """Run the two commands one after the other, ``rounds`` times, after a warm-up."""
    for _ in range(warmup):
        time_command(ours, environment)
        time_command(baseline, environment)
    ours_times: list[float] = []
    base_times: list[float] = []
    for _ in range(rounds):
        ours_times.append(time_command(ours, environment))
        base_times.append(time_command(baseline, environment))
    return ours_times, base_times


def report(name: str, ours: list[float], baseline: list[float], goal: float) -> bool:
    ours_median = statistics.median(ours)
    base_median = statistics.median(baseline)
    ratio = ours_median / base_median
    verdict = "meets" if ratio <= goal else "MISSES"
    print(f"{name}: ours median {ours_median:.3f} s, baseline median {base_median:.3f} s")
    print(f"{name}: ratio {ratio:.2f} ({verdict} the goal of at most {goal})")
    return ratio <= goal
