"""A figure's columns are named once (``domain.outcomes.FIGURE_FIELDS``): the figures file
officers import reads exactly those, and the database stores exactly those."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportProblemsError
from briefing_app.domain.outcomes import FIGURE_FIELDS
from briefing_app.importers.indicators_csv import FIGURE_COLUMNS, read_figures
from briefing_app.services.opening.container import Services
from briefing_app.storage.database import Database
from briefing_app.storage.indicators_repo import COUNCIL_COLUMN, VALUE_COLUMNS


def test_the_database_table_has_the_columns_the_repository_writes(tmp_path: Path) -> None:
    with Database.open(tmp_path / "fresh.sqlite3") as database:
        rows = database.query("PRAGMA table_info(indicator_values)")
        table = {row["name"] for row in rows}
    assert table == {"id", COUNCIL_COLUMN, *VALUE_COLUMNS}
    assert set(FIGURE_FIELDS) <= table


def test_the_figures_file_reads_the_same_fields(services: Services, tmp_path: Path) -> None:
    assert ("key", *FIGURE_FIELDS) == FIGURE_COLUMNS
    path = tmp_path / "figures.csv"
    given = {"key": "cla-count", "as_at": "2015-03-31", "value": "300", "document": "Records"}
    row = ",".join(given.get(column, "") for column in FIGURE_COLUMNS)
    path.write_text(",".join(FIGURE_COLUMNS) + "\n" + row + "\n", encoding="utf-8")
    rows = read_figures(path, services.outcomes.definitions(), "test")
    assert [(row.key, row.observation.value) for row in rows] == [("cla-count", 300)]
    path.write_text("key,as_at,value,colour\ncla-count,2015-03-31,300,red\n", encoding="utf-8")
    with pytest.raises(ImportProblemsError, match="colour"):
        read_figures(path, services.outcomes.definitions(), "test")
