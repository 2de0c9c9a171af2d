"""Councils and the DfE's published figures. Returns domain objects, never rows.

A figure is held once per indicator, period and area, with the file and line it was read
from. The files of each import are recorded (name, SHA-256, how new their release is),
so a later import knows which periods a newer release already holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from briefing_app.domain.benchmarks import PeriodFigures
from briefing_app.domain.councils import Council, CouncilDirectory, CouncilName, Reorganisation
from briefing_app.domain.releases import FilePlan, Slot
from briefing_app.domain.statistics import (
    AreaLevel,
    FigureSource,
    FileRecord,
    Period,
    PublishedFigure,
    PublishedValue,
)
from briefing_app.storage.database import Database, now_text

# indicator, period_end, period, area_level, area_code, published, value, symbol, file, line
ValueRow = tuple[str, str, str, str, str, str, float | None, str | None, int, int]
_VALUE_COLUMNS = (
    "indicator, period_end, period, area_level, area_code, published, value, symbol, file_id, line"
)


class CouncilRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM councils"))

    def replace_all(self, councils: Iterable[Council]) -> None:
        """Hold exactly these councils, with their neighbours and reorganisations."""
        councils = list(councils)
        reorganisations: dict[tuple[date, str], Reorganisation] = {}
        for council in councils:
            for change in (council.created_by, council.abolished_by):
                if change is not None:
                    reorganisations[(change.on, change.source)] = change
        with self.db.transaction():
            for table in ("council_reorganisations", "council_neighbours", "councils"):
                self.db.execute(f"DELETE FROM {table}")
            self.db.connection.executemany(
                "INSERT INTO councils (old_la_code, new_la_code, name, region_code, region_name) "
                "VALUES (?, ?, ?, ?, ?)",
                [(c.old_code, c.new_code, c.name, c.region_code, c.region_name) for c in councils],
            )
            self.db.connection.executemany(
                "INSERT INTO council_neighbours (old_la_code, position, neighbour) "
                "VALUES (?, ?, ?)",
                [
                    (c.old_code, position, code)
                    for c in councils
                    for position, code in enumerate(c.neighbours, start=1)
                ],
            )
            for change in reorganisations.values():
                cursor = self.db.execute(
                    "INSERT INTO council_reorganisations (took_effect, source) VALUES (?, ?)",
                    (change.on.isoformat(), change.source),
                )
                self.db.connection.executemany(
                    "INSERT INTO council_reorganisation_members "
                    "(reorganisation_id, old_la_code, role) VALUES (?, ?, ?)",
                    [(cursor.lastrowid, c.old_code, "abolished") for c in change.abolished]
                    + [(cursor.lastrowid, c.old_code, "created") for c in change.created],
                )

    def directory(self) -> CouncilDirectory:
        rows = self.db.query("SELECT * FROM councils")
        names = {row["old_la_code"]: row["name"] for row in rows}
        neighbours: dict[str, list[str]] = defaultdict(list)
        for row in self.db.query(
            "SELECT old_la_code, neighbour FROM council_neighbours ORDER BY old_la_code, position"
        ):
            neighbours[row["old_la_code"]].append(row["neighbour"])
        members: dict[int, dict[str, list[CouncilName]]] = defaultdict(
            lambda: {"abolished": [], "created": []}
        )
        for row in self.db.query(
            "SELECT * FROM council_reorganisation_members ORDER BY old_la_code"
        ):
            code = row["old_la_code"]
            members[row["reorganisation_id"]][row["role"]].append(
                CouncilName(code, names.get(code, code))
            )
        abolished_by: dict[str, Reorganisation] = {}
        created_by: dict[str, Reorganisation] = {}
        for row in self.db.query("SELECT * FROM council_reorganisations ORDER BY took_effect"):
            groups = members[row["id"]]
            change = Reorganisation(
                date.fromisoformat(row["took_effect"]),
                tuple(groups["abolished"]),
                tuple(groups["created"]),
                row["source"],
            )
            for member in change.abolished:
                abolished_by[member.old_code] = change
            for member in change.created:
                created_by[member.old_code] = change
        return CouncilDirectory(
            Council(
                old_code=row["old_la_code"],
                new_code=row["new_la_code"],
                name=row["name"],
                region_code=row["region_code"],
                region_name=row["region_name"],
                neighbours=tuple(neighbours.get(row["old_la_code"], ())),
                abolished_by=abolished_by.get(row["old_la_code"]),
                created_by=created_by.get(row["old_la_code"]),
            )
            for row in rows
        )


class StatisticsRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM statistics_values"))

    def held(self) -> dict[Slot, date]:
        """Each indicator and period held, with the newest period of the release (file)
        it came from."""
        rows = self.db.query(
            "SELECT v.indicator, v.period_end, max(f.latest_period) AS vintage "
            "FROM statistics_values v JOIN statistics_files f ON f.id = v.file_id "
            "GROUP BY v.indicator, v.period_end"
        )
        return {
            (row["indicator"], date.fromisoformat(row["period_end"])): date.fromisoformat(
                row["vintage"]
            )
            for row in rows
        }

    def save(self, plans: Sequence[FilePlan], origin: str) -> int:
        """Write what the plans say (periods added or replaced, for every area), recording
        the release and its files. The caller owns the transaction. Returns the release id."""
        release = self._release(origin)
        for plan in plans:
            file_id = self._file(release, plan.file.record)
            self.db.connection.executemany(
                "DELETE FROM statistics_values WHERE indicator = ? AND period_end = ?",
                [(key, period.end.isoformat()) for key, period in plan.replaced],
            )
            self._insert([_row(figure, file_id) for figure in plan.figures_to_write()])
        return release

    def load(self, files: Sequence[FileRecord], rows: Iterable[Sequence[str]], origin: str) -> int:
        """Write a release into a database that holds no figures yet, straight from the
        text of its rows in the table's own order: indicator, period_end, period, level,
        code, published, value and symbol (one of them empty), the file's place in
        ``files`` (from 0) and the line. The quick way to fill a new database; the caller
        owns the transaction."""
        if self.count():
            raise ValueError("figures are already held: import them with save()")
        release = self._release(origin)
        first = int(self.db.scalar("SELECT coalesce(max(id), 0) + 1 FROM statistics_files"))
        for index, record in enumerate(files):
            self._file(release, record, file_id=first + index)
        self.db.connection.executemany(
            f"INSERT INTO statistics_values ({_VALUE_COLUMNS}) "
            f"VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), ? + {first}, ?)",
            rows,
        )
        return release

    def _release(self, origin: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO statistics_releases (origin, imported_at) VALUES (?, ?)",
            (origin, now_text()),
        )
        return int(cursor.lastrowid or 0)

    def _file(self, release: int, record: FileRecord, file_id: int | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO statistics_files "
            "(id, release_id, name, sha256, publication, rows, latest_period) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                file_id,
                release,
                record.name,
                record.sha256,
                record.publication,
                record.rows,
                record.latest.isoformat(),
            ),
        )
        return int(cursor.lastrowid or 0)

    def _insert(self, rows: list[ValueRow]) -> None:
        # In key order, so each row is appended to the table's tree rather than fitted in.
        rows.sort(key=lambda row: row[:5])
        self.db.connection.executemany(
            f"INSERT INTO statistics_values ({_VALUE_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def figures(self, indicators: Iterable[str] | None = None) -> list[PublishedFigure]:
        """Every figure held (or those of ``indicators``), by indicator and period."""
        if indicators is None:
            return self._figures("1", ())
        keys = tuple(indicators)
        return self._figures(f"v.indicator IN ({', '.join('?' for _ in keys)})", keys)

    def _figures(self, where: str, parameters: tuple[str, ...]) -> list[PublishedFigure]:
        sql = (
            "SELECT v.indicator, v.period_end, v.period, v.area_level, v.area_code, "
            "v.published, f.name, v.line, f.publication FROM statistics_values v "
            f"JOIN statistics_files f ON f.id = v.file_id WHERE {where}"
        )
        cursor = self.db.connection.cursor()
        cursor.row_factory = None
        values: dict[str, PublishedValue] = {}
        periods: dict[tuple[str, str], Period] = {}
        levels = {level.value: level for level in AreaLevel}
        found = []
        for key, end, label, level, code, published, name, line, publication in cursor.execute(
            sql + " ORDER BY v.indicator, v.period_end", parameters
        ):
            value = values.get(published)
            if value is None:
                value = values[published] = PublishedValue.parse(published)
            period = periods.get((end, label))
            if period is None:
                period = periods[(end, label)] = Period(date.fromisoformat(end), label)
            found.append(
                PublishedFigure(
                    key,
                    period,
                    levels[level],
                    code,
                    value,
                    FigureSource(name, line, publication),
                )
            )
        return found

    def by_period(
        self, indicators: Iterable[str] | None = None
    ) -> dict[str, dict[Period, PeriodFigures]]:
        """The figures held, grouped by indicator and then period (oldest first)."""
        grouped: dict[tuple[str, Period], list[PublishedFigure]] = defaultdict(list)
        for figure in self.figures(indicators):
            grouped[(figure.indicator, figure.period)].append(figure)
        result: dict[str, dict[Period, PeriodFigures]] = defaultdict(dict)
        for (key, period), figures in grouped.items():
            result[key][period] = period_figures(key, period, figures)
        return dict(result)

    def for_areas(
        self, indicators: Iterable[str], councils: Iterable[str]
    ) -> dict[str, dict[Period, PeriodFigures]]:
        """As ``by_period``, for a page that shows a few councils: the figures of England,
        every region and ``councils`` (old codes) only, and, to rank them, every council's
        published number. Much quicker than every council's figures in full."""
        keys = tuple(indicators)
        codes = tuple(councils)
        marks = ", ".join("?" for _ in keys)
        wanted = ", ".join("?" for _ in codes)
        grouped: dict[tuple[str, Period], list[PublishedFigure]] = defaultdict(list)
        for figure in self._figures(
            f"v.indicator IN ({marks}) AND (v.area_level != 'local' OR v.area_code IN ({wanted}))",
            (*keys, *codes),
        ):
            grouped[(figure.indicator, figure.period)].append(figure)
        cursor = self.db.connection.cursor()
        cursor.row_factory = None
        numbers: dict[tuple[str, str], tuple[float, ...]] = {}
        for key, end, values in cursor.execute(
            "SELECT indicator, period_end, group_concat(value) FROM statistics_values "
            f"WHERE indicator IN ({marks}) AND area_level = 'local' AND value IS NOT NULL "
            "GROUP BY indicator, period_end",
            keys,
        ):
            numbers[(key, end)] = tuple(map(float, values.split(",")))
        result: dict[str, dict[Period, PeriodFigures]] = defaultdict(dict)
        for (key, period), figures in grouped.items():
            ranking = numbers.get((key, period.end.isoformat()), ())
            result[key][period] = period_figures(key, period, figures, ranking)
        return dict(result)

    def files(self) -> list[tuple[str, str, date, str]]:
        """Each file imported: name, SHA-256, newest period, and how it came (newest first)."""
        rows = self.db.query(
            "SELECT f.name, f.sha256, f.latest_period, r.origin FROM statistics_files f "
            "JOIN statistics_releases r ON r.id = f.release_id ORDER BY f.id DESC"
        )
        return [
            (r["name"], r["sha256"], date.fromisoformat(r["latest_period"]), r["origin"])
            for r in rows
        ]


def period_figures(
    key: str,
    period: Period,
    figures: Iterable[PublishedFigure],
    ranking: tuple[float, ...] | None = None,
) -> PeriodFigures:
    england = None
    regions: dict[str, PublishedFigure] = {}
    councils: dict[str, PublishedFigure] = {}
    for figure in figures:
        if figure.level is AreaLevel.ENGLAND:
            england = figure
        elif figure.level is AreaLevel.REGION:
            regions[figure.area_code] = figure
        else:
            councils[figure.area_code] = figure
    return PeriodFigures(key, period, england, regions, councils, ranking)


def _row(figure: PublishedFigure, file_id: int) -> ValueRow:
    value = figure.value
    return (
        figure.indicator,
        figure.period.end.isoformat(),
        figure.period.label,
        figure.level.value,
        figure.area_code,
        value.text,
        float(value.number) if value.number is not None else None,
        value.symbol.value if value.symbol is not None else None,
        file_id,
        figure.source.line,
    )
