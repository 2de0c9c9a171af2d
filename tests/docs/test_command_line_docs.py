"""The command line as the README and the user guide describe it is the one the app has:
every command is documented, and every command and option documented exists."""

from __future__ import annotations

import argparse
import re

import pytest

from briefing_app import APP_ID
from briefing_app.cli import build_parser
from tests.conftest import REPO

README = REPO / "README.md"
GUIDE = REPO / "resources" / "help" / "command-line.md"
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def _commands() -> dict[str, argparse.ArgumentParser]:
    """Every command by its words after the program's name: "info", "backups restore"..."""
    found: dict[str, argparse.ArgumentParser] = {}

    def visit(parser: argparse.ArgumentParser, words: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found[f"{words} {name}".strip()] = sub
                    visit(sub, f"{words} {name}")

    visit(build_parser(), "")
    return found


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {o for action in parser._actions for o in action.option_strings if o.startswith("--")}


def _documented_lines(text: str) -> list[str]:
    """The lines that show a command, with the words after ``briefing-app`` (tables, code
    blocks and the continuation lines of a long command)."""
    lines = []
    for line in text.splitlines():
        for match in re.finditer(rf"`?{APP_ID} ([^`|]*)", line):
            lines.append(match.group(1))
    return lines


@pytest.mark.parametrize("document", [README, GUIDE], ids=["README", "user guide"])
def test_every_command_is_documented(document: object) -> None:
    text = document.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    shown = _documented_lines(text)
    for words in _commands():
        assert any(line.startswith(words) for line in shown), f"{words} is not in {document}"


@pytest.mark.parametrize("document", [README, GUIDE], ids=["README", "user guide"])
def test_every_documented_command_and_option_exists(document: object) -> None:
    commands = _commands()
    top_level = _options(build_parser())
    text = document.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    for line in _documented_lines(text):
        words = [w for w in line.split() if re.fullmatch(r"[a-z][a-z-]*", w)]
        command = next(
            (
                " ".join(words[:n])
                for n in range(len(words), 0, -1)
                if " ".join(words[:n]) in commands
            ),
            None,
        )
        known = top_level | (_options(commands[command]) if command else set())
        for option in OPTION.findall(line):
            assert option in known, f"{document}: {APP_ID} {line.strip()!r} has no {option}"
