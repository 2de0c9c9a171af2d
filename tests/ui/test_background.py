"""Background tasks: the work runs on another thread; its reports arrive on the UI thread."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from briefing_app.domain.errors import PackError
from briefing_app.ui.background import BackgroundTask


def _run(qtbot: QtBot, work: Any) -> dict[str, Any]:
    seen: dict[str, Any] = {"progress": [], "threads": set()}
    ui_thread = threading.current_thread()

    def note(kind: str, value: object) -> None:
        seen["threads"].add(threading.current_thread() is ui_thread)
        seen[kind] = value

    owner = QObject()
    task = BackgroundTask(
        work,
        parent=owner,
        on_progress=lambda fraction, message: seen["progress"].append((fraction, message)),
        on_success=lambda result: note("result", result),
        on_failure=lambda error: note("error", error),
        on_finished=lambda: note("finished", True),
    )
    task.start()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10_000)
    return seen


def test_the_result_and_progress_come_back_on_the_ui_thread(qtbot: QtBot) -> None:
    gate = threading.Event()
    ran_on: list[threading.Thread] = []

    def work(progress: Any) -> int:
        ran_on.append(threading.current_thread())
        for step in range(1000):  # many more reports than the UI needs to see
            progress(step / 1000, "Working")
        gate.set()
        return 42

    seen = _run(qtbot, work)
    assert gate.is_set()
    assert ran_on
    assert ran_on[0] is not threading.main_thread()
    assert seen["result"] == 42
    assert seen["finished"] is True
    assert seen["threads"] == {True}
    assert seen["progress"], "no progress was shown"
    assert [f for f, _ in seen["progress"]] == sorted(f for f, _ in seen["progress"])


def test_an_error_comes_back_as_it_was_raised(qtbot: QtBot) -> None:
    def work(progress: Any) -> None:
        raise PackError("The pack could not be saved.", "Close the PDF.")

    seen = _run(qtbot, work)
    assert isinstance(seen["error"], PackError)
    assert seen["error"].advice == "Close the PDF."
    assert "result" not in seen
    assert seen["finished"] is True


def test_waiting_delivers_the_outcome_before_it_returns(qtbot: QtBot) -> None:
    """What the window does when it closes with a pack still being printed."""
    release = threading.Event()
    seen: list[str] = []

    def work(progress: Any) -> str:
        progress(0.5, "Halfway")
        release.wait(10)
        return "built"

    owner = QObject()
    task = BackgroundTask(
        work,
        parent=owner,
        on_progress=lambda fraction, message: seen.append(message),
        on_success=seen.append,
        on_failure=lambda error: seen.append(f"failed: {error}"),
        on_finished=lambda: seen.append("finished"),
    )
    task.start()
    assert task.is_running()
    release.set()
    task.wait()
    assert not task.is_running()
    assert seen[-2:] == ["built", "finished"]
    qtbot.wait(50)  # a progress report still queued is not shown once it has finished
    assert seen[-2:] == ["built", "finished"]
