"""Indicators and their dated figures. Returns domain objects, never rows.

Each council's figures are its own (kept by council, indicator and date): this repository
reads and writes only the workspace's council's. Definitions are shared.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.outcomes import (
    FIGURE_FIELDS,
    Audience,
    Comparator,
    ComparatorKind,
    Indicator,
    IndicatorDefinition,
    Observation,
    Polarity,
    Source,
    Stated,
    Unit,
)
from briefing_app.storage.database import Database, now_text
from briefing_app.storage.workspace_repo import OWN_COUNCIL

# The columns of ``indicator_values``: the indicator, the figure's own fields, and what
# the database adds (the report cited, where the figure came from, when it was recorded).
VALUE_COLUMNS = ("indicator", *FIGURE_FIELDS, "report_id", "origin", "recorded_at")
# The council whose figure it is: always the workspace's, written by the database.
COUNCIL_COLUMN = "council"
_OURS = f"{COUNCIL_COLUMN} = {OWN_COUNCIL}"


class IndicatorRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    # -- definitions ---------------------------------------------------------------

    def save_definitions(self, definitions: Iterable[IndicatorDefinition]) -> None:
        """Add new definitions and update known ones; their figures are kept."""
        with self.db.transaction():
            self.db.connection.executemany(
                "INSERT INTO indicators (key, label, audience, topic, unit, polarity, statement, "
                "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                "label = excluded.label, audience = excluded.audience, topic = excluded.topic, "
                "unit = excluded.unit, polarity = excluded.polarity, "
                "statement = excluded.statement, position = excluded.position",
                [
                    (
                        d.key,
                        d.label,
                        d.audience.value,
                        d.topic,
                        d.unit.value,
                        d.polarity.value,
                        d.statement,
                        d.position,
                    )
                    for d in definitions
                ],
            )

    def definitions(self) -> dict[str, IndicatorDefinition]:
        rows = self.db.query("SELECT * FROM indicators ORDER BY position, key")
        return {row["key"]: _definition(row) for row in rows}

    # -- indicators with their figures ----------------------------------------------

    def all(self, audience: Audience | None = None) -> list[Indicator]:
        definitions = self.definitions()
        figures: dict[str, list[Observation]] = {key: [] for key in definitions}
        for row in self.db.query(
            f"SELECT * FROM indicator_values WHERE {_OURS} ORDER BY indicator, as_at"
        ):
            figures.setdefault(row["indicator"], []).append(_observation(row))
        return [
            Indicator(definition, tuple(figures[key]))
            for key, definition in definitions.items()
            if audience is None or definition.audience is audience
        ]

    def many(self, keys: Iterable[str]) -> list[Indicator]:
        """The indicators with these keys, in the order given; unknown keys are left out."""
        wanted = tuple(dict.fromkeys(keys))
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        definitions = {
            row["key"]: _definition(row)
            for row in self.db.query(f"SELECT * FROM indicators WHERE key IN ({marks})", wanted)
        }
        figures: dict[str, list[Observation]] = {key: [] for key in definitions}
        for row in self.db.query(
            f"SELECT * FROM indicator_values WHERE {_OURS} AND indicator IN ({marks}) "
            "ORDER BY as_at",
            wanted,
        ):
            figures[row["indicator"]].append(_observation(row))
        return [
            Indicator(definitions[key], tuple(figures[key])) for key in wanted if key in definitions
        ]

    def get(self, key: str) -> Indicator:
        rows = self.db.query("SELECT * FROM indicators WHERE key = ?", (key,))
        if not rows:
            raise NotFoundError(f"There is no indicator called “{key}”.")
        values = self.db.query(
            f"SELECT * FROM indicator_values WHERE {_OURS} AND indicator = ? ORDER BY as_at",
            (key,),
        )
        return Indicator(_definition(rows[0]), tuple(_observation(r) for r in values))

    def observation(self, key: str, as_at: date) -> Observation | None:
        rows = self.db.query(
            f"SELECT * FROM indicator_values WHERE {_OURS} AND indicator = ? AND as_at = ?",
            (key, as_at.isoformat()),
        )
        return _observation(rows[0]) if rows else None

    def put(self, key: str, observation: Observation) -> Observation | None:
        """Store a figure; a figure already held for the same date is replaced and returned."""
        with self.db.transaction():
            replaced = self.observation(key, observation.as_at)
            if replaced is not None:
                self.delete(key, observation.as_at)
            values = _row(key, observation)
            placeholders = ", ".join("?" for _ in VALUE_COLUMNS)
            self.db.execute(
                f"INSERT INTO indicator_values ({', '.join(VALUE_COLUMNS)}, {COUNCIL_COLUMN}) "
                f"VALUES ({placeholders}, {OWN_COUNCIL})",
                tuple(values[c] for c in VALUE_COLUMNS),
            )
        return replaced

    def delete(self, key: str, as_at: date) -> None:
        self.db.execute(
            f"DELETE FROM indicator_values WHERE {_OURS} AND indicator = ? AND as_at = ?",
            (key, as_at.isoformat()),
        )


def _definition(row: sqlite3.Row) -> IndicatorDefinition:
    return IndicatorDefinition(
        key=row["key"],
        label=row["label"],
        audience=Audience(row["audience"]),
        topic=row["topic"],
        unit=Unit(row["unit"]),
        polarity=Polarity(row["polarity"]),
        statement=row["statement"],
        position=row["position"],
    )


def _observation(row: sqlite3.Row) -> Observation:
    comparators = []
    for kind in ComparatorKind:
        number_column, stated_column = kind.value, kind.stated_key
        number = row[number_column]
        stated = row[stated_column]
        if number is not None or stated:
            comparators.append(
                Comparator(kind, number, Stated(stated) if stated and number is None else None)
            )
    return Observation(
        as_at=date.fromisoformat(row["as_at"]),
        period=row["period"],
        value=row["value"],
        count=row["count"],
        denominator=row["denominator"],
        comparators=tuple(comparators),
        source=Source(
            paragraphs=tuple(int(p) for p in row["paragraphs"].split()),
            section=row["section"],
            document=row["document"],
            report_id=row["report_id"],
            quote=row["quote"],
            working=row["working"],
        ),
        note=row["note"],
        origin=row["origin"],
    )


def _row(key: str, observation: Observation) -> dict[str, object]:
    values: dict[str, object] = {
        "indicator": key,
        "as_at": observation.as_at.isoformat(),
        "period": observation.period,
        "value": observation.value,
        "count": observation.count,
        "denominator": observation.denominator,
        "paragraphs": " ".join(str(p) for p in observation.source.paragraphs),
        "section": observation.source.section,
        "document": observation.source.document,
        "report_id": observation.source.report_id,
        "quote": observation.source.quote,
        "working": observation.source.working,
        "note": observation.note,
        "origin": observation.origin,
        "recorded_at": now_text(),
    }
    for kind in ComparatorKind:
        number_column, stated_column = kind.value, kind.stated_key
        comparator = observation.comparator(kind)
        values[number_column] = comparator.value if comparator else None
        stated = comparator.stated if comparator else None
        values[stated_column] = stated.value if stated else ""
    return values
