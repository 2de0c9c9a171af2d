"""``python -m crashtest``: run every crash scenario and report the counts."""

from __future__ import annotations

import argparse
import sys
import time

from crashtest import scenarios  # noqa: F401 - registers the scenarios
from crashtest.harness import SCENARIOS, Tally, run_all

MINIMUM_TRIALS = 100


def _print_table(tallies: list[Tally]) -> None:
    print()
    columns = ("trials", "killed", "before", "between", "after", "failed")
    print(f"{'scenario':32} " + " ".join(f"{c:>7}" for c in columns))
    for t in tallies:
        o = t.outcomes
        counts = (t.trials, t.killed_mid_operation, *(o.get(c, 0) for c in columns[2:]))
        print(f"{t.name:32} " + " ".join(f"{n:>7}" for n in counts))
    total = sum(t.trials for t in tallies)
    killed = sum(t.killed_mid_operation for t in tallies)
    failed = sum(t.outcomes.get("failed", 0) for t in tallies)
    print(f"{'all':32} {total:>7} {killed:>7} {'':>7} {'':>7} {'':>7} {failed:>7}")
    print()
    print("killed: SIGKILL arrived before the operation had finished")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=15, help="trials per scenario (default 15)")
    parser.add_argument("--only", action="append", choices=sorted(SCENARIOS), help="run only these")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: the time)")
    args = parser.parse_args()
    names = args.only or list(SCENARIOS)
    seed = args.seed if args.seed is not None else int(time.time())
    print(f"Crash test: {len(names)} scenarios, {args.trials} trials each, seed {seed}")
    started = time.perf_counter()
    tallies = run_all(names, args.trials, seed, lambda line: print(line, flush=True))
    _print_table(tallies)
    total = sum(t.trials for t in tallies)
    failed = sum(t.outcomes.get("failed", 0) for t in tallies)
    print(f"{total} trials in {time.perf_counter() - started:.0f} s; {failed} failed")
    if not args.only and total < MINIMUM_TRIALS:
        print(f"fewer than {MINIMUM_TRIALS} trials in all: not a full run")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
