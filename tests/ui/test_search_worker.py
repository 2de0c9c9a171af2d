"""Searching off the window's thread: the window never waits, the newest search wins, and
searches overtaken by newer typing are dropped."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from briefing_app.ui.search_worker import LatestSearch


def test_searches_run_off_the_window_thread_and_only_the_newest_is_shown(
    qtbot: QtBot,
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = LatestSearch(owner)
    shown: list[object] = []
    ran: list[str] = []
    latest.found.connect(shown.append)
    window_thread = threading.get_ident()
    release = threading.Event()

    def slow() -> str:
        ran.append("first")
        assert threading.get_ident() != window_thread
        release.wait(5)
        return "first"

    def later(name: str) -> object:
        def work() -> str:
            ran.append(name)
            return name

        return work

    started = time.perf_counter()
    latest.ask(slow)
    qtbot.waitUntil(lambda: ran == ["first"], timeout=5000)
    latest.ask(later("second"))  # waiting while the first runs: overtaken, never run
    latest.ask(later("third"))
    assert time.perf_counter() - started < 1  # asking never waits for a search
    assert latest.waiting
    release.set()
    qtbot.waitUntil(lambda: not latest.waiting, timeout=5000)
    assert ran == ["first", "third"]
    assert shown == ["third"]  # the first's answer came after newer typing: dropped
    latest.stop()


def test_a_failed_search_goes_to_the_bug_report(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr("briefing_app.ui.search_worker.report_bug", reported.append)
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = LatestSearch(owner)

    def broken() -> object:
        raise ValueError("a fault")

    latest.ask(broken)
    qtbot.waitUntil(lambda: not latest.waiting, timeout=5000)
    assert [str(e) for e in reported] == ["a fault"]
    latest.stop()


def _search_threads() -> int:
    return sum(t.name == "search" and t.is_alive() for t in threading.enumerate())


def test_stopping_ends_the_thread_and_closes_what_it_used(qtbot: QtBot) -> None:
    before = _search_threads()
    owner = QWidget()
    qtbot.addWidget(owner)
    closed: list[bool] = []
    latest = LatestSearch(owner, on_stop=lambda: closed.append(True))
    latest.ask(lambda: "done")
    qtbot.waitUntil(lambda: not latest.waiting, timeout=5000)
    assert _search_threads() == before + 1
    latest.stop()
    assert closed == [True]
    assert _search_threads() == before
    latest.ask(lambda: "after")  # nothing runs once stopped
    assert not latest.waiting


def test_a_search_thread_ends_when_its_owner_goes(qtbot: QtBot) -> None:
    before = _search_threads()
    owner = QWidget()
    latest = LatestSearch(owner)
    latest.ask(lambda: "done")
    qtbot.waitUntil(lambda: not latest.waiting, timeout=5000)
    assert _search_threads() == before + 1
    owner.deleteLater()
    qtbot.waitUntil(lambda: _search_threads() == before, timeout=5000)
