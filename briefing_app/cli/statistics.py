"""Commands about the DfE's published figures: importing a release, and the workspace's
council's figures as JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing_app.cli.common import Commands, add_database_option, open_services
from briefing_app.domain.progress import ProgressCallback
from briefing_app.paths import AppPaths

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("import-statistics", "figures")


def register(commands: Commands) -> None:
    imports = commands.add_parser(
        "import-statistics",
        help="import DfE open data files (a new release): each file whole or not at all",
        description=(
            "Import the Department for Education's open data files of 'Children looked after "
            "in England' or 'Outcomes for children in need'. Each file is recognised by what "
            "it holds, never by its name, and adds the years it holds for every council at "
            "once. A year already held is replaced with the new release's figures (a year "
            "held from a newer release is kept), and the message says which. Every file is "
            "read and checked first: if any cannot be used, nothing is imported. The "
            "database is backed up before the figures are saved."
        ),
    )
    add_database_option(imports, suppress=True)
    imports.add_argument("files", nargs="+", metavar="FILE", help="a DfE CSV file (or .csv.gz)")
    imports.add_argument(
        "--dry-run", action="store_true", help="read the files and say what would change"
    )
    imports.add_argument("--json", action="store_true", help="print one JSON object")
    imports.set_defaults(handler=_cmd_import_statistics)

    figures = commands.add_parser(
        "figures",
        help="the council's DfE figures, with England, its region and its neighbours",
        description=(
            "The workspace's council's figures for every indicator and year held, as the "
            "DfE published them, with England's, the region's, the mean of its statistical "
            "neighbours' and its rank among councils."
        ),
    )
    add_database_option(figures, suppress=True)
    figures.add_argument("--json", action="store_true", help="print one JSON object")
    figures.set_defaults(handler=_cmd_figures)


def _cmd_import_statistics(args: argparse.Namespace, paths: AppPaths) -> int:
    # Only for --json: the window and plain output never load it (about 2 ms).
    import json

    files = [Path(name) for name in args.files]
    with open_services(args, paths) as services:
        statistics = services.statistics
        read = statistics.read(files, _progress_on_terminal())
        if args.dry_run:
            plan = statistics.plan(read)
            if args.json:
                print(json.dumps({"dry_run": True, "message": plan.message, **plan.summary()}))
            else:
                changes = "would change" if plan.changes_anything else "would change nothing"
                print(f"Nothing has been imported (a dry run). Importing {changes}: {plan.message}")
            return 0
        result = statistics.save(read)
    if args.json:
        print(json.dumps({"dry_run": False, "message": result.message, **result.summary()}))
    else:
        print(result.message)
    return 0


def _progress_on_terminal() -> ProgressCallback | None:
    """How far reading has got, on one line of a terminal (nothing when not a terminal)."""
    if not sys.stderr.isatty():
        return None

    def show(share: float, what: str) -> None:
        sys.stderr.write(f"\r{round(share * 100):3d}% {what}\033[K")
        if share >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _cmd_figures(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (about 2 ms).
    import json

    with open_services(args, paths) as services:
        council = services.council.council()
        document = services.statistics.figures_document(council)
        definitions = services.statistics.catalogue
    if args.json:
        print(json.dumps(document))
        return 0
    entry = document["council"]
    print(f"{entry['name']} (DfE code {entry['old_la_code']}, ONS code {entry['new_la_code']})")
    for figure in document["figures"]:
        value = figure["value"] if figure["value"] is not None else figure["symbol"] or "none"
        england = figure["england"] if figure["england"] is not None else "none"
        label = definitions.get(figure["indicator"]).label
        print(f"{figure['period_end']}  {label}: {value} (England {england})")
    return 0
