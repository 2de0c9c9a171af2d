"""Read a list of training attendance: who attended which module, and when.

Columns (the first line names them, in any order, any case):

- ``member``: the member's full name, as held in the app (accents matter, case does not)
- ``module``: the module's name, or its short key
- ``date``: the day of the session: 2025-03-04, 04/03/2025 (day first) or 4 March 2025
- ``provider`` (optional): who ran the session
- ``note`` (optional): anything worth keeping
- ``ward`` (optional): only needed to tell apart two members with the same name

Each line is checked here for what can be checked without the database. Lines with
problems are reported, all of them, with their line numbers; the caller decides what
to do (the app records nothing from a file with any problem).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from briefing_app.domain.dates import DATE_FORMATS, parse_day
from briefing_app.importers.csv_rows import read_rows

REQUIRED = ("member", "module", "date")
OPTIONAL = ("provider", "note", "ward")


@dataclass(frozen=True)
class AttendanceLine:
    line: int
    member: str
    module: str
    completed_on: date
    provider: str = ""
    note: str = ""
    ward: str = ""


@dataclass
class AttendanceFile:
    path: Path
    lines: list[AttendanceLine] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def read_attendance(path: Path) -> AttendanceFile:
    """Every well-formed line, and every problem found (raises only if the file is unusable)."""
    result = AttendanceFile(path)
    for row in read_rows(path, REQUIRED, OPTIONAL, windows_1252=True):
        values = row.values
        missing = [c for c in REQUIRED if not values.get(c)]
        if missing:
            what = " and ".join(f"the {c}" for c in missing)
            verb = "is" if len(missing) == 1 else "are"
            result.problems.append((row.line, f"{what[0].upper()}{what[1:]} {verb} empty."))
            continue
        completed_on = parse_day(values["date"])
        if completed_on is None:
            result.problems.append(
                (
                    row.line,
                    f"{values['date']!r} is not a date this app can read "
                    f"(write it like {DATE_FORMATS}).",
                )
            )
            continue
        result.lines.append(
            AttendanceLine(
                line=row.line,
                member=values["member"],
                module=values["module"],
                completed_on=completed_on,
                provider=values["provider"],
                note=values["note"],
                ward=values["ward"],
            )
        )
    return result
