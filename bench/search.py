"""Search: a box holding one word a thousand times against the same word typed once.

Both searches run in one process on the default database, through the search of
everything (reports, questions, answers, actions) and the findings page's own search.
A word typed again is looked for once, so the long text costs no more than reading it:
goal, our median at most twice the single word's. (Before words were merged, the
thousand copies took SQLite about ten seconds.) Run with ``make bench``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import REPO, report

from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot

GOAL = 2.0
WORD = "care"
COPIES = 1000


def _time_search(services: Services, text: str) -> float:
    start = time.perf_counter()
    services.search.search(text)
    services.reports.search(text)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    repeated = " ".join([WORD] * COPIES)
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder), Path(folder), REPO / "resources", REPO / "data")
        with AppRoot(paths, Path(folder) / "bench.sqlite3").open() as services:
            _time_search(services, WORD)  # warm up: the first search builds the services
            ours: list[float] = []
            baseline: list[float] = []
            for _ in range(args.rounds):
                ours.append(_time_search(services, repeated))
                baseline.append(_time_search(services, WORD))
    report("search", ours, baseline, GOAL)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
