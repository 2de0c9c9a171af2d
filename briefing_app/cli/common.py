"""What every ``briefing-app`` command shares: the parser, the database option, dates."""

from __future__ import annotations

import argparse
from datetime import date
from typing import NoReturn, TypeAlias

from briefing_app.paths import DATABASE_ENV

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


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-04") from None
