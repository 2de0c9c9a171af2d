"""Publishing free text for public packs: the answers and action descriptions an officer
has checked, with what the app flagged in each (see ``domain.publication``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.publication import (
    Flag,
    FreeText,
    Publications,
    TextKind,
    flags,
    text_digest,
)
from briefing_app.storage.database import Database
from briefing_app.storage.members_repo import MemberRepository
from briefing_app.storage.publications_repo import PublicationRepository


class PublicationService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._repo = PublicationRepository(database)
        self._members = MemberRepository(database)
        self.today = today

    def publications(self) -> Publications:
        return self._repo.publications()

    def known_names(self) -> list[str]:
        """Everyone on the council's list of councillors, who a text may name."""
        return [member.name for member in self._members.all()]

    def flags_in(self, text: str) -> tuple[Flag, ...]:
        """What in ``text`` looks like a person's name or a small number."""
        return flags(text, self.known_names())

    def texts(self) -> list[FreeText]:
        """Every answer (not marked private) and action a public pack might print, each with
        what looks like a name or a small number in it, and whether it is published."""
        names = self.known_names()
        published = self.publications()
        found = []
        for kind, rows in (
            (TextKind.ANSWER, self._repo.answers()),
            (TextKind.ACTION, self._repo.actions()),
        ):
            for item_id, text, where in rows:
                found.append(
                    FreeText(
                        kind,
                        item_id,
                        text,
                        where,
                        flags(text, names),
                        published.allows(kind, item_id, text),
                    )
                )
        return found

    def publish(self, kind: TextKind, item_id: int, text: str) -> None:
        """Publish ``text`` exactly as the officer saw it. If it has changed since, nothing
        is published and the officer is asked to look again."""
        current = {(t.kind, t.item_id): t.text for t in self.texts()}
        if current.get((kind, item_id)) != text:
            raise NotFoundError(
                "That text has changed or gone since it was shown, so it was not published.",
                "Look at it again, then publish it.",
            )
        self._repo.publish(kind, item_id, text_digest(text), self.today())

    def withdraw(self, kind: TextKind, item_id: int) -> None:
        self._repo.withdraw(kind, item_id)
