"""The glossary of acronyms and jargon."""

from __future__ import annotations

from collections.abc import Iterable

from briefing_app.domain.glossary import GlossaryTerm
from briefing_app.storage.database import Database


class GlossaryRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def all(self) -> list[GlossaryTerm]:
        return [
            GlossaryTerm(row["term"], row["stands_for"], row["meaning"])
            for row in self.db.query("SELECT * FROM glossary ORDER BY term")
        ]

    def replace_all(self, terms: Iterable[GlossaryTerm]) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM glossary")
            self.db.connection.executemany(
                "INSERT INTO glossary (term, stands_for, meaning) VALUES (?, ?, ?)",
                [(t.term, t.stands_for, t.meaning) for t in terms],
            )

    def add_all(self, terms: Iterable[GlossaryTerm]) -> None:
        """Add terms, replacing any held with the same name."""
        with self.db.transaction():
            self.db.connection.executemany(
                "INSERT OR REPLACE INTO glossary (term, stands_for, meaning) VALUES (?, ?, ?)",
                [(t.term, t.stands_for, t.meaning) for t in terms],
            )
