"""How many records of each kind the database holds, for ``briefing-app info``."""

from __future__ import annotations

from briefing_app.storage.database import Database

# One plural noun per kind of record, and the table that holds it.
RECORD_TABLES: dict[str, str] = {
    "reports": "reports",
    "judgements": "judgements",
    "findings": "findings",
    "recommendations": "recommendations",
    "strengths": "strengths",
    "terms": "glossary",
    "indicators": "indicators",
    "figures": "indicator_values",
    "summaries": "summaries",
    "questions": "questions",
    "meetings": "meetings",
    "actions": "actions",
    "members": "members",
    "modules": "training_modules",
    "completions": "training_completions",
}


def record_counts(database: Database) -> dict[str, int]:
    return {kind: database.count(table) for kind, table in RECORD_TABLES.items()}
