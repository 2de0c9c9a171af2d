"""Commands about inspection reports."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.cli.common import Commands, add_database_option, open_services
from briefing_app.domain.errors import DuplicateReportError, NotFoundError
from briefing_app.paths import AppPaths

if TYPE_CHECKING:
    from briefing_app.domain.progress import ProgressCallback
    from briefing_app.domain.reports import InspectionReport
    from briefing_app.services.report_import import DuplicateChoice

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("import-report",)


def register(commands: Commands) -> None:
    report = commands.add_parser(
        "import-report",
        help=(
            "import Ofsted inspection reports of children's services (a PDF or text file, "
            "several, or a folder of them)"
        ),
        description=(
            "Import an Ofsted inspection report of a council's children's services, from its "
            "PDF or a text file. The database is backed up first and the report is written in "
            "one go. Give several files, or a folder, to import many at once: every PDF and "
            "text file in a folder and its sub-folders is read, each report is saved whole or "
            "not at all, the database is backed up once (before the first report is saved), "
            "a report already held is skipped (unless --replace or --keep-both is given), and "
            "a summary then says what was imported, skipped and refused, and why. Ctrl+C "
            "stops after the report being read. With several files the command exits with "
            "status 1 if any was refused."
        ),
    )
    add_database_option(report, suppress=True)
    report.add_argument(
        "path",
        metavar="PATH",
        nargs="+",
        help="a report's PDF or text file, several of them, or a folder of reports",
    )
    report.add_argument(
        "--dry-run",
        action="store_true",
        help="read the reports and say what they hold; write nothing",
    )
    report.add_argument("--json", action="store_true", help="print one JSON object")
    same = report.add_mutually_exclusive_group()
    same.add_argument(
        "--replace",
        action="store_true",
        help="if an inspection is already held, replace the report held",
    )
    same.add_argument(
        "--keep-both",
        action="store_true",
        help="if an inspection is already held, keep both reports",
    )
    report.set_defaults(handler=_cmd_import_report)


def _cmd_import_report(args: argparse.Namespace, paths: AppPaths) -> int:
    given = [Path(p) for p in args.path]
    if len(given) > 1 or given[0].is_dir():
        return _import_many(args, paths, given)
    # Loaded when the command runs, not for --help (json about 2 ms, the import about 10 ms).
    import json

    from briefing_app.services.report_import import (
        ReportImportService,
        describe,
        import_summary,
    )

    report = ReportImportService.read(given[0], link=not args.dry_run)
    if args.dry_run:
        if args.json:
            print(json.dumps(import_summary(report)))
        else:
            print(describe(report))
            _print_warnings(report)
        return 0

    with open_services(args, paths) as services:
        try:
            result = services.imports.save(report, _choice(args))
        except DuplicateReportError as error:
            raise DuplicateReportError(
                error.message,
                "Run again with --replace to replace the report held, or --keep-both to keep "
                "both. Nothing has been changed.",
                error.existing,
            ) from error
    if args.json:
        summary = import_summary(result.report)
        summary.update(
            report_id=result.report_id,
            replaced=list(result.replaced),
            kept_to_compare=result.other_council_of is not None,
        )
        print(json.dumps(summary))
    else:
        replaced = " (it replaces the report held before)" if result.replaced else ""
        print(f"Imported {describe(result.report)}{replaced}.")
        if result.comparison_note:
            print(result.comparison_note)
        _print_warnings(result.report)
        print(f"A backup of the database from before the import is in {result.backup}.")
    return 0


def _choice(args: argparse.Namespace) -> DuplicateChoice:
    # Loaded when the command runs, not for --help (about 10 ms).
    from briefing_app.services.report_import import DuplicateChoice

    if args.replace:
        return DuplicateChoice.REPLACE
    if args.keep_both:
        return DuplicateChoice.KEEP_BOTH
    return DuplicateChoice.ASK


def _import_many(args: argparse.Namespace, paths: AppPaths, given: list[Path]) -> int:
    """Several files, or a folder: read (and unless a dry run, save) each in turn."""
    # Loaded when the command runs, not for --help (the batch and the import about 12 ms).
    import json

    from briefing_app.services.report_batch import Outcome, read_file, report_files
    from briefing_app.services.report_import import describe, import_summary

    files = report_files(given)
    if not files:
        raise NotFoundError(
            f"There is no PDF or text file in {', '.join(str(p) for p in given)}.",
            "Give a folder that holds Ofsted reports, or the reports' files.",
        )
    progress = _progress_on_terminal()
    if args.dry_run:
        read: list[dict[str, object]] = []
        refused: list[dict[str, object]] = []
        for number, path in enumerate(files, start=1):
            if progress is not None:
                progress(
                    (number - 1) / len(files), f"Reading {number} of {len(files)}: {path.name}"
                )
            report = read_file(path)
            if isinstance(report, str):
                refused.append({"path": str(path), "reason": report})
                if not args.json:
                    print(f"{path.name}: refused. {report}")
            else:
                read.append({"path": str(path), **import_summary(report)})
                if not args.json:
                    print(f"{path.name}: {describe(report)}")
                    _print_warnings(report)
        if args.json:
            print(json.dumps({"read": read, "refused": refused}))
        return 1 if refused else 0

    stop = threading.Event()
    with open_services(args, paths) as services, _stopped_by_interrupt(stop):
        result = services.report_batch.run(files, _choice(args), progress, stop.is_set)
    if args.json:
        print(json.dumps(result.summary()))
    else:
        for line in result.lines():
            print(line)
    return 1 if result.of(Outcome.REFUSED) else 0


def _progress_on_terminal() -> ProgressCallback | None:
    """Which file is being read, on one line of the terminal (none when not a terminal)."""
    if not sys.stderr.isatty():
        return None

    def show(_fraction: float, message: str) -> None:
        print(f"\r{message[:79]:<79}", end="", file=sys.stderr, flush=True)

    return show


@contextmanager
def _stopped_by_interrupt(stop: threading.Event) -> Iterator[None]:
    """Ctrl+C sets ``stop`` (the batch ends after the report being read); a second one
    stops at once (the report being saved, if any, is not saved)."""

    def interrupted(_signal: int, _frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print("\nStopping after the report being read (Ctrl+C again to stop now).", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _print_warnings(report: InspectionReport) -> None:
    # Loaded by the import that prints them, not for --help (about 10 ms).
    from briefing_app.services.report_import import warning_lines

    for line in warning_lines(report):
        print(line)
