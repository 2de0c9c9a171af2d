"""Exporting compliance as a CSV file a spreadsheet can open safely.

One row per member and required module. Dates are written as YYYY-MM-DD. Every cell
goes through ``neutralise_cell``, so nothing in the file can run as a formula. The
file is UTF-8 with a byte-order mark, so Excel shows names such as Łukasz correctly.
It is written to a temporary file first and then moved into place, so a failure never
leaves half a file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing_app.domain.training.compliance import TrainingBoard
from briefing_app.domain.training.records import Status
from briefing_app.services.csv_export import write_safe_csv

COLUMNS = (
    "Member",
    "Party",
    "Ward",
    "Seats",
    "Module",
    "How often",
    "Status",
    "Last done",
    "Due by",
    "What this means",
    "Status on",
    "Demonstration record",
)


def compliance_rows(board: TrainingBoard, role_key: str | None = None) -> list[list[str]]:
    """The export's rows (without the header), for the seat ``role_key`` or for everyone."""
    modules = (
        board.catalogue.modules if role_key is None else board.catalogue.modules_for_role(role_key)
    )
    wanted = {m.id for m in modules}
    rows = []
    for record in board.members_of(role_key):
        member = record.member
        seats = "; ".join(board.catalogue.role_names(member))
        for module, status in record.statuses:
            if status.status is Status.NOT_REQUIRED or module.id not in wanted:
                continue
            rows.append(
                [
                    member.name,
                    member.party,
                    member.ward,
                    seats,
                    module.name,
                    module.refresh.label,
                    status.status.label,
                    _iso(status.last_done),
                    _iso(status.due),
                    status.explanation,
                    board.as_at.isoformat(),
                    "Yes" if member.demo else "No",
                ]
            )
    return rows


def write_compliance_csv(
    board: TrainingBoard, path: Path, role_key: str | None = None, *, replace: bool = True
) -> int:
    """Write the export to ``path``; return how many rows (after the header) it holds.
    With ``replace=False`` a file already there is refused and left as it was."""
    rows = compliance_rows(board, role_key)
    write_safe_csv(path, COLUMNS, rows, replace=replace)
    return len(rows)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""
