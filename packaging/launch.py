"""The packaged program's entry point (see briefing-app.spec).

A windowed Windows program has no console, so Python gives it no standard output or
error streams; anything the app writes there goes nowhere instead of failing.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

# Starting up makes objects that last: the cycle collector waits from the first line, not
# only from cli.main (which says why), and comes back once the window is drawn.
gc.disable()

if sys.stdout is None:
    sys.stdout = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115
if sys.stderr is None:
    sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115

from briefing_app.cli import main  # noqa: E402

raise SystemExit(main())
