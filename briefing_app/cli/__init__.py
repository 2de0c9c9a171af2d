"""The ``briefing-app`` command: the window by default, and subcommands for scripts.

Errors a user can fix print one plain line on stderr and exit with status 2. When the
database file cannot be used, that line also says which command gets the user going
again (restore a backup, start a fresh database, make a writable copy). Each area's
subcommands live in a module of this package with a ``register`` function.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence

from briefing_app import APP_ID, BRIEFING_SUFFIX, __version__
from briefing_app.cli.common import EXIT_USER_ERROR, Parser, add_database_option, open_services
from briefing_app.domain.errors import BriefingError, DatabaseError
from briefing_app.paths import AppPaths
from briefing_app.services.logbook import configure_logging, log_user_error, stop_logging

log = logging.getLogger(__name__)


EVERYTHING = "*"


def build_parser(command: str = EVERYTHING) -> argparse.ArgumentParser:
    """The command line: all of it, or the top-level options, ``info`` and the area of
    ``command`` (all areas if no area has that command).

    About thirty parsers make up the whole command line, and building them takes a
    noticeable part of a short command's time, so ``main`` builds only what it needs.
    """
    parser = Parser(
        prog=APP_ID,
        description="Corporate Parenting Briefing. With no command, opens the window.",
        epilog=(
            "A database path where no file is yet is made as the demonstration (Ofsted's "
            "2014 report on Portsmouth) by every command but setup: make your council's "
            "with `setup --council CODE_OR_NAME` first."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_database_option(parser, suppress=False)
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="load the data, show the window and quit once it has been drawn",
    )
    # Each area's parsers, built only for its own commands (about 2 ms for all ten).
    from briefing_app.cli import (
        briefing,
        council,
        councillors,
        meetings,
        outcomes,
        packs,
        reports,
        safety,
        statistics,
        training,
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    info = commands.add_parser("info", help="show the database file and what it holds")
    add_database_option(info, suppress=True)
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=_cmd_info)
    areas = (
        council,
        reports,
        statistics,
        outcomes,
        meetings,
        training,
        councillors,
        packs,
        briefing,
        safety,
    )
    named = [area for area in areas if command in area.COMMANDS]
    for area in named if named or command == "info" else areas:
        area.register(commands)
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments, read with only as much of the command line as they need.

    The window's two options are read here, as the parser reads them, without building
    any parser: that is most of what a start of the window does before loading Qt. A
    command gets the parsers of its own area (see ``build_parser``); anything else (help,
    the version, a mistake) gets the whole command line, which handles it all.
    """
    options = argparse.Namespace(database=None, exit_after_startup=False, command=None)
    words = list(argv)
    while words:
        word = words.pop(0)
        if word == "--database" and words and not words[0].startswith("-"):
            options.database = words.pop(0)
        elif word.startswith("--database="):
            options.database = word.partition("=")[2]
        elif word == "--exit-after-startup":
            options.exit_after_startup = True
        elif word.lower().endswith(BRIEFING_SUFFIX) and not word.startswith("-"):
            # A briefing file given alone (double-clicked, or dropped on the program): open it.
            return build_parser("open").parse_args(["open", word, *words])
        else:
            return build_parser(EVERYTHING if word.startswith("-") else word).parse_args(argv)
    return options


def _cmd_info(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded for this command only, not for the window (about 8 ms).
    from briefing_app.services.info import database_info

    with open_services(args, paths) as services:
        info = database_info(services.database)
    if args.json:
        # Only for --json: the window and plain output never load it (about 2 ms).
        import json

        print(json.dumps(info.as_json()))
    else:
        print(info.as_text())
    return 0


def main(argv: Sequence[str] | None = None, paths: AppPaths | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    # Starting up makes objects that last as long as the program (modules, classes, the
    # window): looking among them for garbage finds none and takes about a tenth of the
    # start-up time. So the cycle collector waits until the window is on screen (see
    # ui.application) or until the command is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(words, paths)
    finally:
        if collecting:
            gc.enable()


def _main(argv: list[str], paths: AppPaths | None) -> int:
    args = parse_arguments(argv)
    paths = paths or AppPaths.default()
    handler: Callable[[argparse.Namespace, AppPaths], int] | None = getattr(args, "handler", None)

    # The log file is written when the command ends or once the window is up (see logbook).
    configure_logging(paths.log_file, start_now=False)
    log.info("Started %s %s (%s)", APP_ID, __version__, args.command or "window")
    try:
        if handler is not None:
            code = handler(args, paths)
            sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
            return code
        # The window and Qt, loaded only when no command is given (about 200 ms).
        from briefing_app.app import run_gui

        return run_gui(paths, args.database, exit_after_startup=args.exit_after_startup)
    except BriefingError as error:
        log_user_error(error)
        hint = ""
        if isinstance(error, DatabaseError):
            # Only when the database cannot be used: the commands that get the user going
            # again, and what they need (about 30 ms).
            from briefing_app.cli.safety import recovery_hint

            hint = recovery_hint(error, paths.database(args.database), args.database)
        print(f"{APP_ID}: {error}{hint}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of the output went away (``| head``): what the command did is done,
        # and the rest of its output has nowhere to go. Stop quietly, as a shell tool does.
        _discard_output()
        return EXIT_OUTPUT_CLOSED
    finally:
        stop_logging()


# The shell's code for a program stopped by a closed pipe (128 + SIGPIPE).
EXIT_OUTPUT_CLOSED = 141


def _discard_output() -> None:
    """Send what is left of standard output nowhere, so closing it at exit cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
