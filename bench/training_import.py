"""A council's records imported in one go: 70 councillors, then 2,000 attendance records.

Goal: both imports together (checking both files, a backup before each, and writing them)
take under 1 second. Each round starts from a fresh copy of a seeded database (the
demonstration roster in it is replaced by the council's list, as it would be).

Baseline, measured in the same run on the same copies: the least any import of these
files must do, which is to read both files with Python's csv module, back the database
up twice, and write their rows into two plain tables in one transaction each. The ratio
says how much more the app's checking costs than that. Run with ``make bench``.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import REPO

GOAL_SECONDS = 1.0
COUNCILLORS = 70
RECORDS = 2000
FIRST = (
    "Zoë",
    "Łukasz",
    "Amara",
    "Siobhán",
    "Renée",
    "Tomás",
    "Gareth",
    "Priya",
    "Chloë",
    "Dafydd",
)
LAST = ("Hartley", "Wójcik", "Okafor", "Kelly", "Dubois", "Ferreira", "Pryce", "Raman", "Ellis")
SEATS = (
    "corporate parenting panel",
    "children's scrutiny panel",
    "fostering panel",
    "adoption panel",
)
MODULES = (
    "induction",
    "refresher",
    "care-leavers",
    "safeguarding",
    "exploitation",
    "scrutiny-skills",
    "cp-conference",
)


def write_council(folder: Path, today: date) -> tuple[Path, Path]:
    """The council's list (70 councillors) and 2,000 lines of their attendance."""
    rng = random.Random(70)
    names = [f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]}-{n}" for n in range(70)]
    members = folder / "councillors.csv"
    with members.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Councillor", "Political party", "Ward", "Email", "Roles", "Term start"])
        for number, name in enumerate(names):
            seats = [SEATS[number % len(SEATS)]] if number % 3 == 0 else []
            if number == 0:
                seats.append("lead member for children")
            writer.writerow(
                [
                    f"Cllr {name}",
                    ("Labour", "Conservative", "Liberal Democrat", "Green")[number % 4],
                    f"Ward {number % 23}",
                    f"member{number}@council.example",
                    "; ".join(seats),
                    (today - timedelta(days=700 if number % 10 else 60)).isoformat(),
                ]
            )
    attendance = folder / "attendance.csv"
    seen: set[tuple[str, str, date]] = set()
    with attendance.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["member", "module", "date", "provider"])
        while len(seen) < RECORDS:
            line = (
                rng.choice(names),
                rng.choice(MODULES),
                today - timedelta(rng.randrange(1, 1500)),
            )
            if line in seen:
                continue
            seen.add(line)
            writer.writerow([line[0], line[1], line[2].isoformat(), "Council training team"])
    return members, attendance


def seeded(folder: Path) -> Path:
    from briefing_app.paths import AppPaths
    from briefing_app.services.opening.root import AppRoot

    path = folder / "template.sqlite3"
    services = AppRoot(AppPaths(folder, folder, REPO / "resources", REPO / "data"), path).open()
    services.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    return path


def fresh(template: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.rmtree(folder / "backups", ignore_errors=True)
    for old in folder.glob(f"{name}*"):
        old.unlink()
    shutil.copyfile(template, target)
    return target


def time_ours(database: Path, members: Path, attendance: Path) -> float:
    from briefing_app.paths import AppPaths
    from briefing_app.services.opening.root import AppRoot
    from briefing_app.services.training.attendance import (
        apply_attendance_import,
        plan_attendance_import,
    )
    from briefing_app.services.training.members import apply_members_import, plan_members_import

    folder = database.parent
    services = AppRoot(AppPaths(folder, folder, REPO / "resources", REPO / "data"), database).open()
    try:
        training = services.training
        start = time.perf_counter()
        apply_members_import(training, plan_members_import(training, members))
        result = apply_attendance_import(training, plan_attendance_import(training, attendance))
        took = time.perf_counter() - start
        assert len(training.members()) == COUNCILLORS
        assert result.recorded == RECORDS, result.recorded
    finally:
        services.close()
    return took


def time_baseline(database: Path, members: Path, attendance: Path) -> float:
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        start = time.perf_counter()
        for path, table in ((members, "plain_members"), (attendance, "plain_attendance")):
            with path.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
            backup = sqlite3.connect(database.with_suffix(f".{table}.bak"))
            connection.backup(backup)
            backup.close()
            width = len(rows[0])
            connection.execute(f"CREATE TABLE {table} ({', '.join(f'c{i}' for i in range(width))})")
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(
                f"INSERT INTO {table} VALUES ({', '.join('?' * width)})", rows[1:]
            )
            connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        template = seeded(folder)
        members, attendance = write_council(folder, date.today())
        ours: list[float] = []
        base: list[float] = []
        for _ in range(args.rounds + 1):  # the first round warms up, and is not counted
            ours.append(time_ours(fresh(template, folder, "ours.sqlite3"), members, attendance))
            base.append(time_baseline(fresh(template, folder, "base.sqlite3"), members, attendance))
        ours, base = ours[1:], base[1:]
    ours_median, base_median = statistics.median(ours), statistics.median(base)
    verdict = "meets" if ours_median < GOAL_SECONDS else "MISSES"
    print(
        f"training import ({COUNCILLORS} councillors, {RECORDS} attendance records): "
        f"ours median {ours_median:.3f} s, baseline median {base_median:.3f} s, "
        f"ratio {ours_median / base_median:.1f}"
    )
    print(f"training import: {verdict} the goal of under {GOAL_SECONDS:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
