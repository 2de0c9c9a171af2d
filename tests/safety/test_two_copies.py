"""Two copies of the app on one file: the second is told the file is in use; nothing is lost.

The copies are real processes. A copy that is killed leaves its lock file behind, and the
next copy takes it over: the lock is the operating system's, and dies with its process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from briefing_app.storage.database import Database
from briefing_app.storage.file_lock import FileLock, lock_path
from tests.conftest import REPO
from tests.support.processes import run_cli

# A copy of the app that opens the database and adds a glossary term for each line it reads.
_COPY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from briefing_app.paths import AppPaths
    from briefing_app.services.opening.root import AppRoot
    repo = Path(sys.argv[2])
    paths = AppPaths(Path(sys.argv[3]), Path(sys.argv[3]), repo / "resources", repo / "data")
    services = AppRoot(paths, Path(sys.argv[1])).open()
    print("open", flush=True)
    for line in sys.stdin:
        term = line.strip()
        if term == "quit":
            break
        with services.database.transaction():
            services.database.execute(
                "INSERT INTO glossary (term, stands_for, meaning) VALUES (?, '', 'test')",
                (term,),
            )
        print("saved", flush=True)
    services.close()
    """
)


class Copy:
    def __init__(self, database: Path, tmp_path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _COPY, str(database), str(REPO), str(tmp_path / "data")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert self._read() == "open"

    def _read(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def save(self, term: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(term + "\n")
        self.process.stdin.flush()
        assert self._read() == "saved"

    def quit(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        assert self.process.wait(timeout=30) == 0
        self._close_pipes()

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


def _terms(database: Path) -> set[str]:
    with Database.open(database) as opened:
        return {row[0] for row in opened.query("SELECT term FROM glossary WHERE meaning = 'test'")}


def test_the_second_copy_is_told_and_nothing_is_lost(seeded_db_path: Path, tmp_path: Path) -> None:
    assert run_cli("backups", "create", "--database", str(seeded_db_path)).returncode == 0
    first = Copy(seeded_db_path, tmp_path)
    try:
        first.save("FIRST-1")
        for args in (
            ["info"],
            ["backups", "restore"],
            ["start-fresh"],
            ["--exit-after-startup"],
        ):
            second = run_cli(*args, "--database", str(seeded_db_path))
            assert second.returncode == 2, args
            assert "already open in another copy of the app" in second.stderr
            assert f"process {first.process.pid} on this computer" in second.stderr
            assert len(second.stderr.strip().splitlines()) == 1
        first.save("FIRST-2")
    finally:
        first.quit()
    assert not lock_path(seeded_db_path).exists()
    assert _terms(seeded_db_path) == {"FIRST-1", "FIRST-2"}
    assert len(list(seeded_db_path.parent.glob("briefing-set-aside-*"))) == 0

    again = run_cli("info", "--database", str(seeded_db_path))
    assert again.returncode == 0, again.stderr


def test_a_killed_copy_does_not_lock_anyone_out(seeded_db_path: Path, tmp_path: Path) -> None:
    crashed = Copy(seeded_db_path, tmp_path)
    crashed.save("BEFORE-CRASH")
    crashed.kill()
    assert lock_path(seeded_db_path).exists(), "the lock file is left behind by the crash"

    after = Copy(seeded_db_path, tmp_path)
    after.save("AFTER-CRASH")
    after.quit()
    assert _terms(seeded_db_path) == {"BEFORE-CRASH", "AFTER-CRASH"}


def test_connections_within_one_copy_share_its_lock(tmp_path: Path) -> None:
    """A second connection in the same copy of the app (a worker thread's, or a check that
    reopens the file) shares the lock; it is let go only when the last share is."""
    database = tmp_path / "db.sqlite3"
    first = FileLock.acquire(database)
    second = FileLock.acquire(database)
    assert lock_path(database).exists()
    first.release()
    assert lock_path(database).exists(), "the second share still holds the lock"
    second.release()
    assert not lock_path(database).exists()
    second.release()  # releasing twice is harmless
    assert not database.exists(), "taking the lock creates no database"
