"""Import: ``briefing-app import-report --dry-run --json`` against ``pdftotext``.

Both read the 38-page Portsmouth PDF as whole processes: ours parses it into findings,
pdftotext only extracts its text. Goal: our median at most 4 times pdftotext's.
Run with ``make bench``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, REPO, alternate, env, report

PDF = REPO / "samples" / "ofsted-reports" / "portsmouth-2014-09-01.pdf"
GOAL = 4.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--pdf", type=Path, default=PDF)
    args = parser.parse_args()
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        print("import: pdftotext (poppler-utils) is not installed; nothing to compare with")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        ours = [PYTHON, "-m", "briefing_app", "import-report", str(args.pdf), "--dry-run", "--json"]
        baseline = [pdftotext, str(args.pdf), str(Path(folder) / "out.txt")]
        environment = env()  # measured as installed, with compiled bytecode (see env)
        ours_times, base_times = alternate(
            ours, baseline, rounds=args.rounds, environment=environment
        )
    report("import", ours_times, base_times, GOAL)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
