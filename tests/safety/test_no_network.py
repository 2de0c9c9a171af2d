"""The app's main flows run with the network taken away, and never reach for it.

Each flow is a real ``briefing-app`` process whose Python has sockets and host look-ups
disabled (``no_network/sitecustomize.py``, put on PYTHONPATH). A flow that tried the
network would fail, and the attempt is recorded either way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefing_app.storage.database import Database
from tests.conftest import REFERENCE_PDFS
from tests.support.processes import offscreen_env

GUARD = Path(__file__).resolve().parent / "no_network"

REPORT_PDF = REFERENCE_PDFS / "sheffield-2023-11-03.pdf"

# Each main flow, as the arguments to briefing-app. {db} is the database file and {dir}
# the folder it is in. A new flow is one more line here.
FLOWS: list[tuple[str, list[str]]] = [
    (
        "start the window on a new database (seeds it)",
        ["--exit-after-startup", "--database", "{db}"],
    ),
    ("start the window again", ["--exit-after-startup", "--database", "{db}"]),
    ("info", ["info", "--json", "--database", "{db}"]),
    ("back up", ["backups", "create", "--database", "{db}"]),
    ("list backups", ["backups", "list", "--database", "{db}"]),
    ("restore a backup", ["backups", "restore", "--database", "{db}"]),
    ("import a report from Ofsted's PDF", ["import-report", str(REPORT_PDF), "--database", "{db}"]),
    ("build the members' pack", ["pack", "--out", "{dir}/members.pdf", "--database", "{db}"]),
    (
        "build the public pack",
        ["pack", "--audience", "public", "--out", "{dir}/public.pdf", "--database", "{db}"],
    ),
]


def _guarded_env(log: Path, tmp_path: Path) -> dict[str, str]:
    existing = os.environ.get("PYTHONPATH", "")
    return offscreen_env(
        PYTHONPATH=os.pathsep.join(p for p in (str(GUARD), existing) if p),
        BRIEFING_NO_NETWORK_LOG=str(log),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )


def _run(args: list[str], env: dict[str, str]) -> tuple[int, int, str]:
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    _out, err = process.communicate(timeout=120)
    return process.pid, process.returncode, err


def test_the_guard_really_blocks_the_network(tmp_path: Path) -> None:
    log = tmp_path / "network.log"
    probe = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    pid, code, err = _run([sys.executable, "-c", probe], _guarded_env(log, tmp_path))
    assert code != 0
    assert "network use is blocked" in err
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"{pid} armed"
    assert lines[1].startswith(f"{pid} create_connection")


def test_main_flows_never_use_the_network(tmp_path: Path) -> None:
    log = tmp_path / "network.log"
    env = _guarded_env(log, tmp_path)
    database = tmp_path / "offline.sqlite3"
    pids: list[int] = []
    for name, arguments in FLOWS:
        args = [a.replace("{db}", str(database)).replace("{dir}", str(tmp_path)) for a in arguments]
        pid, code, err = _run([sys.executable, "-m", "briefing_app", *args], env)
        assert code == 0, f"{name}: {err}"
        pids.append(pid)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines == [f"{pid} armed" for pid in pids], "no flow tried to use the network"
    # The flows did their work offline: the report is held and both packs were written.
    with Database.open(database) as held:
        authorities = {row[0] for row in held.query("SELECT authority FROM reports")}
    assert "Sheffield" in authorities
    for pack in ("members.pdf", "public.pdf"):
        assert (tmp_path / pack).read_bytes().startswith(b"%PDF-")
