"""Which parts of the default dataset have been loaded into this database."""

from __future__ import annotations

from briefing_app.storage.database import Database, now_text


class SeedLog:
    def __init__(self, database: Database) -> None:
        self.db = database

    def applied(self) -> set[str]:
        return {row["name"] for row in self.db.query("SELECT name FROM seeds")}

    def mark(self, name: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO seeds (name, applied_at) VALUES (?, ?)",
            (name, now_text()),
        )
