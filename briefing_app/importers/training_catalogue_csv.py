"""Read the default training catalogue and the demonstration roster from ``data/training``.

The demonstration roster gives its dates as days before a *reference date* (the day
the roster is loaded), so the mix of in-date, due-soon and overdue members is the same
whenever it is loaded. See ``data/training/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from briefing_app.domain.errors import BriefingError, ImportFileError
from briefing_app.domain.training.records import Member, Module, RefreshKind, RefreshRule, Role
from briefing_app.importers.csv_rows import read_rows

_ROLE_COLUMNS = ("key", "name", "member_title", "member_title_plural")


def read_roles(path: Path) -> list[Role]:
    roles: list[Role] = []
    for position, row in enumerate(
        read_rows(path, _ROLE_COLUMNS, ("description", "also_called"), windows_1252=True),
        start=1,
    ):
        v = row.values
        if not all(v[c] for c in _ROLE_COLUMNS):
            raise ImportFileError(path, "a seat needs a key, name and titles.", line=row.line)
        roles.append(
            Role(
                v["key"],
                v["name"],
                v["member_title"],
                v["member_title_plural"],
                v["description"],
                position,
                tuple(n.strip() for n in v["also_called"].split(";") if n.strip()),
            )
        )
    return roles


def _grace(path: Path, value: str, line: int) -> int:
    if not value.strip():
        return 0
    if not value.strip().isascii() or not value.strip().isdigit():
        raise ImportFileError(path, f"grace_months {value!r} is not a whole number.", line=line)
    return int(value)


def read_modules(path: Path, role_keys: set[str]) -> list[Module]:
    modules: list[Module] = []
    columns = ("key", "name", "refresh", "months", "required_for")
    optional = ("description", "grace_months", "also_met_by")
    for position, row in enumerate(read_rows(path, columns, optional, windows_1252=True), start=1):
        v = row.values
        try:
            kind = RefreshKind(v["refresh"])
            months = int(v["months"]) if kind is RefreshKind.EVERY_MONTHS else 0
        except ValueError as error:
            raise ImportFileError(
                path,
                "refresh must be every (with months), term or once.",
                line=row.line,
            ) from error
        required = frozenset(v["required_for"].split())
        unknown = required - role_keys
        if unknown:
            raise ImportFileError(
                path, f"the seat {sorted(unknown)[0]!r} is not in roles.csv.", line=row.line
            )
        try:
            modules.append(
                Module(
                    key=v["key"],
                    name=v["name"],
                    refresh=RefreshRule(kind, months),
                    required_for=required,
                    description=v["description"],
                    position=position,
                    grace_months=_grace(path, v["grace_months"], row.line),
                    also_met_by=frozenset(v["also_met_by"].split()),
                )
            )
        except ImportFileError:
            raise
        except BriefingError as error:
            raise ImportFileError(path, error.message, error.advice, line=row.line) from error
    keys = {m.key for m in modules}
    for module in modules:
        unknown_keys = module.also_met_by - keys
        if unknown_keys:
            raise ImportFileError(
                path,
                f"{module.key} is also met by {sorted(unknown_keys)[0]!r}, which is not a module.",
            )
    return modules


@dataclass(frozen=True)
class DemoCompletion:
    member: str
    module_key: str
    completed_on: date
    provider: str
    note: str


# Dates in the roster are within a lifetime of the day it is loaded.
_MOST_DAYS = 100 * 366


def _days(path: Path, value: str, line: int) -> int:
    digits = value.strip()
    if digits.startswith("-") and digits[1:].isascii() and digits[1:].isdigit():
        raise ImportFileError(path, "a number of days cannot be negative.", line=line)
    if not digits.isascii() or not digits.isdigit():
        raise ImportFileError(path, f"{value!r} is not a whole number of days.", line=line)
    if len(digits) > len(str(_MOST_DAYS)) or int(digits) > _MOST_DAYS:
        raise ImportFileError(
            path, "a number of days is more than a hundred years; check the number.", line=line
        )
    return int(digits)


def read_demo_members(path: Path, reference: date) -> list[Member]:
    columns = ("name", "party", "ward", "roles", "term_began_days_ago", "term_ends_in_days")
    members: list[Member] = []
    for row in read_rows(path, columns, ("email",), windows_1252=True):
        v = row.values
        began = reference - timedelta(days=_days(path, v["term_began_days_ago"], row.line))
        ends = reference + timedelta(days=_days(path, v["term_ends_in_days"], row.line))
        try:
            members.append(
                Member(
                    name=v["name"],
                    party=v["party"],
                    ward=v["ward"],
                    roles=frozenset(v["roles"].split()),
                    term_start=began,
                    term_end=ends,
                    demo=True,
                    email=v["email"],
                )
            )
        except BriefingError as error:
            raise ImportFileError(path, error.message, error.advice, line=row.line) from error
    return members


def read_demo_completions(path: Path, reference: date) -> list[DemoCompletion]:
    columns = ("member", "module", "days_ago")
    return [
        DemoCompletion(
            member=row.values["member"],
            module_key=row.values["module"],
            completed_on=reference - timedelta(days=_days(path, row.values["days_ago"], row.line)),
            provider=row.values["provider"],
            note=row.values["note"],
        )
        for row in read_rows(path, columns, ("provider", "note"), windows_1252=True)
    ]
