"""The ``briefing-app`` command: the window by default, and subcommands for scripts.

Errors a user can fix print one plain line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn

from briefing_app import APP_ID, __version__
from briefing_app.domain.errors import BriefingError
from briefing_app.paths import DATABASE_ENV, AppPaths

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one plain line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--database",
        metavar="PATH",
        default=default,
        help=(
            f"the database file to use (default: ${DATABASE_ENV}, or one in your user data folder)"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_ID,
        description="Corporate Parenting Briefing. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser, suppress=False)
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="load the data, show the window and quit once it has been drawn",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    info = commands.add_parser("info", help="show the database file and what it holds")
    _common(info, suppress=True)
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=_cmd_info)

    attendance = commands.add_parser(
        "import-attendance",
        help="record training attendance from a CSV file (all lines or none)",
        description=(
            "Record training attendance from a CSV file with the columns member, module and "
            "date (and optionally provider, note and ward). If any line has a problem, "
            "nothing is recorded. See data/templates/attendance-import.md."
        ),
    )
    _common(attendance, suppress=True)
    attendance.add_argument("path", metavar="PATH", help="the CSV file")
    attendance.add_argument(
        "--dry-run", action="store_true", help="check the file and say what it would record"
    )
    attendance.set_defaults(handler=_cmd_import_attendance)

    export = commands.add_parser(
        "export-compliance",
        help="write everyone's training status to a CSV file",
        description=(
            "Write one row per member and required module: status, last done, due by. "
            "Cells are made safe to open in a spreadsheet."
        ),
    )
    _common(export, suppress=True)
    export.add_argument("path", metavar="PATH", help="the CSV file to write")
    export.add_argument(
        "--committee", metavar="KEY", help="only this seat (board, scrutiny, lead-member, ...)"
    )
    export.add_argument(
        "--as-at",
        metavar="YYYY-MM-DD",
        type=_day,
        help="the status on this day, such as the next meeting (default: today)",
    )
    export.add_argument(
        "--due-soon-days",
        metavar="N",
        type=int,
        help="how many days ahead counts as due soon (default: the app's setting, 60)",
    )
    export.set_defaults(handler=_cmd_export_compliance)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-04") from None


def _cmd_import_attendance(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from briefing_app.services.container import Services
    from briefing_app.services.training_import import (
        apply_attendance_import,
        plan_attendance_import,
    )

    services = Services.open(paths, paths.database(args.database))
    try:
        plan = plan_attendance_import(services.training, Path(args.path))
        print(plan.summary)
        if args.dry_run:
            print("Dry run: nothing was recorded.")
        else:
            result = apply_attendance_import(services.training, plan)
            print(f"Recorded {result.recorded}.")
    finally:
        services.close()
    return 0


def _cmd_export_compliance(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from briefing_app.domain.errors import NotFoundError
    from briefing_app.services.container import Services
    from briefing_app.services.training_export import write_compliance_csv

    services = Services.open(paths, paths.database(args.database))
    try:
        training = services.training
        keys = [r.key for r in training.catalogue().roles]
        if args.committee is not None and args.committee not in keys:
            raise NotFoundError(
                f"There is no seat called {args.committee!r}.",
                f"Use one of: {', '.join(keys)}.",
            )
        board = training.board(args.as_at, args.due_soon_days)
        rows = write_compliance_csv(board, Path(args.path), args.committee)
        print(f"Wrote {rows} rows to {args.path}.")
    finally:
        services.close()
    return 0


def _cmd_info(args: argparse.Namespace, paths: AppPaths) -> int:
    from briefing_app.services.info import database_info
    from briefing_app.services.workspace import open_workspace

    with open_workspace(paths.database(args.database), paths.data) as database:
        info = database_info(database)
    if args.json:
        import json

        print(json.dumps(info.as_json()))
    else:
        print(info.as_text())
    return 0


def main(argv: Sequence[str] | None = None, paths: AppPaths | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = paths or AppPaths.default()
    handler: Callable[[argparse.Namespace, AppPaths], int] | None = getattr(args, "handler", None)
    try:
        if handler is not None:
            return handler(args, paths)
        from briefing_app.app import run_gui

        return run_gui(paths, args.database, exit_after_startup=args.exit_after_startup)
    except BriefingError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
