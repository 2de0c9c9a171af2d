"""The crash harness: scenarios, the kill loop, and the checks after each kill.

A scenario is one small function run in a child process. It gets the trial's folder
(the database is ``database(folder)``) and a ``ready`` callback to call when the part
worth killing starts (after slow set-up such as parsing a file). The parent then waits a
random time within the operation's measured length, sends SIGKILL, and checks the file.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from crashtest.states import State, fingerprint, integrity, read_state, search_index_problems

if TYPE_CHECKING:
    from briefing_app.paths import AppPaths

REPO = Path(__file__).resolve().parent.parent
DATABASE_NAME = "briefing.sqlite3"
# Where the files of a failed trial are kept, to look at afterwards.
FAILED_DIR = REPO / "crashtest" / "out"

Ready = Callable[[], None]
Operation = Callable[[Path, Ready], None]
Start = Callable[[Path], None]
# For operations that commit many times (autosave): is this state one they commit?
Accept = Callable[[sqlite3.Connection, State, State], bool]
Migration = Callable[..., None]


def database(folder: Path) -> Path:
    return folder / DATABASE_NAME


def app_paths(folder: Path) -> AppPaths:
    from briefing_app.paths import AppPaths

    return AppPaths(folder / "user-data", folder / "user-config", REPO / "resources", REPO / "data")


@dataclass(frozen=True)
class Scenario:
    name: str
    operation: Operation
    start: Start
    accept: Accept | None = None
    migrations: tuple[Migration, ...] = ()


SCENARIOS: dict[str, Scenario] = {}


def scenario(
    name: str,
    *,
    start: Start,
    accept: Accept | None = None,
    migrations: tuple[Migration, ...] = (),
) -> Callable[[Operation], Operation]:
    """Register ``operation`` as a crash scenario called ``name``."""

    def register(operation: Operation) -> Operation:
        if name in SCENARIOS:
            raise ValueError(f"two crash scenarios are called {name!r}")
        SCENARIOS[name] = Scenario(name, operation, start, accept, migrations)
        return operation

    return register


@contextmanager
def using_migrations(extra: tuple[Migration, ...]) -> Iterator[None]:
    """Run with test-only migrations appended to the app's own (in this process)."""
    if not extra:
        yield
        return
    from briefing_app.storage import database as database_module
    from briefing_app.storage import migrations as migrations_module

    saved = (migrations_module.MIGRATIONS, migrations_module.SCHEMA_VERSION)
    # The database module keeps its own copy of the version it migrates up to.
    saved_database = getattr(database_module, "SCHEMA_VERSION")  # noqa: B009
    version = len(saved[0]) + len(extra)
    migrations_module.MIGRATIONS = [*saved[0], *extra]
    migrations_module.SCHEMA_VERSION = version
    setattr(database_module, "SCHEMA_VERSION", version)  # noqa: B010
    try:
        yield
    finally:
        migrations_module.MIGRATIONS, migrations_module.SCHEMA_VERSION = saved
        setattr(database_module, "SCHEMA_VERSION", saved_database)  # noqa: B010


# -- one run of the operation in a child process --------------------------------------


@dataclass
class Run:
    # SIGKILL arrived before the operation had finished (not merely before the process ended).
    killed_mid_operation: bool
    seconds_after_ready: float


def _spawn(name: str, folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crashtest.child", name, str(folder)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def run_child(name: str, folder: Path, kill_after: float | None) -> Run:
    """Run the scenario in a child; kill it ``kill_after`` seconds after it is ready.

    Without ``kill_after`` it runs to the end, and the time from "ready" to "done" (the
    operation itself, not the process's exit) is measured.
    """
    process = _spawn(name, folder)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if line != "ready":
            _, err = process.communicate(timeout=60)
            raise RuntimeError(f"the {name} child did not get ready: {line!r} {err}")
        ready_at = time.perf_counter()
        if kill_after is None:
            done = process.stdout.readline().strip() == "done"
            elapsed = time.perf_counter() - ready_at
            _, err = process.communicate(timeout=120)
            if not done or process.returncode != 0:
                raise RuntimeError(f"the {name} child failed: {err}")
            return Run(False, elapsed)
        time.sleep(kill_after)
        killed = False
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed = True
        rest, err = process.communicate(timeout=120)
        if not killed and process.returncode != 0:
            raise RuntimeError(f"the {name} child failed: {err}")
        return Run(killed and "done" not in rest, time.perf_counter() - ready_at)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


# -- judging a file after a kill -------------------------------------------------------


def judge(folder: Path, scenario: Scenario, before: State | None, after: State | None) -> str:
    """ "before", "after" or "between" (a state the operation commits on its way), or a
    line starting with "FAILED" that says what is wrong."""
    path = database(folder)
    if not path.exists():
        verdict = "before" if before is None else "FAILED: the database file is gone"
    else:
        verdict = _judge_file(path, scenario, before, after)
    if verdict.startswith("FAILED"):
        return verdict
    for problem in (_check_backups(path), _check_app_opens(folder, scenario)):
        if problem:
            return f"FAILED: {problem}"
    return verdict


def _judge_file(path: Path, scenario: Scenario, before: State | None, after: State | None) -> str:
    connection = sqlite3.connect(path)
    try:
        try:
            checked = integrity(connection)
            state = fingerprint(connection)
            search = search_index_problems(connection) if checked == "ok" else []
        except sqlite3.DatabaseError as error:
            return f"FAILED: the file cannot be read ({error})"
        if checked != "ok":
            return f"FAILED: integrity_check says {checked}"
        if search:
            return f"FAILED: {'; '.join(search)}"
        if state == before:
            return "before"
        if state == after:
            return "after"
        if scenario.accept and before is not None and scenario.accept(connection, state, before):
            return "between"
        return f"FAILED: half-done data: {state.describe()}"
    finally:
        connection.close()


def _check_backups(path: Path) -> str:
    folder = path.parent / "backups"
    for backup in sorted(folder.glob("*.sqlite3")) if folder.is_dir() else []:
        connection = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            checked = integrity(connection)
        except sqlite3.DatabaseError as error:
            checked = str(error)
        finally:
            connection.close()
        if checked != "ok":
            return f"the backup {backup.name} is not whole ({checked})"
    return ""


def _check_app_opens(folder: Path, scenario: Scenario) -> str:
    from briefing_app.domain.errors import BriefingError
    from briefing_app.services.opening.root import AppRoot

    partials = _partial_backups(folder)
    try:
        with using_migrations(scenario.migrations):
            services = AppRoot(app_paths(folder), database(folder)).open()
            if partials:
                # A backup killed part-way leaves its partial copy: once it is old enough
                # to be sure no backup is still writing it, the next backup removes it.
                _age(partials)
                services.backups.make("manual")
            services.close()
    except BriefingError as error:
        return f"the app cannot open the file: {error}"
    leftovers = [p.name for p in folder.iterdir() if p.name.startswith(f"{DATABASE_NAME}.new")]
    leftovers += [p.name for p in _partial_backups(folder)]
    return f"leftovers remain: {leftovers}" if leftovers else ""


def _partial_backups(folder: Path) -> list[Path]:
    backups = folder / "backups"
    return sorted(backups.glob("*.partial*")) if backups.is_dir() else []


def _age(files: list[Path]) -> None:
    # The app's rule for how old a partial backup must be, read where it is used.
    from briefing_app.storage.database_files import STALE_PARTIAL

    long_ago = time.time() - STALE_PARTIAL.total_seconds() - 60
    for file in files:
        os.utime(file, (long_ago, long_ago))


# -- the loop --------------------------------------------------------------------------


@dataclass
class Tally:
    name: str
    trials: int = 0
    killed_mid_operation: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    operation_seconds: float = 0.0

    def add(self, verdict: str, run: Run) -> None:
        self.trials += 1
        self.killed_mid_operation += int(run.killed_mid_operation)
        key = "failed" if verdict.startswith("FAILED") else verdict
        self.outcomes[key] = self.outcomes.get(key, 0) + 1
        if key == "failed":
            self.failures.append(verdict)


def _kill_time(rng: random.Random, window: float) -> float:
    """Anywhere in the operation, but half the time near its end, where most commit."""
    if rng.random() < 0.5:
        return rng.uniform(0, window * 1.1)
    return rng.uniform(window * 0.7, window * 1.1)


def _fresh_copy(template: Path, into: Path) -> Path:
    if into.exists():
        shutil.rmtree(into)
    shutil.copytree(template, into)
    return into


def run_scenario(
    scenario: Scenario, trials: int, rng: random.Random, workspace: Path, log: Callable[[str], None]
) -> Tally:
    template = workspace / f"{scenario.name}-start"
    template.mkdir(parents=True)
    scenario.start(template)
    with using_migrations(scenario.migrations):
        before = read_state(database(template))
    # Run it through three times without a kill: how long it takes, and what "after" is.
    durations: list[float] = []
    afters: list[State | None] = []
    for attempt in range(3):
        folder = _fresh_copy(template, workspace / f"{scenario.name}-calibrate-{attempt}")
        durations.append(run_child(scenario.name, folder, None).seconds_after_ready)
        afters.append(read_state(database(folder)))
    if any(other != afters[0] for other in afters):
        raise RuntimeError(f"{scenario.name}: full runs ended differently")
    after = afters[0]
    if after == before:
        raise RuntimeError(f"{scenario.name}: the operation changed nothing")
    window = statistics.median(durations)
    tally = Tally(scenario.name, operation_seconds=window)
    log(f"{scenario.name}: the operation takes about {window * 1000:.0f} ms after 'ready'")
    for number in range(trials):
        folder = _fresh_copy(template, workspace / f"{scenario.name}-trial")
        run = run_child(scenario.name, folder, _kill_time(rng, window))
        verdict = judge(folder, scenario, before, after)
        tally.add(verdict, run)
        if verdict.startswith("FAILED"):
            kept = FAILED_DIR / f"{scenario.name}-trial-{number + 1}"
            shutil.copytree(folder, kept, dirs_exist_ok=True)
            log(f"  trial {number + 1}: {verdict} (files kept in {kept})")
    return tally


def run_all(names: list[str], trials: int, seed: int, log: Callable[[str], None]) -> list[Tally]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="crashtest-") as tmp:
        workspace = Path(tmp) / "work"
        return [run_scenario(SCENARIOS[n], trials, rng, workspace, log) for n in names]
