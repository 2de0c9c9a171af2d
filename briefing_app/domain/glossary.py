"""Acronyms and jargon, with their plain meaning."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    stands_for: str
    meaning: str

    @property
    def explanation(self) -> str:
        """One line for a tooltip: what it stands for and what it means."""
        if self.stands_for and self.stands_for.casefold() != self.term.casefold():
            return f"{self.term}: {self.stands_for}. {self.meaning}"
        return f"{self.term}: {self.meaning}"


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    term: GlossaryTerm


class Glossary:
    """A set of terms that can find themselves in a text (whole words, exact case)."""

    def __init__(self, terms: Iterable[GlossaryTerm]) -> None:
        self._terms = {t.term: t for t in terms}
        if self._terms:
            alternatives = "|".join(
                re.escape(t) for t in sorted(self._terms, key=len, reverse=True)
            )
            self._pattern: re.Pattern[str] | None = re.compile(
                rf"(?<![\w-])(?:{alternatives})s?(?![\w-])"
            )
        else:
            self._pattern = None

    def __len__(self) -> int:
        return len(self._terms)

    def __iter__(self) -> Iterator[GlossaryTerm]:
        return iter(sorted(self._terms.values(), key=lambda t: t.term))

    def lookup(self, term: str) -> GlossaryTerm | None:
        return self._terms.get(term) or self._terms.get(term.rstrip("s"))

    def find(self, text: str) -> list[TermMatch]:
        """Every use of a term in ``text``; a plural such as "CAFs" counts as "CAF"."""
        if self._pattern is None:
            return []
        matches = []
        for match in self._pattern.finditer(text):
            term = self.lookup(match.group(0))
            if term is not None:
                matches.append(TermMatch(match.start(), match.end(), term))
        return matches

    def used_in(self, texts: Iterable[str]) -> list[GlossaryTerm]:
        """The terms that appear in any of ``texts``, in alphabetical order."""
        found = {m.term.term: m.term for text in texts for m in self.find(text)}
        return [found[k] for k in sorted(found)]
