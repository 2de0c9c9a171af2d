"""The glossary the screens and packs use to explain acronyms."""

from __future__ import annotations

from briefing_app.domain.glossary import Glossary
from briefing_app.storage.database import Database
from briefing_app.storage.glossary_repo import GlossaryRepository


class GlossaryService:
    def __init__(self, database: Database) -> None:
        self._repository = GlossaryRepository(database)
        self._cached: Glossary | None = None

    def glossary(self) -> Glossary:
        if self._cached is None:
            self._cached = Glossary(self._repository.all())
        return self._cached
