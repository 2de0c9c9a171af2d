"""Commands for the council's list of councillors, reminders and the yearly training table."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli.common import Commands, add_database_option, iso_date, open_services
from briefing_app.paths import AppPaths

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("import-members", "export-reminders", "export-training-table")


def register(commands: Commands) -> None:
    members = commands.add_parser(
        "import-members",
        help="bring the list of councillors up to date from the council's CSV file",
        description=(
            "Read the council's list of councillors (columns name, party, ward, email, roles, "
            "term_start, term_end; roles separated by semicolons). Councillors already held "
            "are updated by name, new ones added, and those no longer listed archived with "
            "their records. If any line has a problem, nothing is changed. See "
            "data/templates/members-import.md."
        ),
    )
    add_database_option(members, suppress=True)
    members.add_argument("path", metavar="FILE", help="the CSV file")
    members.add_argument(
        "--dry-run", action="store_true", help="check the file and say what it would change"
    )
    members.set_defaults(handler=_cmd_import_members)

    reminders = commands.add_parser(
        "export-reminders",
        help="write a reminder letter for each councillor with training due, to a new CSV file",
        description=(
            "Write one row per councillor with training overdue or falling due within the "
            "days given: their e-mail, what is due, and a letter ready to paste or "
            "mail-merge. A file already there is never replaced."
        ),
    )
    add_database_option(reminders, suppress=True)
    reminders.add_argument("path", metavar="PATH", help="the new CSV file to write")
    reminders.add_argument(
        "--days", metavar="N", type=int, default=60, help="how many days ahead (default 60)"
    )
    reminders.add_argument(
        "--as-at", metavar="YYYY-MM-DD", type=iso_date, help="count from this day (default today)"
    )
    reminders.set_defaults(handler=_cmd_export_reminders)

    table = commands.add_parser(
        "export-training-table",
        help="write the council's yearly training table (by seat) to a new CSV file",
        description=(
            "Write, for all councillors and for each seat, how many are trained, have "
            "training due, or are overdue, and how many took part in training in the year. "
            "With --public, a seat held by fewer than 3 councillors is not shown. A file "
            "already there is never replaced."
        ),
    )
    add_database_option(table, suppress=True)
    table.add_argument("path", metavar="PATH", help="the new CSV file to write")
    table.add_argument(
        "--as-at",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="the year up to this day (default today)",
    )
    table.add_argument(
        "--public", action="store_true", help="leave out the figures for groups of fewer than 3"
    )
    table.set_defaults(handler=_cmd_export_training_table)


def _cmd_import_members(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (about 60 ms).
    from briefing_app.services.training.members import apply_members_import, plan_members_import

    with open_services(args, paths) as services:
        plan = plan_members_import(services.training, Path(args.path))
        print(plan.summary)
        for line in plan.changes.details():
            print(f"  {line}")
        if args.dry_run:
            print("Dry run: nothing was changed.")
        else:
            result = apply_members_import(services.training, plan)
            print(result.message)
            if result.backup is not None:
                print(f"A backup of the database from before the import is in {result.backup}.")
    return 0


def _cmd_export_reminders(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (about 40 ms).
    from briefing_app.domain.training.records import check_due_soon_days
    from briefing_app.services.training.reminders import write_reminders_csv

    days = check_due_soon_days(args.days)
    with open_services(args, paths) as services:
        board = services.training.board(args.as_at)
        count = write_reminders_csv(board, Path(args.path), days)
        print(f"Wrote {count} reminders to {args.path}.")
    return 0


def _cmd_export_training_table(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (about 40 ms).
    from briefing_app.domain.training.year import year_table
    from briefing_app.services.training.year import write_year_table_csv

    with open_services(args, paths) as services:
        table = year_table(services.training.board(args.as_at), public=args.public)
        rows = write_year_table_csv(table, Path(args.path))
        print(f"Wrote {rows} rows to {args.path}.")
    return 0
