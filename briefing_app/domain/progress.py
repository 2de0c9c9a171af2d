"""How slow work (reading a report, printing a pack) says how far it has got."""

from __future__ import annotations

from collections.abc import Callable

# Called as the work goes on with the share done so far (0 to 1) and a line saying what
# is being done ("Reading page 3 of 38…"). It may be called from another thread.
ProgressCallback = Callable[[float, str], None]
