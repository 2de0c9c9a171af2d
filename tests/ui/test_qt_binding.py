"""The Qt binding the app is installed with must not corrupt the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(float, str)
    chosen = Signal(int)


def test_emitting_signals_from_python_keeps_reference_counts() -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to True on every emit, so a long
    # session aborted with "bool_dealloc: deallocating True or False".
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit(0.5, "page")
        emitter.chosen.emit(3)
    assert sys.getrefcount(True) - before > -50
