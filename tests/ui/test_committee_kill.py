"""Killing the app mid-meeting loses at most the last second of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.meetings import MeetingDetails
from briefing_app.services.opening.container import Services
from briefing_app.storage.database import Database
from tests.support.processes import offscreen_env
from tests.ui.committee_child import PARTS

CHILD = Path(__file__).with_name("committee_child.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_sigkill_mid_meeting_keeps_all_but_the_last_second(
    services: Services, seeded_db_path: Path
) -> None:
    meeting = services.meetings.create(MeetingDetails("Corporate Parenting Board", date.today()))
    question = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-52")
    services.meetings.add_question(meeting.id, question.id)
    services.close()

    with subprocess.Popen(
        [sys.executable, str(CHILD), str(seeded_db_path), str(meeting.id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=offscreen_env(),
    ) as child:
        try:
            assert child.stdout is not None
            lines = [child.stdout.readline().strip() for _ in PARTS]
            assert lines == ["typed 1", "typed 2", "typed 3"], lines
            os.kill(child.pid, signal.SIGKILL)
            assert child.wait(timeout=30) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()

    with Database.open(seeded_db_path) as reopened:
        answer = reopened.scalar(
            "SELECT answer FROM meeting_items WHERE meeting_id = ?", (meeting.id,)
        )
    # Everything typed more than a second before the kill is there; the last part, typed
    # an instant before the process froze, may or may not be.
    assert answer.startswith(PARTS[0] + PARTS[1])
    assert answer in (PARTS[0] + PARTS[1], "".join(PARTS))
