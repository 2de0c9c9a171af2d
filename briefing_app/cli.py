"""The ``briefing-app`` command: the window by default, and subcommands for scripts.

Errors a user can fix print one plain line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
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

    meetings = commands.add_parser("meetings", help="list meetings, newest first, with their ids")
    _common(meetings, suppress=True)
    meetings.add_argument("--json", action="store_true", help="print one JSON array")
    meetings.set_defaults(handler=_cmd_meetings)

    export = commands.add_parser(
        "export-meeting", help="write the record of a meeting (questions, answers, actions)"
    )
    _common(export, suppress=True)
    export.add_argument("meeting", type=int, metavar="ID", help="the meeting's id (see meetings)")
    export.add_argument("--out", required=True, metavar="FILE", help="the CSV file to write")
    export.add_argument(
        "--include-private",
        action="store_true",
        help="include answers marked private (leave them out of anything made public)",
    )
    export.set_defaults(handler=_cmd_export_meeting)
    return parser


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


def _cmd_meetings(args: argparse.Namespace, paths: AppPaths) -> int:
    from briefing_app.services.container import Services

    services = Services.open(paths, paths.database(args.database))
    try:
        summaries = services.meetings.meetings()
    finally:
        services.close()
    if args.json:
        import json

        print(
            json.dumps(
                [
                    {
                        "id": s.meeting.id,
                        "committee": s.meeting.committee,
                        "date": s.meeting.meeting_date.isoformat(),
                        "title": s.meeting.title,
                        "questions": s.questions,
                        "done": s.done,
                        "open_actions": s.open_actions,
                    }
                    for s in summaries
                ]
            )
        )
    elif not summaries:
        print("No meetings yet.")
    else:
        for s in summaries:
            print(f"{s.meeting.id}\t{s.meeting.heading}\t{s.progress}")
    return 0


def _cmd_export_meeting(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from briefing_app.services.container import Services

    services = Services.open(paths, paths.database(args.database))
    try:
        out = Path(args.out).expanduser()
        record = services.records.export_csv(
            args.meeting, out, include_private=args.include_private
        )
    finally:
        services.close()
    print(f"Wrote {out}: {record.summary}")
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
