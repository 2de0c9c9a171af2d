"""Loaded by every Python process started with this folder on PYTHONPATH: no network at all.

Any attempt to make a socket or look up a host name is written to the file named by
BRIEFING_NO_NETWORK_LOG and then fails. The first line a process writes is "armed", so a
test can tell the guard was really in place.
"""

from __future__ import annotations

import os
import socket
from typing import Any, NoReturn

_LOG = os.environ.get("BRIEFING_NO_NETWORK_LOG", "")


def _note(what: str) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as handle:  # noqa: PTH123 - no pathlib this early
            handle.write(f"{os.getpid()} {what}\n")


def _refuse(what: str) -> NoReturn:
    _note(what)
    raise OSError(f"network use is blocked in this test ({what})")


class _NoSocket(socket.socket):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _refuse(f"socket{args!r}")


def _blocked(name: str) -> Any:
    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        _refuse(f"{name}{args!r}")

    return refuse


socket.socket = _NoSocket  # type: ignore[misc]
for _name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname", "socketpair"):
    setattr(socket, _name, _blocked(_name))
_note("armed")
