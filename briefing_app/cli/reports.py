"""Commands about inspection reports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.cli.common import Commands, add_database_option, open_services
from briefing_app.domain.errors import DuplicateReportError
from briefing_app.paths import AppPaths

if TYPE_CHECKING:
    from briefing_app.domain.reports import InspectionReport

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("import-report",)


def register(commands: Commands) -> None:
    report = commands.add_parser(
        "import-report",
        help="import an Ofsted inspection report of children's services (PDF or text)",
        description=(
            "Import an Ofsted inspection report of a council's children's services, from its "
            "PDF or a text file. The database is backed up first and the report is written in "
            "one go."
        ),
    )
    add_database_option(report, suppress=True)
    report.add_argument("path", metavar="PATH", help="the report's PDF or text file")
    report.add_argument(
        "--dry-run",
        action="store_true",
        help="read the report and say what it holds; write nothing",
    )
    report.add_argument("--json", action="store_true", help="print one JSON object")
    same = report.add_mutually_exclusive_group()
    same.add_argument(
        "--replace",
        action="store_true",
        help="if this inspection is already held, replace the report held",
    )
    same.add_argument(
        "--keep-both",
        action="store_true",
        help="if this inspection is already held, keep both reports",
    )
    report.set_defaults(handler=_cmd_import_report)


def _cmd_import_report(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (json about 2 ms, the import about 10 ms).
    import json

    from briefing_app.services.report_import import (
        DuplicateChoice,
        ReportImportService,
        describe,
        import_summary,
    )

    report = ReportImportService.read(Path(args.path), link=not args.dry_run)
    if args.dry_run:
        if args.json:
            print(json.dumps(import_summary(report)))
        else:
            print(describe(report))
            _print_warnings(report)
        return 0

    choice = (
        DuplicateChoice.REPLACE
        if args.replace
        else DuplicateChoice.KEEP_BOTH
        if args.keep_both
        else DuplicateChoice.ASK
    )
    with open_services(args, paths) as services:
        try:
            result = services.imports.save(report, choice)
        except DuplicateReportError as error:
            raise DuplicateReportError(
                error.message,
                "Run again with --replace to replace the report held, or --keep-both to keep "
                "both. Nothing has been changed.",
                error.existing,
            ) from error
    if args.json:
        summary = import_summary(result.report)
        summary.update(report_id=result.report_id, replaced=list(result.replaced))
        print(json.dumps(summary))
    else:
        replaced = " (it replaces the report held before)" if result.replaced else ""
        print(f"Imported {describe(result.report)}{replaced}.")
        _print_warnings(result.report)
        print(f"A backup of the database from before the import is in {result.backup}.")
    return 0


def _print_warnings(report: InspectionReport) -> None:
    # Loaded by the import that prints them, not for --help (about 10 ms).
    from briefing_app.services.report_import import warning_lines

    for line in warning_lines(report):
        print(line)
