"""The council's yearly table of corporate parenting training, as a CSV file.

Like the reminders, the file is new or not written at all: it never replaces a file
already there, nor one of the app's own.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.training.year import HEADINGS, TrainingYearTable
from briefing_app.services.csv_export import write_safe_csv

COLUMNS = (*HEADINGS, "Year from", "Status on", "Includes demonstration records")


def year_rows(table: TrainingYearTable) -> list[list[str]]:
    demo = "Yes" if table.includes_demo else "No"
    return [
        [*row.cells(), table.year_from.isoformat(), table.as_at.isoformat(), demo]
        for row in table.rows
    ]


def write_year_table_csv(table: TrainingYearTable, path: Path) -> int:
    """Write the table (one row per seat); return how many rows."""
    rows = year_rows(table)
    write_safe_csv(path, COLUMNS, rows, replace=False)
    return len(rows)
