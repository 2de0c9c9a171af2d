"""Allow ``python -m briefing_app``."""

import gc

# Starting up makes objects that last: the cycle collector waits from the first line, not
# only from cli.main (which says why), and comes back once the window is drawn.
gc.disable()

from briefing_app.cli import main  # noqa: E402

raise SystemExit(main())
