"""Training at council scale: ``export-compliance`` against ``info`` on the same database.

The database holds the default data plus 200 made-up members with five years of
training each (about 6,000 completions), several times a large council. Both commands
open the same file; the difference is the work of assessing everyone and writing the
CSV. Goal: that work costs no more than the command's own start, so our median is at
most 2 times ``info``'s. Run with ``make bench``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import PYTHON, REPO, alternate, env, report

GOAL = 2.0
MEMBERS = 200


def build(database: Path) -> None:
    from briefing_app.domain.training.records import Completion, Member
    from briefing_app.paths import AppPaths
    from briefing_app.services.opening.root import AppRoot

    folder = database.parent
    services = AppRoot(AppPaths(folder, folder, REPO / "resources", REPO / "data"), database).open()
    try:
        training = services.training
        today = date.today()
        modules = training.catalogue().modules
        seats = [r.key for r in training.catalogue().roles]
        rows = []
        for number in range(MEMBERS):
            member = training.add_member(
                Member(
                    f"Member {number:03d}",
                    today - timedelta(days=number * 7 % 1400),
                    ward=f"Ward {number % 20}",
                    roles=frozenset(seats[: 1 + number % len(seats)]),
                )
            )
            for module in modules:
                for year in range(5):
                    day = today - timedelta(days=30 + year * 365 + number % 200)
                    rows.append(Completion(member.id or 0, module.id or 0, day, "Provider"))
        training.restore_completions(rows)
    finally:
        services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.sqlite3"
        build(database)
        out = Path(folder) / "compliance.csv"
        base = [PYTHON, "-m", "briefing_app", "--database", str(database)]
        ours_times, base_times = alternate(
            [*base, "export-compliance", str(out), "--force"],  # the same file each round
            [*base, "info", "--json"],
            rounds=args.rounds,
            environment=env(),
        )
    report("training export", ours_times, base_times, GOAL)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
