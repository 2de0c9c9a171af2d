"""DfE statistics: importing a whole release, and a new database set up with them.

Import: a process that imports every DfE file in ``sources/dfe`` (20 files, about 30 MB
once unpacked) into a council's database that already holds the shipped figures, so every
year is read, checked, backed up and replaced in one transaction, against a process that
only reads the same files with Python's ``csv.reader``. Goal: a median under 10 s, and at
most 8 times the baseline's.

Setup: a process that makes a new database holding every council and the shipped figures,
against one that makes a new database without them (the format's migrations alone).
Goal: a median under 1 s.

Run with ``make bench``, or ``python bench/import_statistics.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import PYTHON, REPO, alternate, env, report

SOURCES = REPO / "sources" / "dfe"
SCRIPT = str(Path(__file__).resolve())
IMPORT_GOAL = 8.0
IMPORT_LIMIT = 10.0
SETUP_LIMIT = 1.0


def _populate(data: Path):  # type: ignore[no-untyped-def]
    from briefing_app.services.statistics import load_shipped_statistics

    return lambda database: load_shipped_statistics(database, data)


def child_import(database: Path, files: list[Path]) -> None:
    from briefing_app.services.statistics import StatisticsService
    from briefing_app.storage.database import Database

    opened = Database.open(database)
    try:
        StatisticsService(opened, REPO / "data").import_files(files, lambda share, what: None)
    finally:
        opened.close()


def child_read(files: list[Path]) -> None:
    for path in files:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for _row in csv.reader(handle):
                pass


def child_setup(folder: Path, *, empty: bool) -> None:
    from briefing_app.storage.database import Database

    path = Path(tempfile.mkdtemp(dir=folder)) / "new.sqlite3"
    Database.open(path, populate=None if empty else _populate(REPO / "data")).close()


def _unpack(folder: Path) -> list[Path]:
    files = []
    for packed in sorted(SOURCES.glob("*/*.csv.gz")):
        path = folder / packed.name.removesuffix(".gz")
        path.write_bytes(gzip.decompress(packed.read_bytes()))
        files.append(path)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--child", choices=["import", "read", "setup", "setup-empty"])
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    if args.child == "import":
        child_import(args.paths[0], args.paths[1:])
        return 0
    if args.child == "read":
        child_read(args.paths)
        return 0
    if args.child in ("setup", "setup-empty"):
        child_setup(args.paths[0], empty=args.child == "setup-empty")
        return 0
    environment = env()
    with tempfile.TemporaryDirectory() as folder:
        files = _unpack(Path(folder))
        size = sum(f.stat().st_size for f in files) / 2**20
        print(f"import statistics: {len(files)} DfE files, {size:.1f} MB")
        database = Path(folder) / "council.sqlite3"
        child_setup_at(database)
        names = [str(f) for f in files]
        ours, base = alternate(
            [PYTHON, SCRIPT, "--child", "import", str(database), *names],
            [PYTHON, SCRIPT, "--child", "read", *names],
            rounds=args.rounds,
            environment=environment,
        )
        met = report("import statistics", ours, base, IMPORT_GOAL)
        met = _limit("import statistics", ours, IMPORT_LIMIT) and met
        setups = Path(folder) / "setups"
        setups.mkdir()
        ours, base = alternate(
            [PYTHON, SCRIPT, "--child", "setup", str(setups)],
            [PYTHON, SCRIPT, "--child", "setup-empty", str(setups)],
            rounds=args.rounds,
            environment=environment,
        )
        print(
            f"new database with statistics: ours median {statistics.median(ours):.3f} s, "
            f"without them {statistics.median(base):.3f} s, so loading them takes "
            f"{statistics.median(ours) - statistics.median(base):.3f} s"
        )
        met = _limit("new database with statistics", ours, SETUP_LIMIT) and met
    return 0 if met else 1


def child_setup_at(path: Path) -> None:
    from briefing_app.storage.database import Database

    Database.open(path, populate=_populate(REPO / "data")).close()


def _limit(name: str, times: list[float], limit: float) -> bool:
    median = statistics.median(times)
    verdict = "meets" if median < limit else "MISSES"
    print(f"{name}: median {median:.3f} s ({verdict} the limit of {limit:g} s)")
    return median < limit


if __name__ == "__main__":
    raise SystemExit(main())
