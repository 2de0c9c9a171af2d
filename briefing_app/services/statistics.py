"""The DfE's published figures for every council: import a release, compare a council.

- ``load_shipped_statistics`` fills a new database with every council and the release the
  app ships with (no backup: it runs while a new database is built).
- ``StatisticsService.read`` reads DfE files without touching the database (a dry run);
  ``plan`` says what importing them would add, replace or keep; ``import_files`` backs the
  database up and writes them all in one transaction, or refuses them all.
- ``benchmarks``, ``trend`` and ``figures_document`` give a council's figures with England,
  its region, its statistical neighbours, its rank and its trend (``figures --json``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from briefing_app.domain.benchmarks import (
    Benchmark,
    PeriodFigures,
    SeriesTrend,
    benchmark,
    council_points,
    series_trend,
)
from briefing_app.domain.councils import Council, CouncilDirectory
from briefing_app.domain.figures_view import figures_document
from briefing_app.domain.releases import ImportPlan, plan_import
from briefing_app.domain.statistics import Catalogue, StatisticsFile
from briefing_app.storage.database import Database
from briefing_app.storage.statistics_repo import CouncilRepository, StatisticsRepository

ProgressCallback = Callable[[int, int], None]  # (done, total)
SHIPPED = "shipped with the app"
IMPORTED = "imported"


def read_catalogue(data_dir: Path) -> Catalogue:
    # The catalogue's reader, only when the catalogue is read (about 3 ms).
    from briefing_app.importers.statistics_catalogue import catalogue_path
    from briefing_app.importers.statistics_catalogue import read_catalogue as read

    return read(catalogue_path(data_dir))


def shipped_councils(data_dir: Path) -> CouncilDirectory:
    """Every council the app ships with, read from ``data_dir`` (no database needed: for
    choosing a council before its database is made)."""
    # The councils' reader, only when they are read from the files (about 4 ms).
    from briefing_app.importers.councils_csv import COUNCILS_FOLDER, read_councils

    return CouncilDirectory(read_councils(data_dir / COUNCILS_FOLDER))


def load_shipped_statistics(database: Database, data_dir: Path) -> None:
    """Hold every council and the DfE figures shipped in ``data_dir``, in one transaction
    (the caller's, if it has one). Figures already held from a newer release are kept."""
    # The readers of the shipped files, only when a database is filled (about 7 ms).
    from briefing_app.importers.councils_csv import COUNCILS_FOLDER, read_councils
    from briefing_app.importers.statistics_bundle import FOLDER, read_bundle, read_bundle_rows

    councils = read_councils(data_dir / COUNCILS_FOLDER)
    statistics = StatisticsRepository(database)
    with database.transaction():
        CouncilRepository(database).replace_all(councils)
        if not statistics.count():
            statistics.load(*read_bundle_rows(data_dir / FOLDER), SHIPPED)
            return
        plan = plan_import(read_bundle(data_dir / FOLDER), statistics.held())
        if plan.changes_anything:
            statistics.save(plan.files, SHIPPED)


@dataclass(frozen=True)
class StatisticsImport:
    """What an import did: the plan carried out, and the backup made before it."""

    plan: ImportPlan
    backup: Path | None

    @property
    def message(self) -> str:
        if not self.plan.changes_anything:
            return f"Nothing was changed. {self.plan.message}"
        text = f"Imported {self.plan.message}"
        if self.backup is not None:
            text += f" A copy of the database from before the import is in {self.backup}."
        return text

    def summary(self) -> dict[str, Any]:
        """What was done as plain data (for ``import-statistics --json``)."""
        return {
            **self.plan.summary(),
            "backup": str(self.backup) if self.backup is not None else None,
        }


class StatisticsService:
    def __init__(self, database: Database, data_dir: Path) -> None:
        self._database = database
        self._data_dir = data_dir
        self._councils = CouncilRepository(database)
        self._statistics = StatisticsRepository(database)

    @cached_property
    def catalogue(self) -> Catalogue:
        return read_catalogue(self._data_dir)

    def councils(self) -> CouncilDirectory:
        """Every council: those held, or (in a database made before councils were held)
        those the app ships with."""
        if self._councils.count():
            return self._councils.directory()
        return shipped_councils(self._data_dir)

    # -- importing ---------------------------------------------------------------------

    def read(
        self, paths: Sequence[Path], progress: ProgressCallback | None = None
    ) -> list[StatisticsFile]:
        """Read DfE files (writes nothing). Raises ImportFileError for the first file
        that cannot be used, naming it and the line."""
        # The DfE files' reader, only when files are read (about 17 ms).
        from briefing_app.importers.dfe_release import ReleaseReader

        return ReleaseReader(self.catalogue).read_files([Path(p) for p in paths], progress)

    def plan(self, files: Sequence[StatisticsFile]) -> ImportPlan:
        """What importing the files would add, replace and keep (writes nothing)."""
        return plan_import(files, self._statistics.held())

    def save(self, files: Sequence[StatisticsFile]) -> StatisticsImport:
        """Back up, then write every file in one transaction (nothing if none changes
        anything)."""
        plan = self.plan(files)
        if not plan.changes_anything:
            return StatisticsImport(plan, None)
        # Only when a release is saved (about 2 ms).
        from briefing_app.services.backups import safe_change

        with safe_change(self._database, "import-statistics") as backup:
            self._statistics.save(plan.files, IMPORTED)
        return StatisticsImport(plan, backup)

    def import_files(
        self, paths: Sequence[Path], progress: ProgressCallback | None = None
    ) -> StatisticsImport:
        """Read every file, and only if all can be used, save them all."""
        return self.save(self.read(paths, progress))

    # -- a council's figures ---------------------------------------------------------

    def tables(self, keys: Sequence[str] | None = None) -> dict[str, dict[Any, PeriodFigures]]:
        """Every area's figures, by indicator and period (all indicators, or ``keys``)."""
        return self._statistics.by_period(keys)

    def benchmarks(self, council: Council, keys: Sequence[str] | None = None) -> list[Benchmark]:
        """The council's figure for each indicator (in the app's order) and each period
        held (oldest first), with England, its region, its neighbours and its rank."""
        tables = self.tables(keys)
        found = []
        for definition in self.catalogue:
            if keys is not None and definition.key not in keys:
                continue
            for period in sorted(tables.get(definition.key, {})):
                found.append(benchmark(definition, council, tables[definition.key][period]))
        return found

    def trend(self, council: Council, key: str) -> SeriesTrend:
        """How the council's figure moved over every comparable period held."""
        periods = self.tables([key]).get(key, {})
        return series_trend(
            self.catalogue.get(key),
            council_points(council, periods),
            lambda period: council.no_figure_note(period.end, period.label),
        )

    def figures_document(self, council: Council) -> dict[str, Any]:
        """The machine-readable view of the council's figures (``figures --json``)."""
        return figures_document(council, self.benchmarks(council))
