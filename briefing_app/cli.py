"""The ``briefing-app`` command: the window by default, and subcommands for scripts.

Errors a user can fix print one plain line on stderr and exit with status 2. When the
database file cannot be used, that line also says which command gets the user going
again (restore a backup, start a fresh database, make a writable copy).
"""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from briefing_app import APP_ID, __version__
from briefing_app.domain.errors import BriefingError, DatabaseError
from briefing_app.paths import DATABASE_ENV, AppPaths

if TYPE_CHECKING:
    from briefing_app.services.recovery import Recovered, Recovery, Remedy

log = logging.getLogger(__name__)

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
    _add_safety_commands(commands)
    return parser


def _add_safety_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    backups = commands.add_parser("backups", help="list, make or restore backups of the database")
    _common(backups, suppress=True)
    actions = backups.add_subparsers(
        dest="backups_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    listing = actions.add_parser("list", help="the backups, newest first, numbered from 1")
    _common(listing, suppress=True)
    listing.add_argument("--json", action="store_true", help="print one JSON list")
    listing.set_defaults(handler=_cmd_backups_list)
    create = actions.add_parser("create", help="back the database up now")
    _common(create, suppress=True)
    create.set_defaults(handler=_cmd_backups_create)
    restore = actions.add_parser(
        "restore",
        help="put a backup back in place of the database (what is there now is backed up "
        "first, so this can be undone)",
    )
    _common(restore, suppress=True)
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
    _common(fresh, suppress=True)
    fresh.set_defaults(handler=_cmd_start_fresh)
    copy = commands.add_parser(
        "writable-copy",
        help="keep a read-only database file (renamed beside it) and carry on with a "
        "writable copy in its place",
    )
    _common(copy, suppress=True)
    copy.set_defaults(handler=_cmd_writable_copy)


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


def _cmd_backups_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from briefing_app.services.backups import backups_of, usable_here

    database_path = paths.database(args.database)
    backups = backups_of(database_path)
    if args.json:
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
    from briefing_app.services.container import Services

    services = Services.open(paths, paths.database(args.database))
    try:
        backup = services.backups.make("manual")
    finally:
        services.close()
    print(f"Backed up {services.database_path} as {backup.path}")
    return 0


def _cmd_backups_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from briefing_app.domain.backups import when_text
    from briefing_app.services.backups import find_backup
    from briefing_app.services.recovery import Recovery, Remedy, remedies_for

    recovery = Recovery(paths, paths.database(args.database))
    backup = find_backup(recovery.database_path, args.backup)
    try:
        services = recovery.open()
    except DatabaseError as error:
        if error.path != recovery.database_path or Remedy.OPEN_BACKUP not in remedies_for(error):
            raise
        return _report_recovered(recovery.open_backup(backup))
    try:
        undo = services.backups.restore(backup)
    finally:
        services.close()
    print(
        f"Restored the backup made on {when_text(backup.made_at)} into {recovery.database_path}. "
        f"What was there before was backed up as {undo.name}: restore that one to undo this."
    )
    return 0


def _cmd_start_fresh(args: argparse.Namespace, paths: AppPaths) -> int:
    from briefing_app.services.recovery import Recovery, Remedy

    recovery = Recovery(paths, paths.database(args.database))
    _refuse_if_usable(recovery, Remedy.START_FRESH)
    return _report_recovered(recovery.start_fresh())


def _cmd_writable_copy(args: argparse.Namespace, paths: AppPaths) -> int:
    from briefing_app.services.recovery import Recovery, Remedy

    recovery = Recovery(paths, paths.database(args.database))
    _refuse_if_usable(recovery, Remedy.WRITABLE_COPY)
    return _report_recovered(recovery.writable_copy())


def _refuse_if_usable(recovery: Recovery, remedy: Remedy) -> None:
    """Only a file that cannot be used (in a way ``remedy`` fixes) is ever set aside."""
    from briefing_app.services.recovery import remedies_for

    try:
        services = recovery.open()
    except DatabaseError as error:
        if error.path != recovery.database_path or remedy not in remedies_for(error):
            raise
        return
    services.close()
    raise BriefingError(
        "The database file opens normally, so it has been left as it is.",
        "To use another database, give its file name with --database.",
    )


def _report_recovered(recovered: Recovered) -> int:
    recovered.services.close()
    print(recovered.note())
    return 0


def _recovery_hint(error: DatabaseError, database_path: Path, explicit: str | None) -> str:
    """Which commands get the user going again, for the one line printed on an error."""
    from briefing_app.services.backups import backups_of
    from briefing_app.services.recovery import Remedy, remedies_for

    if error.path != database_path:
        return ""
    command = APP_ID + (f" --database {shlex.quote(explicit)}" if explicit else "")
    steps: list[str] = []
    remedies = remedies_for(error)
    if Remedy.WRITABLE_COPY in remedies:
        steps.append(f"'{command} writable-copy' carries on with a writable copy")
    backups = backups_of(database_path)
    if Remedy.OPEN_BACKUP in remedies and backups:
        count = "the only backup" if len(backups) == 1 else f"the newest of {len(backups)} backups"
        steps.append(f"'{command} backups restore' puts back {count}")
    if Remedy.START_FRESH in remedies:
        steps.append(f"'{command} start-fresh' starts a fresh database")
    if not steps:
        return ""
    return " To carry on: " + "; or ".join(steps) + " (this file is kept, renamed beside it)."


def main(argv: Sequence[str] | None = None, paths: AppPaths | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = paths or AppPaths.default()
    handler: Callable[[argparse.Namespace, AppPaths], int] | None = getattr(args, "handler", None)
    from briefing_app.services.logbook import configure_logging, log_user_error, stop_logging

    configure_logging(paths.log_file, start_now=handler is not None)
    log.info("Started %s %s (%s)", APP_ID, __version__, args.command or "window")
    try:
        if handler is not None:
            return handler(args, paths)
        from briefing_app.app import run_gui

        return run_gui(paths, args.database, exit_after_startup=args.exit_after_startup)
    except BriefingError as error:
        log_user_error(error)
        hint = ""
        if isinstance(error, DatabaseError):
            hint = _recovery_hint(error, paths.database(args.database), args.database)
        print(f"{APP_ID}: {error}{hint}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    finally:
        stop_logging()


if __name__ == "__main__":
    raise SystemExit(main())
