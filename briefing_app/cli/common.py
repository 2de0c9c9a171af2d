"""What every ``briefing-app`` command shares: the parser, the database option, opening
the services, dates."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from briefing_app.paths import DATABASE_ENV, AppPaths

if TYPE_CHECKING:
    from briefing_app.services.opening.container import Services
    from briefing_app.services.opening.root import AppRoot

EXIT_USER_ERROR = 2


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one plain line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message} (see {self.prog} --help)\n")


# What ``add_subparsers`` returns; each area adds its commands to it.
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"


def add_database_option(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """``--database PATH``; on subcommands it must not overwrite one given before them."""
    parser.add_argument(
        "--database",
        metavar="PATH",
        default=argparse.SUPPRESS if suppress else None,
        help=(
            f"the database file to use (default: ${DATABASE_ENV}, or one in your user data folder)"
        ),
    )


def app_root(args: argparse.Namespace, paths: AppPaths) -> AppRoot:
    """The composition root for the database the command was given (``--database``)."""
    # Loaded when a command runs, not when the command line is read (help, the version).
    from briefing_app.services.opening.root import AppRoot

    return AppRoot.choose(paths, args.database)


def open_services(args: argparse.Namespace, paths: AppPaths) -> Services:
    """The services over the command's database, for a ``with`` block that closes them."""
    return app_root(args, paths).open()


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-04") from None
