"""Setting up a council's database: ``briefing-app --database DB setup --council CODE``.

Ours: the whole command, in its own process, making a new database for a council (every
council and the DfE's figures for all of them, the glossary, the indicators and the
training catalogue), each round at a new path and for another council. Baseline: a
process that makes a new, empty database (the format's migrations alone). Goal: our
median under 1 s. The ratio to the baseline is printed too.

Run with ``make bench``, or ``python bench/setup.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from itertools import count
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, env, time_command

LIMIT = 1.0
COUNCILS = ("373", "Leeds", "E06000044", "Cornwall", "Tower Hamlets", "941")
EMPTY = (
    "import sys; from pathlib import Path; "
    "from briefing_app.storage.database import Database; "
    "Database.open(Path(sys.argv[1])).close()"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    environment = env()
    ours: list[float] = []
    base: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        number = count()

        def setup() -> float:
            index = next(number)
            path = Path(folder) / f"council-{index}.sqlite3"
            council = COUNCILS[index % len(COUNCILS)]
            command = [PYTHON, "-m", "briefing_app", "--database", str(path)]
            return time_command([*command, "setup", "--council", council], environment)

        def empty() -> float:
            path = Path(folder) / f"empty-{next(number)}.sqlite3"
            return time_command([PYTHON, "-c", EMPTY, str(path)], environment)

        setup(), empty()  # warm-up: Python compiles and caches the code the first time
        for _ in range(args.rounds):
            ours.append(setup())
            base.append(empty())
    ours_median, base_median = statistics.median(ours), statistics.median(base)
    print(f"setup: ours median {ours_median:.3f} s, empty database median {base_median:.3f} s")
    print(f"setup: ratio {ours_median / base_median:.2f} to making an empty database")
    verdict = "meets" if ours_median < LIMIT else "MISSES"
    print(f"setup: median {ours_median:.3f} s ({verdict} the limit of {LIMIT:g} s)")
    return 0 if ours_median < LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
