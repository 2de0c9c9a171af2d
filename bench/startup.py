"""Startup: ``briefing-app --exit-after-startup`` against a bare PySide6 window.

Both are whole processes that show a main window and quit after its first paint.
Goal: our median at most 1.5 times the bare window's. Run with ``make bench``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, alternate, env, report

BARE_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class QuitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1100, 720)
watcher = QuitAfterPaint()
window.installEventFilter(watcher)
window.show()
raise SystemExit(app.exec())
"""

GOAL = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.sqlite3"
        environment = env(XDG_CONFIG_HOME=str(Path(folder) / "config"))
        ours = [PYTHON, "-m", "briefing_app", "--exit-after-startup", "--database", str(database)]
        baseline = [PYTHON, "-c", BARE_WINDOW]
        # The first run builds the database from data/; time the everyday start after it.
        ours_times, base_times = alternate(
            ours, baseline, rounds=args.rounds, environment=environment
        )
    report("startup", ours_times, base_times, GOAL)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
