"""What ``briefing-app info`` reports about the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_app.storage.database import Database
from briefing_app.storage.stats import record_counts


@dataclass(frozen=True)
class DatabaseInfo:
    database: Path
    schema_version: int
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "database": str(self.database),
            "schema_version": self.schema_version,
            "counts": dict(self.counts),
        }

    def as_text(self) -> str:
        lines = [f"Database: {self.database}", f"Schema version: {self.schema_version}"]
        lines += [f"{kind.capitalize()}: {count}" for kind, count in self.counts.items()]
        return "\n".join(lines)


def database_info(database: Database) -> DatabaseInfo:
    return DatabaseInfo(
        database=database.path,
        schema_version=database.schema_version(),
        counts=record_counts(database),
    )
