"""Read the council's list of councillors from a CSV file.

Columns (the first line names them, in any order; case, spaces, hyphens and underscores
in the names do not matter, so "Term Start", "term_start" and "TermStart" are the same):

- ``name`` (needed): the councillor's name. A committee system's export may call it
  "Councillor" or "Member"; "Councillor" or "Cllr" in front of a name is dropped.
- ``party``, also "Political party" or "Political group"
- ``ward``, also "Electoral division" or "Division"
- ``email``, also "E-mail address"
- ``roles``: the councillor's corporate parenting seats, separated by semicolons, such as
  ``lead member for children; corporate parenting panel; fostering panel``
- ``term_start``, also "Start of term" or "Date elected": the day the current term of
  office began (needed for a councillor the app does not yet hold)
- ``term_end``, also "End of term": the day it ends, if known

Other columns are ignored. A column the file does not have leaves that detail of each
councillor as the app holds it. Each line is checked here for what can be checked
without the database; every problem is reported with its line number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from briefing_app.domain.dates import DATE_FORMATS, parse_day
from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.training.roster import RosterLine
from briefing_app.importers.csv_rows import QUOTES, CsvTable

ADVICE = (
    "The first line must name the columns, such as: name, party, ward, email, roles, "
    "term_start, term_end. See members-import.md in the app's data/templates folder."
)

# Every name a column may have, written without spaces, hyphens or underscores.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "councillor",
        "councillorname",
        "councillorsname",
        "member",
        "membername",
        "fullname",
    ),
    "party": ("party", "politicalparty", "politicalgroup", "group", "partyname"),
    "ward": ("ward", "wardname", "electoralward", "division", "electoraldivision"),
    "email": ("email", "emailaddress"),
    "roles": ("roles", "role", "seats", "corporateparentingroles", "corporateparentingrole"),
    "term_start": (
        "termstart",
        "termstarts",
        "termbegan",
        "termbegins",
        "startofterm",
        "termofofficestart",
        "dateelected",
        "electedon",
        "elected",
    ),
    "term_end": ("termend", "termends", "endofterm", "termofofficeend", "termexpires"),
}
_TITLE = re.compile(r"^(?:councillor|cllr\.?)\s+", re.IGNORECASE)


def _compact(column: str) -> str:
    return re.sub(r"[\W_]+", "", column.casefold())


@dataclass
class MembersFile:
    path: Path
    lines: list[RosterLine] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    columns: frozenset[str] = frozenset()  # which of COLUMN_NAMES the file has


def _columns(table: CsvTable) -> dict[str, str]:
    """Each field the file has, and the name of the column holding it."""
    found: dict[str, str] = {}
    for column in table.columns:
        compact = _compact(column)
        for wanted, names in COLUMN_NAMES.items():
            if compact not in names:
                continue
            if wanted in found:
                raise ImportFileError(
                    table.path,
                    f"two columns could both be the {wanted.replace('_', ' ')} "
                    f"({found[wanted]!r} and {column!r}).",
                    "Keep one of them, or rename the other.",
                    line=1,
                )
            found[wanted] = column
    if "name" not in found:
        raise ImportFileError(
            table.path, "the file has no column for the councillors' names.", ADVICE, line=1
        )
    return found


def _day(value: str, what: str) -> date | None:
    """The date in a cell (None if blank); raises ValueError saying what is wrong."""
    if not value:
        return None
    day = parse_day(value)
    if day is None:
        raise ValueError(
            f"the {what} {value!r} is not a date this app can read (write it like {DATE_FORMATS})."
        )
    return day


def read_members(path: Path) -> MembersFile:
    """Every well-formed line, and every problem found (raises only if the file is unusable)."""
    table = CsvTable(Path(path), windows_1252=True)
    columns = _columns(table)
    result = MembersFile(Path(path), columns=frozenset(columns))
    for row in table.rows():
        problem = table.too_many_cells(row)
        if problem:
            raise ImportFileError(table.path, problem, QUOTES, line=row.line)

        def cell(name: str, row_values: dict[str, str] = row.values) -> str | None:
            column = columns.get(name)
            return None if column is None else row_values.get(column, "")

        name = _TITLE.sub("", cell("name") or "").strip()
        if not name:
            result.problems.append((row.line, "The name is empty."))
            continue
        try:
            term_start = _day(cell("term_start") or "", "term start")
            term_end = _day(cell("term_end") or "", "term end")
        except ValueError as error:
            text = str(error)
            result.problems.append((row.line, text[:1].upper() + text[1:]))
            continue
        roles = cell("roles")
        result.lines.append(
            RosterLine(
                line=row.line,
                name=name,
                party=cell("party"),
                ward=cell("ward"),
                email=cell("email"),
                roles=None if roles is None else tuple(r for r in roles.split(";")),
                term_start=term_start,
                term_end=term_end,
                has_term_end="term_end" in columns,
            )
        )
    return result
