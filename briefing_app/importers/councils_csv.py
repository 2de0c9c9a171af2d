"""The councils the app knows, read from ``data/councils/``.

``councils.csv`` lists every council in the DfE's tables: ``old_la_code``,
``new_la_code``, ``la_name``, ``region_code``, ``region_name`` and
``statistical_neighbours`` (old codes separated by spaces, closest first).
``reorganisations.csv`` lists each reorganisation: the ``date`` it took effect, the
old codes ``abolished`` and ``created``, and its ``source``.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from briefing_app.domain.councils import Council, CouncilDirectory, CouncilName, Reorganisation
from briefing_app.domain.errors import ImportProblemsError
from briefing_app.importers.csv_rows import read_rows

COUNCILS_FOLDER = Path("councils")
COUNCIL_COLUMNS = (
    "old_la_code",
    "new_la_code",
    "la_name",
    "region_code",
    "region_name",
    "statistical_neighbours",
)
REORGANISATION_COLUMNS = ("date", "abolished", "created", "source")
_OLD_CODE = re.compile(r"\d{3}")
_NEW_CODE = re.compile(r"E\d{8}")


def read_councils(folder: Path) -> list[Council]:
    """Every council in ``folder``/councils.csv, with what reorganisation did to it."""
    path = folder / "councils.csv"
    problems: list[tuple[int | None, str]] = []
    rows = []
    names: dict[str, str] = {}
    for row in read_rows(path, COUNCIL_COLUMNS):
        cells = row.values
        neighbours = tuple(cells["statistical_neighbours"].split())
        codes = (cells["old_la_code"], *neighbours)
        if not all(_OLD_CODE.fullmatch(code) for code in codes):
            problems.append((row.line, "a council code is not a three-digit DfE code."))
        if not _NEW_CODE.fullmatch(cells["new_la_code"]):
            problems.append((row.line, f"“{cells['new_la_code']}” is not an ONS council code."))
        if cells["old_la_code"] in names:
            problems.append((row.line, f"the council {cells['old_la_code']} is listed twice."))
        names[cells["old_la_code"]] = cells["la_name"]
        rows.append((row.line, cells, neighbours))
    for line, _cells, neighbours in rows:
        unknown = [code for code in neighbours if code not in names]
        if unknown:
            problems.append((line, f"the neighbour {unknown[0]} is not a council in the list."))
    changes = _reorganisations(folder / "reorganisations.csv", names, problems)
    if problems:
        raise ImportProblemsError(path, problems)
    abolished_by = {c.old_code: change for change in changes for c in change.abolished}
    created_by = {c.old_code: change for change in changes for c in change.created}
    return [
        Council(
            old_code=cells["old_la_code"],
            new_code=cells["new_la_code"],
            name=cells["la_name"],
            region_code=cells["region_code"],
            region_name=cells["region_name"],
            neighbours=neighbours,
            abolished_by=abolished_by.get(cells["old_la_code"]),
            created_by=created_by.get(cells["old_la_code"]),
        )
        for _line, cells, neighbours in rows
    ]


def shipped_directory(data_dir: Path) -> CouncilDirectory:
    """Every council the app ships with (``data_dir``/councils), to find one by code or
    name before any database holds them."""
    return CouncilDirectory(read_councils(data_dir / COUNCILS_FOLDER))


def _reorganisations(
    path: Path, names: dict[str, str], problems: list[tuple[int | None, str]]
) -> list[Reorganisation]:
    changes = []
    for row in read_rows(path, REORGANISATION_COLUMNS):
        cells = row.values
        try:
            on = date.fromisoformat(cells["date"])
        except ValueError:
            problems.append((row.line, f"reorganisations.csv: “{cells['date']}” is not a date."))
            continue
        groups = []
        for column in ("abolished", "created"):
            codes = cells[column].split()
            missing = [code for code in codes if code not in names]
            if missing or not codes:
                problems.append(
                    (row.line, f"reorganisations.csv: {column} names no council in the list.")
                )
            groups.append(tuple(CouncilName(code, names.get(code, code)) for code in codes))
        changes.append(Reorganisation(on, groups[0], groups[1], cells["source"]))
    return changes
