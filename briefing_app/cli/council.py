"""Setting up a database for a council: ``briefing-app --database DB setup --council X``."""

from __future__ import annotations

import argparse

from briefing_app.cli.common import Commands, add_database_option
from briefing_app.paths import AppPaths

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("setup",)


def register(commands: Commands) -> None:
    setup = commands.add_parser(
        "setup",
        help="make a new database for your council (with no demonstration content)",
        description=(
            "Make a new database for a council: it holds the Department for Education's "
            "published figures for every council, compared with England, the region and "
            "statistical neighbours, and none of the demonstration's content (the 2014 "
            "Portsmouth report, its summaries and questions, the made-up councillors). "
            "It is made only where there is no file yet: a path that holds a database or "
            "any other file is refused and left as it is. (Every other command, given a "
            "path with no database, makes the demonstration there.)"
        ),
    )
    add_database_option(setup, suppress=True)
    setup.add_argument(
        "--council",
        required=True,
        metavar="CODE_OR_NAME",
        help="the council's name, its three-digit DfE code (373) or its ONS code (E08000019)",
    )
    setup.set_defaults(handler=_cmd_setup)


def _cmd_setup(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (the councils and the workspace,
    # about 20 ms).
    from briefing_app.services.opening.root import AppRoot

    root = AppRoot.choose(paths, args.database)
    council = root.council_to_set_up(args.council)
    with root.set_up(council) as services:
        label = services.council.label()
        path = services.database_path
    print(
        f"Set up a database for {label} (DfE code {council.old_code}, ONS code "
        f"{council.new_code}, {council.region_name}) in {path}. It holds the Department "
        f"for Education's figures for every council: see them with `figures`, and import "
        f"{label}'s Ofsted report with `import-report`."
    )
    return 0
