"""Run committee mode in a process of its own, to be killed mid-meeting by a test.

Usage: python committee_child.py DATABASE MEETING_ID

It types the answer in three parts. After each of the first two it lets the window run
for a little over a second and prints a line; after the third it prints a line and then
stops processing events altogether, as a frozen or dying app would, until it is killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot
from briefing_app.ui.committee.window import CommitteeWindow

PARTS = ("Officers promised a report", " on staying put", " and more besides")
REPO = Path(__file__).resolve().parent.parent.parent


def run_events(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    database, meeting_id = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication(sys.argv[:1])
    folder = database.parent
    paths = AppPaths(folder, folder, REPO / "resources", REPO / "data")
    services = AppRoot(paths, database).open()
    window = CommitteeWindow(services.meetings, services.scrutiny, services.glossary, meeting_id)
    window.show()
    window.answer_edit.setFocus()
    for number, part in enumerate(PARTS, start=1):
        QTest.keyClicks(window.answer_edit, part)
        if number < len(PARTS):
            run_events(app, 1.1)
        print(f"typed {number}", flush=True)
    time.sleep(120)


if __name__ == "__main__":
    main()
