"""Write the DfE figures the app ships with, from the DfE's own files in ``sources/dfe``.

Reads every file in ``sources/dfe/*/`` with the app's importer and writes
``data/statistics/shipped-files.csv`` and ``data/statistics/shipped-figures.csv.gz``
(see ``briefing_app/importers/statistics_bundle.py``). The same sources always give the
same bytes. Run with ``make statistics``.

    python sources/make_statistics.py [--sources DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing_app.importers.dfe_release import ReleaseReader  # noqa: E402
from briefing_app.importers.statistics_bundle import (  # noqa: E402
    FIGURES_NAME,
    FILES_NAME,
    bundle_texts,
    compress,
)
from briefing_app.importers.statistics_catalogue import catalogue_path, read_catalogue  # noqa: E402

SOURCES = REPO / "sources" / "dfe"
OUT = REPO / "data" / "statistics"


def source_files(folder: Path) -> list[Path]:
    """The DfE files in ``folder``'s sub-folders, in a fixed order."""
    return sorted(folder.glob("*/*.csv.gz")) + sorted(folder.glob("*/*.csv"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    paths = source_files(args.sources)
    if not paths:
        print(f"No DfE files in {args.sources}.", file=sys.stderr)
        return 2
    reader = ReleaseReader(read_catalogue(catalogue_path(REPO / "data")))
    files = reader.read_files(paths)
    listing, figures = bundle_texts(files)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / FILES_NAME).write_text(listing, encoding="utf-8")
    (args.out / FIGURES_NAME).write_bytes(compress(figures))
    count = sum(len(f.figures) for f in files)
    print(f"Wrote {count} figures from {len(files)} DfE files to {args.out}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
