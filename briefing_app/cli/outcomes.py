"""Commands about indicator figures."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli.common import Commands, add_database_option, open_services
from briefing_app.paths import AppPaths

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("import-indicators",)


def register(commands: Commands) -> None:
    imports = commands.add_parser(
        "import-indicators",
        help="add or correct indicator figures from a CSV file (all of it or none of it)",
        description=(
            "Add or correct indicator figures from a CSV file. The file is checked first; if "
            "any line has a problem, nothing is saved. The database is backed up before the "
            "figures are saved. The format is described in data/templates/indicator-figures.md."
        ),
    )
    add_database_option(imports, suppress=True)
    imports.add_argument("path", metavar="PATH", help="the CSV file of figures")
    imports.set_defaults(handler=_cmd_import_indicators)


def _cmd_import_indicators(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_services(args, paths) as services:
        result = services.outcomes.import_figures(Path(args.path))
    print(result.message)
    return 0
