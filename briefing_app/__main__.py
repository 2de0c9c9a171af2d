"""Allow ``python -m briefing_app``."""

from briefing_app.cli import main

raise SystemExit(main())
