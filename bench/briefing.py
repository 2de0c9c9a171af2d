"""Briefing files: publishing one, and opening one in the window.

Publish: ``Publisher.publish`` for a council's workspace (set up with the DfE's figures
for every council, five years of them, and its Ofsted report imported), against copying
the same database file with SQLite's backup API, in the same run. Goal: our median under
2 s; the ratio to the copy is printed too.

Open: ``briefing-app open FILE.briefing --exit-after-startup`` (the briefing checked,
read into memory, the notes file opened and the window drawn) against
``briefing-app --database DB --exit-after-startup`` (the app opening its own database
today), both whole processes, alternated. Goal: our median at most 1.2 times the other's.

Run with ``make bench``, or ``python bench/briefing.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, REPO, alternate, env, report

from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot

PUBLISH_LIMIT = 2.0
OPEN_GOAL = 1.2
REPORT = REPO / "samples" / "ofsted-reports" / "sheffield-2023-11-03.pdf"


def _backup_copy(source: Path, target: Path) -> None:
    reader = sqlite3.connect(source)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    environment = env()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        environment.update(XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder))
        database = folder / "sheffield.sqlite3"
        subprocess.run(
            [
                PYTHON,
                "-m",
                "briefing_app",
                "--database",
                str(database),
                "setup",
                "--council",
                "373",
            ],
            check=True,
            env=environment,
            capture_output=True,
        )
        subprocess.run(
            [
                PYTHON,
                "-m",
                "briefing_app",
                "--database",
                str(database),
                "import-report",
                str(REPORT),
            ],
            check=True,
            env=environment,
            capture_output=True,
        )
        paths = AppPaths(folder, folder / "config", REPO / "resources", REPO / "data")
        published: list[float] = []
        copied: list[float] = []
        briefing = folder / "sheffield.briefing"
        with AppRoot(paths, database).open() as services:
            services.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            for round_ in range(args.rounds + 1):
                start = time.perf_counter()
                services.publisher.publish(briefing)
                took = time.perf_counter() - start
                start = time.perf_counter()
                _backup_copy(database, folder / f"copy-{round_}.sqlite3")
                copy_took = time.perf_counter() - start
                if round_:  # the first round is a warm-up
                    published.append(took)
                    copied.append(copy_took)
        size = briefing.stat().st_size
        ours_median, copy_median = statistics.median(published), statistics.median(copied)
        verdict = "meets" if ours_median < PUBLISH_LIMIT else "MISSES"
        print(
            f"publish: {size:,} bytes; ours median {ours_median:.3f} s, "
            f"backup-API copy median {copy_median:.3f} s (ratio {ours_median / copy_median:.2f})"
        )
        print(f"publish: median {ours_median:.3f} s ({verdict} the limit of {PUBLISH_LIMIT:g} s)")

        app = [PYTHON, "-m", "briefing_app"]
        ours = [
            *app,
            "open",
            str(briefing),
            "--notes",
            str(folder / "notes.sqlite3"),
            "--exit-after-startup",
        ]
        today = [*app, "--database", str(database), "--exit-after-startup"]
        ours_times, base_times = alternate(ours, today, rounds=args.rounds, environment=environment)
    opened = report("open", ours_times, base_times, OPEN_GOAL)
    return 0 if ours_median < PUBLISH_LIMIT and opened else 1


if __name__ == "__main__":
    raise SystemExit(main())
