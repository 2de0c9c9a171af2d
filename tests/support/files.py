"""Files as the tests compare them: byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_digest(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()
