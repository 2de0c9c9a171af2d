"""Commands that keep the data safe: backups, and getting going again after a bad file."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app import APP_ID
from briefing_app.cli.common import (
    Commands,
    Parser,
    add_database_option,
    app_root,
    open_services,
)
from briefing_app.domain.errors import BriefingError, DatabaseError, ReadOnlyDatabaseError
from briefing_app.paths import AppPaths

if TYPE_CHECKING:
    from briefing_app.services.opening.recovery import Recovered, Recovery, Remedy


# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("backups", "start-fresh", "writable-copy")


def register(commands: Commands) -> None:
    backups = commands.add_parser("backups", help="list, make or restore backups of the database")
    add_database_option(backups, suppress=True)
    actions = backups.add_subparsers(
        dest="backups_command", metavar="ACTION", parser_class=Parser, required=True
    )
    listing = actions.add_parser("list", help="the backups, newest first, numbered from 1")
    add_database_option(listing, suppress=True)
    listing.add_argument("--json", action="store_true", help="print one JSON list")
    listing.set_defaults(handler=_cmd_backups_list)
    create = actions.add_parser("create", help="back the database up now")
    add_database_option(create, suppress=True)
    create.set_defaults(handler=_cmd_backups_create)
    restore = actions.add_parser(
        "restore",
        help="put a backup back in place of the database (what is there now is backed up "
        "first, so this can be undone)",
    )
    add_database_option(restore, suppress=True)
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="its number in 'backups list' (1 is the newest) or its file name; default: the newest",
    )
    restore.set_defaults(handler=_cmd_backups_restore)

    fresh = commands.add_parser(
        "start-fresh",
        help="keep a database file that cannot be opened (renamed beside it) and start a "
        "fresh one in its place",
    )
    add_database_option(fresh, suppress=True)
    fresh.set_defaults(handler=_cmd_start_fresh)
    copy = commands.add_parser(
        "writable-copy",
        help="keep a read-only database file, or one whose write-ahead log lost changes "
        "(renamed beside it), and carry on with a copy of what it holds in its place",
    )
    add_database_option(copy, suppress=True)
    copy.set_defaults(handler=_cmd_writable_copy)


def _cmd_backups_list(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for the area's other commands or --help (about 8 ms).
    from briefing_app.services.backups import backups_of, usable_here

    database_path = app_root(args, paths).database_path
    backups = backups_of(database_path)
    if args.json:
        # Only for --json (about 2 ms).
        import json

        print(
            json.dumps(
                [
                    {
                        "number": number,
                        "name": b.name,
                        "path": str(b.path),
                        "made_at": b.made_at.isoformat(),
                        "reason": b.reason,
                        "size": b.size,
                        "format_version": b.schema_version,
                    }
                    for number, b in enumerate(backups, start=1)
                ]
            )
        )
        return 0
    if not backups:
        print(f"There are no backups of {database_path} yet.")
        return 0
    print(f"Backups of {database_path}, newest first:")
    for number, backup in enumerate(backups, start=1):
        newer = "" if usable_here(backup) else " - from a newer version of the app"
        print(f"{number:>3}. {backup.describe()}{newer}")
        print(f"     {backup.name}")
    return 0


def _cmd_backups_create(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_services(args, paths) as services:
        backup = services.backups.make("manual")
    print(f"Backed up {services.database_path} as {backup.path}")
    return 0


def _cmd_backups_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (about 30 ms).
    from briefing_app.domain.backups import when_text
    from briefing_app.services.backups import find_backup
    from briefing_app.services.opening.recovery import Recovery, Remedy, remedies_for

    recovery = Recovery(app_root(args, paths))
    backup = find_backup(recovery.database_path, args.backup)
    try:
        services = recovery.root.open()
    except DatabaseError as error:
        if error.path != recovery.database_path or Remedy.OPEN_BACKUP not in remedies_for(error):
            raise
        return _report_recovered(recovery.open_backup(backup))
    with services:
        undo = services.backups.restore(backup)
    print(
        f"Restored the backup made on {when_text(backup.made_at)} into {recovery.database_path}. "
        f"What was there before was backed up as {undo.name}: restore that one to undo this."
    )
    return 0


def _cmd_start_fresh(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (about 25 ms).
    from briefing_app.services.opening.recovery import Recovery, Remedy

    recovery = Recovery(app_root(args, paths))
    _refuse_if_usable(recovery, Remedy.START_FRESH)
    return _report_recovered(recovery.start_fresh())


def _cmd_writable_copy(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (about 25 ms).
    from briefing_app.services.opening.recovery import Recovery, Remedy

    recovery = Recovery(app_root(args, paths))
    _refuse_if_usable(recovery, Remedy.WRITABLE_COPY)
    return _report_recovered(recovery.writable_copy())


def _refuse_if_usable(recovery: Recovery, remedy: Remedy) -> None:
    """Only a file that cannot be used (in a way ``remedy`` fixes) is ever set aside."""
    # Loaded when the command runs, not for --help (about 25 ms).
    from briefing_app.services.opening.recovery import remedies_for

    try:
        with recovery.root.open() as services:
            # Damage the quick check at opening cannot see (in what a value holds).
            services.database.check_thoroughly()
    except DatabaseError as error:
        if error.path != recovery.database_path or remedy not in remedies_for(error):
            raise
        return
    raise BriefingError(
        "The database file opens normally, so it has been left as it is.",
        "To use another database, give its file name with --database.",
    )


def _report_recovered(recovered: Recovered) -> int:
    recovered.services.close()
    print(recovered.note())
    return 0


def recovery_hint(error: DatabaseError, database_path: Path, explicit: str | None) -> str:
    """Which commands get the user going again, for the one line printed on an error."""
    # Loaded when an error is explained, not for --help (about 30 ms).
    from briefing_app.services.backups import backups_of
    from briefing_app.services.opening.recovery import Remedy, remedies_for

    if error.path != database_path:
        return ""
    command = APP_ID + (f" --database {shlex.quote(explicit)}" if explicit else "")
    steps: list[str] = []
    remedies = remedies_for(error)
    if Remedy.WRITABLE_COPY in remedies:
        copy = "a writable copy" if isinstance(error, ReadOnlyDatabaseError) else "a copy"
        steps.append(f"'{command} writable-copy' carries on with {copy} of what it holds")
    backups = backups_of(database_path)
    if Remedy.OPEN_BACKUP in remedies and backups:
        count = "the only backup" if len(backups) == 1 else f"the newest of {len(backups)} backups"
        steps.append(f"'{command} backups restore' puts back {count}")
    if Remedy.START_FRESH in remedies:
        steps.append(f"'{command} start-fresh' starts a fresh database")
    if not steps:
        return ""
    return " To carry on: " + "; or ".join(steps) + " (this file is kept, renamed beside it)."
