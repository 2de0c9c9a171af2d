"""The ``briefing-app`` command: the window by default, and subcommands for scripts.

Errors a user can fix print one plain line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
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
    _pack_parser(commands)
    return parser


def _pack_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    pack = commands.add_parser(
        "pack",
        help="build a PDF briefing pack",
        description=(
            "Build a PDF briefing pack. With only --out, builds the full members' pack for "
            "today from the data held now."
        ),
    )
    _common(pack, suppress=True)
    pack.add_argument("--out", required=True, metavar="FILE", help="where to save the PDF")
    pack.add_argument(
        "--audience",
        choices=["members", "public"],
        default="members",
        help="members' pack (the default) or public pack (no names, no private notes, "
        "small numbers hidden)",
    )
    pack.add_argument(
        "--sections",
        metavar="LIST",
        help="the sections to include, separated by commas (default: every section the app "
        "holds data for); the cover and contents are always included",
    )
    pack.add_argument("--meeting", type=int, metavar="ID", help="build the pack for a meeting")
    pack.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date the pack is for (default: today)",
    )
    pack.add_argument(
        "--committee",
        metavar="NAME",
        help='the committee the pack is for (default: "Corporate Parenting Board")',
    )
    pack.set_defaults(handler=_cmd_pack)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-06-12") from None


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


def _cmd_pack(args: argparse.Namespace, paths: AppPaths) -> int:
    from briefing_app.domain.packs import Audience
    from briefing_app.services.container import Services
    from briefing_app.services.packs import DEFAULT_COMMITTEE, PackRequest

    services = Services.open(paths, paths.database(args.database))
    try:
        packs = services.packs
        request = PackRequest(
            audience=Audience(args.audience),
            sections=packs.parse_sections(args.sections) if args.sections is not None else None,
            pack_date=args.date,
            committee=args.committee or DEFAULT_COMMITTEE,
            meeting_id=args.meeting,
        )
        built = packs.build(request, Path(args.out).expanduser())
    finally:
        services.close()
    sections = ", ".join(key.value for key in built.sections)
    print(f"Wrote {built.path}: {built.audience.label.lower()}, {built.pages} pages ({sections})")
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
