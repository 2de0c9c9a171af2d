"""Commands about members' training."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli.common import Commands, add_database_option, iso_date, open_services
from briefing_app.domain.errors import NotFoundError
from briefing_app.paths import AppPaths

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("import-attendance", "export-compliance")


def register(commands: Commands) -> None:
    attendance = commands.add_parser(
        "import-attendance",
        help="record training attendance from a CSV file (all lines or none)",
        description=(
            "Record training attendance from a CSV file with the columns member, module and "
            "date (and optionally provider, note and ward). If any line has a problem, "
            "nothing is recorded. See data/templates/attendance-import.md."
        ),
    )
    add_database_option(attendance, suppress=True)
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
    add_database_option(export, suppress=True)
    export.add_argument("path", metavar="PATH", help="the CSV file to write")
    export.add_argument(
        "--committee", metavar="KEY", help="only this seat (board, scrutiny, lead-member, ...)"
    )
    export.add_argument(
        "--as-at",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="the status on this day, such as the next meeting (default: today)",
    )
    export.add_argument(
        "--due-soon-days",
        metavar="N",
        type=int,
        help="how many days ahead counts as due soon (default: the app's setting, 60)",
    )
    export.set_defaults(handler=_cmd_export_compliance)


def _cmd_import_attendance(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (about 45 ms).
    from briefing_app.services.training.attendance import (
        apply_attendance_import,
        plan_attendance_import,
    )

    with open_services(args, paths) as services:
        plan = plan_attendance_import(services.training, Path(args.path))
        print(plan.summary)
        if args.dry_run:
            print("Dry run: nothing was recorded.")
        else:
            result = apply_attendance_import(services.training, plan)
            print(f"Recorded {result.recorded}.")
            if result.backup is not None:
                print(f"A backup of the database from before the import is in {result.backup}.")
    return 0


def _cmd_export_compliance(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (about 40 ms).
    from briefing_app.services.training.export import write_compliance_csv

    with open_services(args, paths) as services:
        training = services.training
        keys = [r.key for r in training.catalogue().roles]
        if args.committee is not None and args.committee not in keys:
            raise NotFoundError(
                f"There is no seat called {args.committee!r}.",
                f"Use one of: {', '.join(keys)}.",
            )
        board = training.board(args.as_at, args.due_soon_days, history=False)
        rows = write_compliance_csv(board, Path(args.path), args.committee)
        print(f"Wrote {rows} rows to {args.path}.")
    return 0
